using System.Security.Cryptography;
using RailWatch.Cli.Commands.Demo;
using RailWatch.Cli.Tests.Nightly;
using RailWatch.Core.Yards;
using RailWatch.Store;
using RailWatch.Synth;

namespace RailWatch.Cli.Tests.Commands.Demo;

/// <summary>
/// The demo's store: the demo recreates a store it created before, and refuses (exit 2, store untouched) any other.
/// The demo runs here over a config with a generated yard and an empty scene folder, so each run takes a moment.
/// </summary>
public sealed class DemoCommandTests
{
    private string root = null!;
    private string config = null!;

    [SetUp]
    public void SetUp()
    {
        root = Directory.CreateTempSubdirectory("rw-demo-tests-").FullName;
        var yard = YardGenerator.Generate(new YardLayoutOptions { Seed = 77, Id = "demo-test-yard", Name = "Demo test yard", BodyTracks = 2 });
        var yardPath = Path.Combine(root, "yard.geojson");
        File.WriteAllText(yardPath, YardFile.ToGeoJson(yard));
        Directory.CreateDirectory(Path.Combine(root, "scenes"));
        config = Path.Combine(root, "railwatch.json");
        File.WriteAllText(config, $$"""
            {
              "store": {"path": "store/railwatch.db"},
              "yards": [{{System.Text.Json.JsonSerializer.Serialize(yardPath)}}],
              "sources": [{"name": "scenes", "type": "folder", "path": "scenes", "pattern": "*.tif"}]
            }
            """);
    }

    [TearDown]
    public void TearDown() => Directory.Delete(root, recursive: true);

    [Test]
    public async Task Demo_TwiceOnItsDefaultStore_RecreatesTheStoreItCreated()
    {
        var first = await CliRunner.RunAsync("demo", "--config", config);
        var store = Path.Combine(root, "store", "railwatch.db");
        var leftover = Path.Combine(root, "store", "railwatch.chips", "from-the-first-demo.png");
        await File.WriteAllBytesAsync(leftover, [1, 2, 3]);

        var second = await CliRunner.RunAsync("demo", "--config", config);

        Assert.Multiple(() =>
        {
            Assert.That(first.ExitCode, Is.Zero, first.Error);
            Assert.That(second.ExitCode, Is.Zero, second.Error);
            Assert.That(RailWatchStore.ReadRuns(store)!.Select(r => r.ConfigPath), Is.EqualTo(new[] { DemoStore.Marker, config }), "a fresh store: the demo's mark, then one run");
            Assert.That(File.Exists(leftover), Is.False, "the first demo's chips went with its store");
        });
    }

    [Test]
    public async Task Demo_OnAStoreOfTheNightlyJob_Exits2WithOneLine_AndLeavesTheStoreUntouched()
    {
        var store = Path.Combine(root, "mine", "railwatch.db");
        var run = await CliRunner.RunAsync("run", "--config", config, "--store", store);
        Assert.That(run.ExitCode, Is.Zero, run.Error);
        var before = Snapshot(store);

        var (code, _, error) = await CliRunner.RunAsync("demo", "--config", config, "--store", store);

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(2));
            Assert.That(error.TrimEnd(), Is.EqualTo($"railwatch: demo: the store {store} already holds data that the demo did not write; give another --store or delete it yourself"));
            Assert.That(Snapshot(store), Is.EqualTo(before));
        });
    }

    [Test]
    public async Task Demo_OnTheStoreOfItsConfig_WhenThatStoreIsNotTheDemos_Exits2()
    {
        var run = await CliRunner.RunAsync("run", "--config", config);
        Assert.That(run.ExitCode, Is.Zero, run.Error);
        var store = Path.Combine(root, "store", "railwatch.db");
        var before = Snapshot(store);

        var (code, _, error) = await CliRunner.RunAsync("demo", "--config", config);

        Assert.That(code, Is.EqualTo(2));
        Assert.That(error, Does.Contain($"the store {store} already holds data that the demo did not write"));
        Assert.That(Snapshot(store), Is.EqualTo(before));
    }

    [Test]
    public async Task Demo_OnAFileThatIsNoStore_Exits2_AndLeavesItUntouched()
    {
        var file = Path.Combine(root, "notes.db");
        await File.WriteAllTextAsync(file, "not a database, but someone's file");

        var (code, _, error) = await CliRunner.RunAsync("demo", "--config", config, "--store", file);

        Assert.That(code, Is.EqualTo(2));
        Assert.That(error.TrimEnd(), Does.Contain($"the store {file} already holds data that the demo did not write").And.Not.Contain('\n'));
        Assert.That(await File.ReadAllTextAsync(file), Is.EqualTo("not a database, but someone's file"));
    }

    [Test]
    public async Task Demo_OnAStoreOfEarlierDemos_WhoseEveryRunRanTheBundledSample_RecreatesIt()
    {
        var sample = SampleLocator.TryFindSampleConfig(Environment.GetEnvironmentVariable);
        if (sample is null)
        {
            Assert.Ignore("samples/railwatch.json is not above this test's folder");
        }

        var store = Path.Combine(root, "old-demo", "railwatch.db");
        using (var old = RailWatchStore.Open(store))
        {
            old.BeginRun(DateTimeOffset.UtcNow.AddDays(-2), sample);
            old.BeginRun(DateTimeOffset.UtcNow.AddDays(-1), sample);
        }

        var (code, _, error) = await CliRunner.RunAsync("demo", "--config", config, "--store", store);

        Assert.That(code, Is.Zero, error);
        Assert.That(RailWatchStore.ReadRuns(store)!.Select(r => r.ConfigPath), Is.EqualTo(new[] { DemoStore.Marker, config }));
    }

    /// <summary>The store file's bytes (with its WAL, if any) and its chip folder's listing.</summary>
    private static string Snapshot(string store)
    {
        var files = new[] { store, store + "-wal" }.Where(File.Exists).Select(f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))));
        var chips = Path.ChangeExtension(store, ".chips");
        IEnumerable<string> listing = Directory.Exists(chips) ? Directory.GetFileSystemEntries(chips, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal) : [];
        return string.Join('\n', files.Concat(listing));
    }
}
