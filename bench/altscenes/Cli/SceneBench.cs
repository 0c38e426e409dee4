using System.Diagnostics;
using RailWatch.AltScenes.Bench.Geo;
using RailWatch.AltScenes.Bench.Output;
using RailWatch.AltScenes.Bench.Rendering;
using RailWatch.AltScenes.Bench.Scenes;
using RailWatch.AltScenes.Bench.Scoring;
using RailWatch.AltScenes.Bench.Truth;
using RailWatch.Core.Counting;
using RailWatch.Core.Errors;
using RailWatch.Core.Geometry;
using RailWatch.Core.Imaging;
using RailWatch.Core.Yards;
using RailWatch.Vision;

namespace RailWatch.AltScenes.Bench.Cli;

/// <summary>One seed end to end: draw, render, capture, count with the shipped model, score against the truth.</summary>
internal sealed class SceneBench(RailcarCounter counter, string? writeDirectory)
{
    /// <summary>Draws and renders one seed: the scene, the image as delivered, its yard file and the truth.</summary>
    public static (Scene Scene, RasterImage Image, Yard Yard, SceneTruth Truth) Render(int seed)
    {
        var scene = SceneDrawer.Draw(seed);
        var sun = new SunLight(scene.Look.Light);
        var clouds = new CloudField(scene.Look.Clouds, sun, scene.Window);
        var radiance = SceneRenderer.Render(scene, clouds);
        var captured = SensorModel.Capture(radiance, scene.Look, RandomDraws.Stream(seed, 7));
        var truth = TruthBuilder.Build(scene, clouds, radiance);
        var frame = new LocalMetricFrame(scene.Origin);
        var georeference = new ShiftedGeoreference(frame, scene.Window, scene.GeoError.East, scene.GeoError.North);
        var image = new RasterImage(scene.Window.Width, scene.Window.Height, captured.Bands, captured.Roles, georeference, whiteLevel: captured.WhiteLevel);
        return (scene, image, YardBuilder.Build(scene), truth);
    }

    public SceneResult Run(int seed)
    {
        var clock = Stopwatch.StartNew();
        var (scene, image, yard, truth) = Render(seed);
        var frame = new LocalMetricFrame(scene.Origin);
        var renderSeconds = clock.Elapsed.TotalSeconds;

        clock.Restart();
        YardCount? count = null;
        string? error = null;
        try
        {
            var debug = writeDirectory is null ? null : Path.Combine(writeDirectory, $"alt-{seed}-strips");
            count = counter.Count(image, yard, new CountOptions { ImageName = $"alt-{seed}", DebugDirectory = debug });
        }
        catch (RailWatchException e)
        {
            error = e.Message;
        }

        var countSeconds = clock.Elapsed.TotalSeconds;
        var found = count?.Cars.Select(c => c.Center).ToList() ?? [];
        if (writeDirectory is not null)
        {
            SceneFiles.Write(writeDirectory, scene, image, yard, truth, found);
        }

        return Score(scene, truth, count, frame, renderSeconds, countSeconds, error);
    }

    private SceneResult Score(Scene scene, SceneTruth truth, YardCount? count, LocalMetricFrame frame, double renderSeconds, double countSeconds, string? error)
    {
        var estimate = count?.Total ?? CountEstimate.NotObserved;
        var listsCars = count is not null && scene.Gsd <= counter.Model.MaxSegmentationGsdMetres;
        CarMatch? cars = listsCars ? CarMatcher.Match([.. count!.Cars.Select(c => c.Center)], truth.Cars, frame) : null;
        return new SceneResult
        {
            Seed = scene.Seed,
            Gsd = Math.Round(scene.Gsd, 3),
            SunElevation = Math.Round(scene.Look.Light.ElevationDeg, 1),
            CloudShare = Math.Round(truth.CloudShare, 3),
            Look = scene.Look.Label,
            Conditions = scene.Look.Conditions,
            Truth = truth.VisibleCount,
            Count = estimate.Count,
            Low = estimate.Low,
            High = estimate.High,
            WithinTarget = SceneResult.MeetsTarget(estimate.Count, truth.VisibleCount, scene.Gsd),
            TruthInInterval = SceneResult.Holds(estimate.Low, estimate.High, truth.VisibleCount),
            Cars = cars,
            VisibleCars = cars is { } m ? CarConditions.Of(scene, truth, m) : null,
            CountedObserved = count?.ObservedFraction,
            TruthObserved = Math.Round(truth.ObservedFraction, 4),
            RegisteredShift = count?.ShiftMetres,
            TrueShift = scene.GeoError,
            RenderSeconds = Math.Round(renderSeconds, 2),
            CountSeconds = Math.Round(countSeconds, 2),
            Error = error,
        };
    }
}
