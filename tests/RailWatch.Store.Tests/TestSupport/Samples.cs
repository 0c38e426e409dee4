using RailWatch.Core.Counting;
using RailWatch.Core.Flags;
using RailWatch.Core.Geometry;
using RailWatch.Core.Scenes;
using RailWatch.Core.Yards;

namespace RailWatch.Store.Tests.TestSupport;

/// <summary>Small hand-made yards, scenes and counts for the store tests.</summary>
internal static class Samples
{
    public static readonly DateTimeOffset Day0 = new(2025, 3, 1, 1, 45, 10, TimeSpan.Zero);

    public static Yard Yard(string id = "tumangang", int tracks = 2)
    {
        const double lon = 130.60;
        const double lat = 42.40;
        var polygon = new List<GeoPoint> { new(lon, lat), new(lon + 0.01, lat), new(lon + 0.01, lat + 0.005), new(lon, lat + 0.005) };
        var lines = Enumerable.Range(1, tracks)
            .Select(t => new Track($"t{t}", [new GeoPoint(lon + 0.001, lat + (0.001 * t)), new GeoPoint(lon + 0.009, lat + (0.001 * t))]))
            .ToList();
        return new Yard(id, $"Yard {id}", polygon, lines) { Description = $"{id} test yard", SourcePath = $"yards/{id}.geojson" };
    }

    public static SceneRef Scene(string sceneId, DateTimeOffset acquired, double gsd = 0.5, string provider = "folder") =>
        new(provider, sceneId, acquired, $"/scenes/{sceneId}.tif") { Sensor = gsd < 1 ? "SkySat" : "PlanetScope", GsdMetres = gsd, CloudCoverPercent = 5, Source = "local" };

    /// <summary>A count split over tracks t1, t2 (null = not observed), with one car per counted car on the preview.</summary>
    public static SceneObservation Observation(
        string yardId, string sceneId, DateTimeOffset acquired, int? count, long runId, double gsd = 0.5, double observedFraction = 1.0, string provider = "folder")
    {
        var scene = Scene(sceneId, acquired, gsd, provider);
        int? first = count / 2;
        int? second = count - first;
        var tracks = new List<TrackCount>
        {
            new("t1", new CountEstimate(first, first - 1, first + 1), observedFraction),
            new("t2", new CountEstimate(second, second - 1, second + 1), observedFraction),
        };
        var cars = Enumerable.Range(0, count ?? 0)
            .Select(i => new CarDetection(i < first ? "t1" : "t2", new GeoPoint(130.601 + (0.0002 * i), 42.401), 14.0 + (i * 0.1), 0.9))
            .ToList();
        var preview = cars.Select((_, i) => new ChipCar(5.5 + i, 7.25, 12.5, 9.75)).ToList();
        var yardCount = new YardCount
        {
            YardId = yardId,
            Image = scene.Href,
            GsdMetres = gsd,
            ShiftMetres = (0.5, -1.25),
            ObservedFraction = observedFraction,
            Total = count is null ? CountEstimate.NotObserved : new CountEstimate(count, count - 2, count + 3),
            Tracks = tracks,
            Cars = cars,
            Algorithm = "template-matcher",
            ModelVersion = "2025.1",
        };
        return new SceneObservation(yardId, scene, new ChipFiles($"{yardId}/{sceneId}.tif", $"{yardId}/{sceneId}.png", 640, 320, preview), yardCount, runId);
    }

    public static Flag Flag(string yardId, DateTimeOffset acquired, int count, FlagKind kind = FlagKind.Spike, double p = 1e-4) =>
        new(yardId, acquired, count, 20.5, 27.25, p, kind, "poisson-glm", $"count {count} above upper 27.25");

    /// <summary>Opens a store with one yard and one run; returns the run id.</summary>
    public static long Prepare(RailWatchStore store, params string[] yardIds)
    {
        foreach (var id in yardIds.Length == 0 ? ["tumangang"] : yardIds)
        {
            store.UpsertYard(Yard(id));
        }

        return store.BeginRun(Day0.AddDays(100), "railwatch.json");
    }
}
