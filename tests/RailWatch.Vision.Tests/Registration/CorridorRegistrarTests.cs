using RailWatch.Vision.Tests.Support;

namespace RailWatch.Vision.Tests.Registration;

/// <summary>
/// Coarse scenes (2 m per pixel and more), where rails and car sides are below the pixel and the track bed against
/// the ground around it registers. The registrar moves whole pixels, so it is held to a pixel across the tracks.
/// </summary>
public class CorridorRegistrarTests
{
    [TestCase(5.0, -4.5)]
    [TestCase(-7.5, 1.5)]
    [TestCase(2.0, 7.0)]
    public void Count_ThreeMetrePixelsOffByMetres_RecoversShiftAcrossTracksWithinAPixel(double east, double north)
    {
        var scene = Bundle(east, north);

        var result = new RailcarCounter(ShippedModel.Current).Count(scene.Render(), scene.Yard());

        // The tracks run east–west: north is across them, where the bundle's edges pin the shift; along them only
        // the track ends do, 20 m from this image's edges, so the east shift is not asserted.
        Assert.That(result.ShiftMetres.North, Is.EqualTo(north).Within(scene.Gsd));
    }

    [Test]
    public void Count_ThreeMetrePixelsCorrectGeoreference_ReportsShiftUnderHalfAPixelAcrossTracks()
    {
        var scene = Bundle(0, 0);

        var result = new RailcarCounter(ShippedModel.Current).Count(scene.Render(), scene.Yard());

        Assert.That(result.ShiftMetres.North, Is.EqualTo(0).Within(scene.Gsd / 2));
    }

    private static TestScene Bundle(double east, double north) => new()
    {
        Gsd = 3.0,
        WidthMetres = 600,
        HeightMetres = 120,
        TrackCount = 5,
        Spacing = 5,
        GeoError = (east, north),
        Cars = k => k % 2 == 0 ? Trains.Cut(30 + (k * 25), 12, 15, 17) : [],
    };
}
