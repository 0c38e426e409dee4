using RailWatch.Core.Counting;
using RailWatch.Core.Flags;
using RailWatch.Core.Geometry;
using RailWatch.Core.Scenes;
using RailWatch.Core.Yards;

namespace RailWatch.Store.CrashProbe;

/// <summary>
/// A deterministic night: two yards × N scenes, each with three tracks and one car per counted car. Yard "beta"'s
/// scenes i ≡ 7 (mod 13) fail on their first attempt and succeed when retried. Flags and baselines depend only on
/// the stored series, so a night that was killed and resumed ends in the same state as one that was not.
/// </summary>
public static class Workload
{
    public static readonly DateTimeOffset Start = new(2025, 1, 1, 2, 30, 0, TimeSpan.Zero);

    public static IReadOnlyList<string> YardIds { get; } = ["alpha", "beta"];

    public static Yard Yard(string id)
    {
        var lon = id == "alpha" ? 130.60 : 130.62;
        const double lat = 42.40;
        var polygon = new List<GeoPoint> { new(lon, lat), new(lon + 0.01, lat), new(lon + 0.01, lat + 0.005), new(lon, lat + 0.005) };
        var tracks = Enumerable.Range(1, 3)
            .Select(t => new Track($"t{t}", [new GeoPoint(lon + 0.001, lat + (0.001 * t)), new GeoPoint(lon + 0.009, lat + (0.001 * t))]))
            .ToList();
        return new Yard(id, $"Yard {id}", polygon, tracks) { Description = "crash probe yard" };
    }

    public static bool FailsFirst(string yardId, int i) => yardId == "beta" && i % 13 == 7;

    public static SceneRef Scene(int i) =>
        new("folder", $"S2_{i:D4}", Start.AddDays(i), $"/data/scenes/S2_{i:D4}.tif")
        {
            Sensor = i % 3 == 0 ? "PlanetScope" : "SkySat",
            GsdMetres = i % 3 == 0 ? 3.0 : 0.5,
            CloudCoverPercent = i % 10,
            Source = "folder",
        };

    public static int Count(string yardId, int i)
    {
        var baseCount = yardId == "alpha" ? 20 : 12;
        var spike = i % 17 == 16 ? 25 : 0;
        return baseCount + ((i * 37) % 11) + spike;
    }

    public static SceneObservation Observation(string yardId, int i, long runId)
    {
        var scene = Scene(i);
        var yard = Yard(yardId);
        var total = Count(yardId, i);
        var perTrack = new[] { total / 3, total / 3, total - (2 * (total / 3)) };
        var tracks = yard.Tracks.Select((t, k) => new TrackCount(t.Id, new CountEstimate(perTrack[k], perTrack[k] - 1, perTrack[k] + 2), 0.9)).ToList();
        var cars = new List<CarDetection>();
        var onPreview = new List<ChipCar>();
        for (var k = 0; k < 3; k++)
        {
            for (var n = 0; n < perTrack[k]; n++)
            {
                var p = yard.Tracks[k].Points[0];
                cars.Add(new CarDetection(yard.Tracks[k].Id, new GeoPoint(p.Lon + (0.0002 * n), p.Lat), 15.5, 0.5 + (0.01 * n)));
                onPreview.Add(new ChipCar(10 + (8 * n), 20 + (30 * k), 0.5, 6.2));
            }
        }

        var count = new YardCount
        {
            YardId = yardId,
            Image = scene.Href,
            GsdMetres = scene.GsdMetres!.Value,
            ShiftMetres = (1.5, -0.5),
            ObservedFraction = 0.9,
            Total = new CountEstimate(total, total - 3, total + 4),
            Tracks = tracks,
            Cars = cars,
            Algorithm = "probe-counter",
            ModelVersion = "1.0",
        };
        var chip = new ChipFiles($"{yardId}/{scene.SceneId}.tif", $"{yardId}/{scene.SceneId}.png", 512, 256, onPreview);
        return new SceneObservation(yardId, scene, chip, count, runId);
    }

    /// <summary>Runs one night over scenes [0, n): save new scenes, retry failures, then baselines and flags.</summary>
    public static RunSummary RunNight(RailWatchStore store, int n, DateTimeOffset startedAt, TextWriter log)
    {
        foreach (var id in YardIds)
        {
            store.UpsertYard(Yard(id));
        }

        var run = store.BeginRun(startedAt, "probe.json");
        int added = 0, skipped = 0, failed = 0;
        for (var i = 0; i < n; i++)
        {
            foreach (var yardId in YardIds)
            {
                var scene = Scene(i);
                if (store.HasScene(yardId, scene.Provider, scene.SceneId))
                {
                    skipped++;
                    continue;
                }

                var failedBefore = store.Failures().Any(f => f.YardId == yardId && f.Scene.SceneId == scene.SceneId);
                if (FailsFirst(yardId, i) && !failedBefore)
                {
                    store.RecordFailure(yardId, scene, "simulated read error", run);
                    failed++;
                    continue;
                }

                added += store.SaveObservation(Observation(yardId, i, run)) ? 1 : 0;
                log.WriteLine($"saved {i} {yardId}");
                log.Flush();
            }
        }

        var flags = 0;
        foreach (var yardId in YardIds)
        {
            var series = store.Series(yardId);
            var baselines = new List<BaselineRow>();
            var newFlags = new List<Flag>();
            for (var k = 0; k < series.Count; k++)
            {
                var before = series.Take(k).Where(s => s.Count is not null).Select(s => (double)s.Count!.Value).ToList();
                var expected = before.Count == 0 ? series[k].Count ?? 0 : before.Average();
                baselines.Add(new BaselineRow(yardId, series[k].Acquired, expected, expected - 5, expected + 8));
                if (series[k].Count is { } c && c >= (yardId == "alpha" ? 40 : 32))
                {
                    newFlags.Add(new Flag(yardId, series[k].Acquired, c, 25, 33, 1e-4, FlagKind.Spike, "probe-threshold", $"count {c} ≥ threshold"));
                }
            }

            store.SaveBaselines(yardId, baselines);
            flags += store.SaveFlags(newFlags, run);
        }

        var summary = new RunSummary(added, skipped, failed, added, flags);
        store.FinishRun(run, startedAt.AddMinutes(30), summary);
        log.WriteLine("done");
        log.Flush();
        return summary;
    }
}
