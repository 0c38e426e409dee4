using RailWatch.Synth;
using RailWatch.Vision.Tests.Support;

namespace RailWatch.Vision.Tests;

/// <summary>End to end on a few small scenes of the project's renderer (the full evaluation is `railwatch evaluate`).</summary>
public class SynthSceneTests
{
    private static RenderedScene Render(int seed, double gsd, Season season, SensorKind sensor, double geoError) =>
        SceneRenderer.Render(
            YardGenerator.Generate(new YardLayoutOptions { Seed = seed, BodyTracks = 3, MinTrackLengthMetres = 150, MaxTrackLengthMetres = 200, CurvedBranch = false }),
            new SceneOptions { Seed = seed, GsdMetres = gsd, Season = season, Sensor = sensor, Occupancy = 0.5, GeolocationErrorMetres = geoError, MarginMetres = 20 });

    // Seeds far from the calibration and evaluation ranges (1–180, 5000–5089).
    [TestCase(7011, 0.4, Season.Summer, SensorKind.Rgb8)]
    [TestCase(7012, 0.5, Season.Autumn, SensorKind.Bgrn16)]
    public void Count_FineScene_TotalNearVisibleTruthAndShiftRecovered(int seed, double gsd, Season season, SensorKind sensor)
    {
        var scene = Render(seed, gsd, season, sensor, 6);
        var yard = YardGenerator.Generate(new YardLayoutOptions { Seed = seed, BodyTracks = 3, MinTrackLengthMetres = 150, MaxTrackLengthMetres = 200, CurvedBranch = false });

        var result = new RailcarCounter(ShippedModel.Current).Count(scene.Image, yard);

        var truth = scene.Truth.VisibleCount;
        // A sanity check of the whole chain on one scene; the accuracy itself is measured by `railwatch evaluate`.
        Assert.That(result.Total.Count, Is.EqualTo(truth).Within(Math.Max(3, 0.25 * truth)));
        Assert.That(result.Total.Low, Is.LessThanOrEqualTo(truth));
        Assert.That(result.Total.High, Is.GreaterThanOrEqualTo(truth));
        Assert.That(result.ShiftMetres.East, Is.EqualTo(scene.Truth.GeolocationError.EastM).Within(2.0));
        Assert.That(result.ShiftMetres.North, Is.EqualTo(scene.Truth.GeolocationError.NorthM).Within(2.0));
    }

    // At 3 m one scene cannot check the count's accuracy (about a third of 3 m scenes are within 20%; railwatch
    // evaluate measures it): the chain must give an estimate without cars whose interval holds the truth.
    // This scene's corridor registration lands 8 m off (the 3 m defect in docs/vision.md, "Where it fails"),
    // and model v10 reads it at 35 for 20 (v9: 32; v8: within a third).
    [Test]
    public void Count_ThreeMetreScene_EstimatesWithoutCarsAndItsIntervalHoldsTheTruth()
    {
        var (scene, yard) = ThreeMetreScene();

        var result = new RailcarCounter(ShippedModel.Current).Count(scene.Image, yard);

        var truth = scene.Truth.VisibleCount;
        Assert.That(result.Cars, Is.Empty);
        Assert.That(result.Total.Count, Is.InRange(truth / 2, truth * 2));
        Assert.That(result.Total.Low, Is.LessThanOrEqualTo(truth));
        Assert.That(result.Total.High, Is.GreaterThanOrEqualTo(truth));
    }

    [Test]
    public void Count_ThreeMetreSceneAtItsTrueRegistration_EstimatesWithinAThird()
    {
        var (scene, yard) = ThreeMetreScene();
        var trueShift = (scene.Truth.GeolocationError.EastM, scene.Truth.GeolocationError.NorthM);

        var result = new RailcarCounter(ShippedModel.Current).Count(scene.Image, yard, new CountOptions { FixedShiftMetres = trueShift });

        Assert.That(result.Total.Count, Is.EqualTo(scene.Truth.VisibleCount).Within(Math.Max(3, 0.35 * scene.Truth.VisibleCount)));
    }

    private static (RenderedScene Scene, RailWatch.Core.Yards.Yard Yard) ThreeMetreScene() =>
        (Render(7013, 3.0, Season.Summer, SensorKind.Rgb8, 3),
         YardGenerator.Generate(new YardLayoutOptions { Seed = 7013, BodyTracks = 3, MinTrackLengthMetres = 150, MaxTrackLengthMetres = 200, CurvedBranch = false }));
}
