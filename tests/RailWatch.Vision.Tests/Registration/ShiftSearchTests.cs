using RailWatch.Vision.Preprocessing;
using RailWatch.Vision.Registration;
using RailWatch.Vision.Strips;
using RailWatch.Vision.Tests.Support;

namespace RailWatch.Vision.Tests.Registration;

public class ShiftSearchTests
{
    [TestCase(0.3, 4.0, -7.0)]
    [TestCase(0.5, -9.0, 3.5)]
    [TestCase(1.0, 2.5, 6.0)]
    public void Register_CoarseToFine_FindsTheExhaustiveSearchsShift(double gsd, double east, double north)
    {
        var scene = new TestScene
        {
            Gsd = gsd,
            TrackCount = 4,
            GeoError = (east, north),
            Cars = k => k % 2 == 0 ? Trains.Cut(15 + (k * 7), 4, 14.5, 17) : [],
        };

        // A low floor so that the small scene takes the coarse-to-fine path rather than the exhaustive fallback.
        var coarseToFine = ShiftSearch.CoarseToFine with { MinSubsetPoints = 10 };
        var exhaustive = Register(scene, ShiftSearch.Exhaustive);
        var fast = Register(scene, coarseToFine);

        Assert.That(fast.Shift, Is.EqualTo(exhaustive.Shift));
    }

    [TestCase(0.5, null)]
    [TestCase(0.5, 150.0)]
    [TestCase(1.0, 120.0)]
    public void ScoreShifts_UncheckedTapsWhereClear_GiveTheCheckedScoresBitForBit(double gsd, double? cloudEastOf)
    {
        var scene = new TestScene
        {
            Gsd = gsd,
            TrackCount = 4,
            GeoError = (3.0, -2.0),
            CloudEastOf = cloudEastOf,
            Cars = k => k % 2 == 0 ? Trains.Cut(15 + (k * 7), 4, 14.5, 17) : [],
        };
        var (planes, georeference, frame, paths) = Prepare(scene);
        var shifts = new List<(double East, double North)>();
        for (var e = -12.0; e <= 12; e += 0.7)
        {
            for (var n = -12.0; n <= 12; n += 0.7)
            {
                shifts.Add((e, n));
            }
        }

        var unchecked_ = TrackRegistrar.ScoreShifts(planes, georeference, frame, paths, shifts);
        var everyTapChecked = TrackRegistrar.ScoreShifts(planes, georeference, frame, paths, shifts, checkEveryTap: true);

        Assert.That(unchecked_.Count(double.IsFinite), Is.GreaterThan(shifts.Count / 2));
        Assert.That(unchecked_.Select(BitConverter.DoubleToInt64Bits), Is.EqualTo(everyTapChecked.Select(BitConverter.DoubleToInt64Bits)));
    }

    private static RegistrationResult Register(TestScene scene, ShiftSearch search)
    {
        var (planes, georeference, frame, paths) = Prepare(scene);
        return TrackRegistrar.Register(planes, georeference, frame, paths, 12, search, CancellationToken.None);
    }

    private static (ScenePlanes Planes, RailWatch.Core.Imaging.IPixelGeoreference Georeference, RailWatch.Core.Geometry.LocalMetricFrame Frame, List<TrackPath> Paths) Prepare(TestScene scene)
    {
        var image = scene.Render();
        var yard = scene.Yard();
        var frame = new RailWatch.Core.Geometry.LocalMetricFrame(yard.Bounds.Center);
        var paths = yard.Tracks.Select(t => new TrackPath(t, frame)).ToList();
        var georeference = LocalAffineGeoreference.Fit(image.Georeference, frame, yard.Bounds.Expand(22));
        return (ScenePreparer.Prepare(image), georeference, frame, paths);
    }
}
