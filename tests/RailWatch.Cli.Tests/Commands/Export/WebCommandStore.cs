using System.IO.Compression;
using RailWatch.Cli.Infrastructure;
using RailWatch.Core.Counting;
using RailWatch.Core.Flags;
using RailWatch.Core.Geometry;
using RailWatch.Core.Scenes;
using RailWatch.Core.Yards;
using RailWatch.Store;
using Spectre.Console.Testing;

namespace RailWatch.Cli.Tests.Commands.Export;

/// <summary>A small real store for the serve, export and report commands: one yard, four scenes, one accepted flag.</summary>
internal sealed class WebCommandStore : IDisposable
{
    private WebCommandStore(string folder) => Folder = folder;

    public string Folder { get; }

    public string StorePath => Path.Combine(Folder, "railwatch.db");

    public static WebCommandStore Create()
    {
        // On tmpfs where there is one: the store syncs every transaction to disk, which costs seconds per test elsewhere.
        var root = Directory.Exists("/dev/shm") ? "/dev/shm" : System.IO.Path.GetTempPath();
        var folder = System.IO.Path.Combine(root, "rw-web-cli-" + Guid.NewGuid().ToString("N")[..10]);
        Directory.CreateDirectory(folder);
        var result = new WebCommandStore(folder);
        using var store = RailWatchStore.Open(result.StorePath);
        var yard = new Yard(
            "khasan",
            "Khasan",
            [new GeoPoint(130.64, 42.43), new GeoPoint(130.65, 42.43), new GeoPoint(130.65, 42.434), new GeoPoint(130.64, 42.434)],
            [new Track("t1", [new GeoPoint(130.641, 42.432), new GeoPoint(130.649, 42.432)])]);
        store.UpsertYard(yard);
        var t0 = new DateTimeOffset(2026, 3, 1, 2, 0, 0, TimeSpan.Zero);
        var run = store.BeginRun(t0, null);
        int[] counts = [5, 6, 5, 14];
        for (var i = 0; i < counts.Length; i++)
        {
            var png = $"khasan/s{i}.png";
            Directory.CreateDirectory(Path.Combine(store.ChipDirectory, "khasan"));
            File.WriteAllBytes(Path.Combine(store.ChipDirectory, png), TinyPng());
            var count = new YardCount
            {
                YardId = "khasan",
                Image = $"khasan/s{i}.tif",
                GsdMetres = 0.5,
                ShiftMetres = (0, 0),
                ObservedFraction = 1,
                Total = new CountEstimate(counts[i], counts[i] - 1, counts[i] + 1),
                Tracks = [new TrackCount("t1", new CountEstimate(counts[i], counts[i] - 1, counts[i] + 1), 1)],
                Cars = [],
                Algorithm = "test",
                ModelVersion = "1",
            };
            var scene = new SceneRef("folder", $"s{i}", t0.AddDays(i), $"/x/s{i}.tif") { GsdMetres = 0.5, CloudCoverPercent = 0 };
            store.SaveObservation(new SceneObservation("khasan", scene, new ChipFiles($"khasan/s{i}.tif", png, 2, 2, []), count, run));
        }

        store.SaveFlags([new Flag("khasan", t0.AddDays(3), 14, 5.3, 9, 1e-4, FlagKind.Spike, "test", "14 cars against 5.3 expected.")], run);
        store.SaveReview(new Review(store.Flags().Single().Id, ReviewDecision.Accepted, "Ana", t0.AddDays(4)) { Note = "confirmed" });
        return result;
    }

    public static async Task<(int Code, string Stdout, string Stderr)> RunAsync(
        string[] args, CancellationToken cancellationToken = default, TestConsole? console = null, Func<string, string?>? variables = null)
    {
        console ??= new TestConsole();
        console.Profile.Width = 400;
        using var error = new StringWriter();
        var environment = new CliEnvironment(console, error, TimeProvider.System) { Variables = variables ?? Environment.GetEnvironmentVariable };
        var code = await RailWatchApp.RunAsync(args, environment, cancellationToken);
        return (code, console.Output, error.ToString());
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // Temporary folder: left to the OS when a file is still open.
        }
    }

    private static byte[] TinyPng()
    {
        // 2×2 grey PNG.
        using var raw = new MemoryStream();
        using (var z = new ZLibStream(raw, CompressionLevel.Fastest, leaveOpen: true))
        {
            z.Write([0, 128, 128, 128, 128, 128, 128, 0, 128, 128, 128, 128, 128, 128]);
        }

        var idat = raw.ToArray();
        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        Chunk(png, "IHDR"u8.ToArray(), [0, 0, 0, 2, 0, 0, 0, 2, 8, 2, 0, 0, 0]);
        Chunk(png, "IDAT"u8.ToArray(), idat);
        Chunk(png, "IEND"u8.ToArray(), []);
        return png.ToArray();
    }

    private static void Chunk(Stream s, byte[] type, byte[] data)
    {
        s.Write([(byte)(data.Length >> 24), (byte)(data.Length >> 16), (byte)(data.Length >> 8), (byte)data.Length]);
        s.Write(type);
        s.Write(data);
        var crc = 0xFFFFFFFFu;
        foreach (var b in type.Concat(data))
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }

        crc ^= 0xFFFFFFFFu;
        s.Write([(byte)(crc >> 24), (byte)(crc >> 16), (byte)(crc >> 8), (byte)crc]);
    }
}
