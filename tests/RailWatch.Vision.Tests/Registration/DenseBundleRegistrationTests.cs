using RailWatch.Core.Geometry;
using RailWatch.Vision.Preprocessing;
using RailWatch.Vision.Registration;
using RailWatch.Vision.Strips;
using RailWatch.Vision.Tests.Support;

namespace RailWatch.Vision.Tests.Registration;

/// <summary>
/// Bundles of evenly spaced, empty parallel tracks at about a metre per pixel: the rails are below resolution, so a
/// track shows as one thin band, and the gap between two tracks (spacing minus the band) is about as wide as a car.
/// A probe tuned to car sides fits those gaps as well as the tracks and registered such yards half a spacing off.
/// </summary>
public class DenseBundleRegistrationTests
{
    [TestCase(1.0, -1.5, 0.65)]
    [TestCase(1.0, 2.0, -3.4)]
    public void Register_EmptyEvenlySpacedBundle_FindsTheShiftAcrossTheTracksWithinAPixel(double gsd, double east, double north)
    {
        var scene = Bundle(gsd, east, north, bed: false);

        var result = Register(scene, RenderGray(scene, bed: false));

        Assert.That(result.Shift.North, Is.EqualTo(north).Within(gsd));
    }

    [TestCase(1.0, -1.5, 0.65)]
    [TestCase(1.0, 1.2, 2.6)]
    [TestCase(1.25, 0.8, 2.3)]
    public void Register_EmptyBundleOnBrightBedBands_FindsTheShiftAcrossTheTracksWithinAPixel(double gsd, double east, double north)
    {
        var scene = Bundle(gsd, east, north, bed: true);

        var result = Register(scene, RenderGray(scene, bed: true));

        Assert.That(result.Shift.North, Is.EqualTo(north).Within(gsd));
    }

    /// <summary>Where rails are resolved (0.5 m) the bundle still registers as before: to a pixel across.</summary>
    [Test]
    public void Register_EmptyBundleAtHalfAMetre_FindsTheShiftAcrossTheTracksWithinAPixel()
    {
        var scene = Bundle(0.5, -1.5, 0.65, bed: false);

        var result = Register(scene, RenderGray(scene, bed: false));

        Assert.That(result.Shift.North, Is.EqualTo(0.65).Within(0.5));
    }

    private static TestScene Bundle(double gsd, double east, double north, bool bed) => new()
    {
        Gsd = gsd,
        WidthMetres = 320,
        HeightMetres = 80,
        TrackCount = 8,
        Spacing = 5.3,
        GeoError = (east, north),
        Seed = bed ? 7 : 3,
    };

    /// <summary>
    /// The scene's rails on ground, and where <paramref name="bed"/> is set a brighter band ±1.35 m about each
    /// track (sleepers and ballast between and just outside the rails), drawn at its pixel coverage.
    /// </summary>
    private static float[] RenderGray(TestScene scene, bool bed)
    {
        var gray = scene.RenderGray();
        if (!bed)
        {
            return gray;
        }

        for (var y = 0; y < scene.Height; y++)
        {
            var top = (scene.HeightMetres / 2) - (y * scene.Gsd);
            var bottom = top - scene.Gsd;
            var cover = 0.0;
            for (var k = 0; k < scene.TrackCount; k++)
            {
                var (_, centre) = scene.CentreLine(k, 0);
                var overlap = Math.Min(top, centre + 1.35) - Math.Max(bottom, centre - 1.35);
                cover += Math.Max(0, overlap) / scene.Gsd;
            }

            for (var x = 0; x < scene.Width; x++)
            {
                var e = (-scene.WidthMetres / 2) + ((x + 0.5) * scene.Gsd);
                var onTrack = e >= (-scene.WidthMetres / 2) + scene.TrackStart && e <= (-scene.WidthMetres / 2) + scene.TrackStart + scene.TrackLength;
                if (onTrack)
                {
                    gray[(y * scene.Width) + x] = (float)Math.Clamp(gray[(y * scene.Width) + x] + (0.15 * cover), 0, 1);
                }
            }
        }

        return gray;
    }

    private static RegistrationResult Register(TestScene scene, float[] gray)
    {
        var image = scene.Gray(gray);
        var yard = scene.Yard();
        var frame = new LocalMetricFrame(yard.Bounds.Center);
        var paths = yard.Tracks.Select(t => new TrackPath(t, frame)).ToList();
        var georeference = LocalAffineGeoreference.Fit(image.Georeference, frame, yard.Bounds.Expand(22));
        var planes = ScenePreparer.Prepare(image);
        return TrackRegistrar.Register(planes, georeference, frame, paths, 12, CancellationToken.None);
    }
}
