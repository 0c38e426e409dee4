using RailWatch.Synth;
using RailWatch.Vision.Model;

namespace RailWatch.Vision.Tests;

/// <summary>End to end on a few small scenes of the project's renderer (the full evaluation is `railwatch evaluate`).</summary>
public class SynthSceneTests
{
    private static RenderedScene Render(int seed, double gsd, Season season, SensorKind sensor, double geoError) =>
        SceneRenderer.Render(
            YardGenerator.Generate(new YardLayoutOptions { Seed = seed, BodyTracks = 3, MinTrackLengthMetres = 150, MaxTrackLengthMetres = 200, CurvedBranch = false }),
            new SceneOptions { Seed = seed, GsdMetres = gsd, Season = season, Sensor = sensor, Occupancy = 0.5, GeolocationErrorMetres = geoError, MarginMetres = 20 });

    [Ignore("Known defect, see docs/vision.md \"Where it fails\": over-counts Synth fine scenes (empty-track looks flagged as cars)")]
    [TestCase(11, 0.4, Season.Summer, SensorKind.Rgb8)]
    [TestCase(12, 0.5, Season.Autumn, SensorKind.Bgrn16)]
    public void Count_FineScene_TotalNearVisibleTruthAndShiftRecovered(int seed, double gsd, Season season, SensorKind sensor)
    {
        var scene = Render(seed, gsd, season, sensor, 6);
        var yard = YardGenerator.Generate(new YardLayoutOptions { Seed = seed, BodyTracks = 3, MinTrackLengthMetres = 150, MaxTrackLengthMetres = 200, CurvedBranch = false });

        var result = new RailcarCounter(new CounterModel()).Count(scene.Image, yard);

        var truth = scene.Truth.VisibleCount;
        Assert.That(result.Total.Count, Is.EqualTo(truth).Within(Math.Max(2, 0.2 * truth)));
        Assert.That(result.ShiftMetres.East, Is.EqualTo(scene.Truth.GeolocationError.EastM).Within(2.0));
        Assert.That(result.ShiftMetres.North, Is.EqualTo(scene.Truth.GeolocationError.NorthM).Within(2.0));
    }

    [Ignore("Known defect, see docs/vision.md \"Where it fails\": coarse estimate not yet calibrated on Synth")]
    [Test]
    public void Count_ThreeMetreScene_EstimatesWithoutCars()
    {
        var scene = Render(13, 3.0, Season.Summer, SensorKind.Rgb8, 3);
        var yard = YardGenerator.Generate(new YardLayoutOptions { Seed = 13, BodyTracks = 3, MinTrackLengthMetres = 150, MaxTrackLengthMetres = 200, CurvedBranch = false });

        var result = new RailcarCounter(new CounterModel()).Count(scene.Image, yard);

        Assert.That(result.Cars, Is.Empty);
        Assert.That(result.Total.Count, Is.EqualTo(scene.Truth.VisibleCount).Within(Math.Max(3, 0.35 * scene.Truth.VisibleCount)));
    }
}
