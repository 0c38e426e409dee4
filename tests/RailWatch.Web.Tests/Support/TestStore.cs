using RailWatch.Core.Counting;
using RailWatch.Core.Flags;
using RailWatch.Core.Geometry;
using RailWatch.Core.Scenes;
using RailWatch.Core.Yards;
using RailWatch.Store;

namespace RailWatch.Web.Tests.Support;

/// <summary>
/// A real store file in a temporary folder, filled through the Store API: two yards with eight daily scenes each
/// (PNG chips with cars painted on), baselines, and three flags whose queue order is
/// <see cref="SpikeFlag"/> (most severe), <see cref="KhasanLateFlag"/>, <see cref="KhasanEarlyFlag"/>.
/// </summary>
internal sealed class TestStore : IDisposable
{
    public const int ChipWidth = 96;
    public const int ChipHeight = 64;
    public static readonly DateTimeOffset Day0 = new(2026, 1, 1, 2, 30, 0, TimeSpan.Zero);

    private TestStore(string folder, RailWatchStore store)
    {
        Folder = folder;
        Store = store;
    }

    public string Folder { get; }

    public RailWatchStore Store { get; }

    public string Path => Store.Path;

    public long SpikeFlag { get; private set; }

    public long KhasanLateFlag { get; private set; }

    public long KhasanEarlyFlag { get; private set; }

    /// <summary>Cars found in the spike scene (drawn on the flag page).</summary>
    public int SpikeCars { get; private set; }

    public static TestStore Create()
    {
        // On tmpfs where there is one: the store syncs every transaction to disk, which costs seconds per test elsewhere.
        var root = Directory.Exists("/dev/shm") ? "/dev/shm" : System.IO.Path.GetTempPath();
        var folder = System.IO.Path.Combine(root, "rw-web-tests-" + Guid.NewGuid().ToString("N")[..10]);
        Directory.CreateDirectory(folder);
        var store = RailWatchStore.Open(System.IO.Path.Combine(folder, "railwatch.db"));
        var t = new TestStore(folder, store);
        t.Fill();
        return t;
    }

    public static Yard MakeYard(string id, string name, double lon, double lat) => new(
        id,
        name,
        [new GeoPoint(lon, lat), new GeoPoint(lon + 0.01, lat), new GeoPoint(lon + 0.01, lat + 0.004), new GeoPoint(lon, lat + 0.004)],
        [
            new Track("t1", [new GeoPoint(lon + 0.001, lat + 0.001), new GeoPoint(lon + 0.009, lat + 0.001)]),
            new Track("t2", [new GeoPoint(lon + 0.001, lat + 0.003), new GeoPoint(lon + 0.009, lat + 0.003)]),
        ]);

    public void Dispose()
    {
        Store.Dispose();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A browser may still hold a file for a moment; the temp folder is cleaned by the OS.
        }
    }

    private void Fill()
    {
        var tumangang = MakeYard("tumangang", "Tumangang", 130.60, 42.40);
        var khasan = MakeYard("khasan", "Khasan", 130.64, 42.43);
        Store.UpsertYard(tumangang);
        Store.UpsertYard(khasan);
        var run = Store.BeginRun(Day0, null);
        int[] tumangangCounts = [10, 11, 9, 10, 12, 10, 11, 26];
        int[] khasanCounts = [8, 7, 8, 9, 15, 8, 19, 8];
        for (var day = 0; day < 8; day++)
        {
            Save(tumangang, day, tumangangCounts[day], run);
            Save(khasan, day, khasanCounts[day], run);
        }

        foreach (var (yard, counts) in new[] { (tumangang, tumangangCounts), (khasan, khasanCounts) })
        {
            Store.SaveBaselines(yard.Id, Enumerable.Range(0, 8).Select(d =>
                new BaselineRow(yard.Id, Day0.AddDays(d), counts.Take(4).Average(), counts.Take(4).Average() - 4, counts.Take(4).Average() + 4)));
        }

        Store.SaveFlags(
        [
            new Flag("tumangang", Day0.AddDays(7), 26, 10, 14.5, 1e-7, FlagKind.Spike, "poisson-cusum", "26 cars against 10 expected (upper 14.5): a spike."),
            new Flag("khasan", Day0.AddDays(6), 19, 8, 12.2, 1e-4, FlagKind.Spike, "poisson-cusum", "19 cars against 8 expected."),
            new Flag("khasan", Day0.AddDays(4), 15, 8, 12.2, 1e-2, FlagKind.Spike, "poisson-cusum", "15 cars against 8 expected."),
        ], run);
        Store.FinishRun(run, Day0.AddHours(1), new RunSummary(16, 0, 0, 16, 3));
        var flags = Store.Flags();
        SpikeFlag = flags.Single(f => f.YardId == "tumangang").Id;
        KhasanLateFlag = flags.Single(f => f.YardId == "khasan" && f.Acquired == Day0.AddDays(6)).Id;
        KhasanEarlyFlag = flags.Single(f => f.YardId == "khasan" && f.Acquired == Day0.AddDays(4)).Id;
    }

    private void Save(Yard yard, int day, int count, long run)
    {
        var sceneId = $"S2_{yard.Id}_{day:00}";
        var relPng = $"{yard.Id}/{sceneId}.png";
        var relTif = $"{yard.Id}/{sceneId}.tif";
        Directory.CreateDirectory(System.IO.Path.Combine(Store.ChipDirectory, yard.Id));
        var cars = new List<CarDetection>();
        var onPreview = new List<ChipCar>();
        for (var i = 0; i < count; i++)
        {
            var track = i % 2 == 0 ? "t1" : "t2";
            var x = 8 + ((i / 2) * 6.0);
            var y = track == "t1" ? 48.0 : 16.0;
            cars.Add(new CarDetection(track, new GeoPoint(yard.Polygon[0].Lon + (x / 10000), yard.Polygon[0].Lat + (y / 20000)), 14, 0.9));
            onPreview.Add(new ChipCar(x, y, 0, 5));
        }

        var png = Png.Encode(ChipWidth, ChipHeight, (px, py) =>
        {
            var onCar = onPreview.Any(c => Math.Abs(px - c.X) <= 2 && Math.Abs(py - c.Y) <= 1);
            if (onCar)
            {
                return (200, 60, 40);
            }

            var rail = Math.Abs(py - 48) <= 0 || Math.Abs(py - 16) <= 0;
            var shade = (byte)(70 + (day * 8) + ((px + py) % 7));
            return rail ? ((byte)40, (byte)40, (byte)40) : (shade, (byte)(shade + 20), (byte)(shade - 10));
        });
        File.WriteAllBytes(System.IO.Path.Combine(Store.ChipDirectory, relPng), png);
        File.WriteAllBytes(System.IO.Path.Combine(Store.ChipDirectory, relTif), [0x49, 0x49, 0x2A, 0x00]);
        var t1 = cars.Count(c => c.TrackId == "t1");
        var t2 = count - t1;
        var yardCount = new YardCount
        {
            YardId = yard.Id,
            Image = relTif,
            GsdMetres = 0.5,
            ShiftMetres = (0.0, 0.0),
            ObservedFraction = 1.0,
            Total = new CountEstimate(count, count - 2, count + 2),
            Tracks =
            [
                new TrackCount("t1", new CountEstimate(t1, t1 - 1, t1 + 1), 1.0),
                new TrackCount("t2", new CountEstimate(t2, t2 - 1, t2 + 1), 1.0),
            ],
            Cars = cars,
            Algorithm = "test-counter",
            ModelVersion = "1",
        };
        var scene = new SceneRef("sentinel-2", sceneId, Day0.AddDays(day), $"/data/{sceneId}.tif")
        {
            Sensor = "MSI",
            GsdMetres = 0.5,
            CloudCoverPercent = day * 2.5,
        };
        Store.SaveObservation(new SceneObservation(yard.Id, scene, new ChipFiles(relTif, relPng, ChipWidth, ChipHeight, onPreview), yardCount, run));
        if (yard.Id == "tumangang" && day == 7)
        {
            SpikeCars = count;
        }
    }
}
