using RailWatch.Core.Geometry;
using RailWatch.Core.Yards;
using RailWatch.Vision.Occupancy;
using RailWatch.Vision.Strips;

namespace RailWatch.Vision.Tests.Occupancy;

public class ShadowContextTests
{
    private const int Samples = 400;
    private const double Step = 0.5;
    private static readonly LocalMetricFrame Frame = new(new GeoPoint(130.6, 42.42));

    /// <summary>Shadows fall to the south: the sun is in the north, so up-sun of a sample is north of it.</summary>
    private static readonly ShadowDirection ShadowsSouth = new(0, -1, 0.2);

    private static Strip Straight(string id, double north) =>
        new(new TrackPath(new Track(id, [Frame.ToGeo(0, north), Frame.ToGeo(200, north)]), Frame), Step, [-1, 0, 1], Samples, hasColour: false);

    /// <summary>Three tracks 0, 5 and 10 m north; a train (probability 0.9) on the northern one from 50 to 100 m.</summary>
    private static (Strip[] Strips, float[][] FirstLook, bool[][] Visible) Yard()
    {
        Strip[] strips = [Straight("south", 0), Straight("middle", 5), Straight("north", 10)];
        var firstLook = strips.Select(_ => Enumerable.Repeat(0.05f, Samples).ToArray()).ToArray();
        for (var t = 100; t < 200; t++)
        {
            firstLook[2][t] = 0.9f;
        }

        return (strips, firstLook, [.. strips.Select(_ => Enumerable.Repeat(true, Samples).ToArray())]);
    }

    private static float Feature(float[][] context, int track, int sample, int feature) => context[track][(sample * ShadowContext.Count) + feature];

    [Test]
    public void Compute_TrainUpSun_ShowsInTheReachOfItsDistance()
    {
        var (strips, firstLook, visible) = Yard();

        var context = ShadowContext.Compute(strips, firstLook, visible, ShadowsSouth);

        Assert.Multiple(() =>
        {
            Assert.That(Feature(context, 1, 150, 1), Is.EqualTo(0.9f), "the middle track has the train 5 m up-sun");
            Assert.That(Feature(context, 0, 150, 1), Is.EqualTo(0.05f), "the southern track has empty track 5 m up-sun");
            Assert.That(Feature(context, 0, 150, 2), Is.EqualTo(0.9f), "the southern track has it 10 m up-sun");
            Assert.That(Feature(context, 1, 300, 1), Is.EqualTo(0.05f), "beyond the train's end nothing is up-sun");
            Assert.That(Feature(context, 2, 150, 1), Is.Zero, "nothing lies up-sun of the northern track");
        });
    }

    [Test]
    public void Compute_EachSample_CarriesItsOwnFirstLook()
    {
        var (strips, firstLook, visible) = Yard();

        var context = ShadowContext.Compute(strips, firstLook, visible, ShadowsSouth);

        Assert.That(Feature(context, 2, 150, 0), Is.EqualTo(0.9f));
        Assert.That(Feature(context, 2, 50, 0), Is.EqualTo(0.05f));
    }

    [Test]
    public void Compute_ShadowsAlongTheTracks_NeverReadTheSampleOwnTrack()
    {
        var (strips, firstLook, visible) = Yard();
        var alongTracks = new ShadowDirection(-1, 0, 0.2);

        var context = ShadowContext.Compute(strips, firstLook, visible, alongTracks);

        Assert.That(Enumerable.Range(0, Samples).Select(t => Feature(context, 2, t, 1)), Is.All.Zero, "the train's own track lies up-sun along it, and is not its shadow's cause");
    }

    [Test]
    public void Compute_UnknownShadowDirection_LeavesTheUpSunFeaturesZero()
    {
        var (strips, firstLook, visible) = Yard();

        var context = ShadowContext.Compute(strips, firstLook, visible, ShadowDirection.None);

        Assert.That(Enumerable.Range(0, Samples).Select(t => Feature(context, 0, t, 2)), Is.All.Zero);
        Assert.That(Feature(context, 0, 150, 0), Is.EqualTo(0.05f));
    }

    [Test]
    public void Compute_HiddenTrainUpSun_IsNotSeen()
    {
        var (strips, firstLook, visible) = Yard();
        Array.Fill(visible[2], false);

        var context = ShadowContext.Compute(strips, firstLook, visible, ShadowsSouth);

        Assert.That(Feature(context, 1, 150, 1), Is.Zero, "a hidden track paints nothing");
    }
}
