using System.Diagnostics;
using System.Text.Json;

namespace RailWatch.Cli.Tests.Nightly;

[NonParallelizable]
public sealed class NightlyRunTests
{
    private NightlyFixture world = null!;
    private string cleanStore = null!;

    [OneTimeSetUp]
    public async Task RenderWorldAndRunOnce()
    {
        world = new NightlyFixture();
        cleanStore = world.NewStorePath();
        var (code, _, error) = await CliRunner.RunAsync("run", "--config", world.ConfigPath, "--store", cleanStore, "--format", "json");
        Assert.That(code, Is.Zero, error);
    }

    [OneTimeTearDown]
    public void Clean() => world.Dispose();

    private static async Task<string> Listing(string store)
    {
        var observations = await CliRunner.RunAsync("observations", "--store", store);
        var flags = await CliRunner.RunAsync("flags", "--store", store);
        Assert.That(observations.ExitCode + flags.ExitCode, Is.Zero, observations.Error + flags.Error);
        return observations.Out + flags.Out;
    }

    [Test]
    public async Task Run_StoresEveryScene_InAcquisitionOrder()
    {
        var observations = await CliRunner.RunAsync("observations", "--store", cleanStore, "--format", "json");

        using var obs = JsonDocument.Parse(observations.Out);
        var totals = obs.RootElement.GetProperty("observations").EnumerateArray().Where(o => o.GetProperty("track").GetString() == "*").ToList();
        Assert.Multiple(() =>
        {
            Assert.That(totals, Has.Count.EqualTo(NightlyFixture.SceneCount));
            Assert.That(totals.Select(t => t.GetProperty("acquired").GetString()), Is.Ordered, "stable order by acquisition");
            Assert.That(totals.Select(t => t.GetProperty("observed_fraction").GetDouble()), Has.All.InRange(0.0, 1.0));
            Assert.That(totals.Select(t => t.GetProperty("model_version").GetString()), Has.All.Not.Empty);
        });
    }

    [Test]
    public async Task Run_StoresExactlyTheFlagsTheDetectorFindsInTheStoredSeries()
    {
        var observations = await CliRunner.RunAsync("observations", "--store", cleanStore, "--format", "json");
        using var obs = JsonDocument.Parse(observations.Out);
        var csv = new System.Text.StringBuilder("yard,acquired,count,low,high,observed_fraction\n");
        foreach (var o in obs.RootElement.GetProperty("observations").EnumerateArray().Where(o => o.GetProperty("track").GetString() == "*"))
        {
            csv.Append(System.Globalization.CultureInfo.InvariantCulture, $"{o.GetProperty("yard").GetString()},{o.GetProperty("acquired").GetString()},{o.GetProperty("count")},{o.GetProperty("low")},{o.GetProperty("high")},{o.GetProperty("observed_fraction").GetDouble():R}\n");
        }

        var series = Path.Combine(world.Root, "series-" + Guid.NewGuid().ToString("N") + ".csv");
        await File.WriteAllTextAsync(series, csv.ToString());

        var detected = await CliRunner.RunAsync("detect", "--series", series, "--format", "json");
        var stored = await CliRunner.RunAsync("flags", "--store", cleanStore, "--format", "json");

        static List<string> Keys(string json)
        {
            using var doc = JsonDocument.Parse(json);
            return doc.RootElement.GetProperty("flags").EnumerateArray()
                .Select(f => $"{f.GetProperty("yard").GetString()}|{DateTimeOffset.Parse(f.GetProperty("acquired").GetString()!, System.Globalization.CultureInfo.InvariantCulture).UtcDateTime:O}|{f.GetProperty("kind").GetString()}")
                .Order(StringComparer.Ordinal)
                .ToList();
        }

        Assert.That(detected.ExitCode, Is.Zero, detected.Error);
        Assert.That(Keys(stored.Out), Is.EqualTo(Keys(detected.Out)));
    }

    [Test]
    public async Task Run_AgainOnTheSameNight_AddsNothing()
    {
        var before = await Listing(cleanStore);

        var (code, output, error) = await CliRunner.RunAsync("run", "--config", world.ConfigPath, "--store", cleanStore, "--format", "json");

        using var summary = JsonDocument.Parse(output);
        Assert.Multiple(async () =>
        {
            Assert.That(code, Is.Zero, error);
            Assert.That(summary.RootElement.GetProperty("scenes_new").GetInt32(), Is.Zero);
            Assert.That(summary.RootElement.GetProperty("scenes_skipped").GetInt32(), Is.EqualTo(NightlyFixture.SceneCount));
            Assert.That(await Listing(cleanStore), Is.EqualTo(before));
        });
    }

    [Test]
    public async Task Run_KilledWithSigkillAtAnyMoment_ThenRerun_EndsInTheSameStateAsACleanRun()
    {
        var store = world.NewStorePath();
        // Kill the real process at several moments: during start-up, while scenes are counted and stored, and
        // (with the longer delays) during detection; each rerun carries on from what the store holds.
        foreach (var delayMs in new[] { 400, 1200, 2000, 2800, 3600, 4500 })
        {
            using var process = CliRunner.Start("run", "--config", world.ConfigPath, "--store", store);
            if (!process.WaitForExit(delayMs))
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
            }
        }

        var (code, _, error) = await CliRunner.RunAsync("run", "--config", world.ConfigPath, "--store", store);

        Assert.That(code, Is.Zero, error);
        Assert.That(await Listing(store), Is.EqualTo(await Listing(cleanStore)));
    }

    [Test]
    public async Task Run_Sigterm_StopsAsCtrlCDoes_Exit130WithinSeconds_AndTheRerunEndsAsACleanRun()
    {
        var store = world.NewStorePath();
        var output = new System.Collections.Concurrent.ConcurrentQueue<string>();
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var process = CliRunner.Start(
            line =>
            {
                output.Enqueue(line);
                if (line.Contains("\"event\":\"run_started\"", StringComparison.Ordinal))
                {
                    started.TrySetResult();
                }
            },
            "run", "--config", world.ConfigPath, "--store", store);
        try
        {
            await started.Task.WaitAsync(TimeSpan.FromSeconds(60));
            CliRunner.Terminate(process);
            var stopped = process.WaitForExit(TimeSpan.FromSeconds(10));

            Assert.That(stopped, Is.True, "still running 10 s after SIGTERM");
            process.WaitForExit(); // the end of its output
            Assert.That(process.ExitCode, Is.EqualTo(130), string.Join('\n', output));
            Assert.That(output, Does.Contain("railwatch: cancelled"));
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }

        var (code, _, error) = await CliRunner.RunAsync("run", "--config", world.ConfigPath, "--store", store);

        Assert.That(code, Is.Zero, error);
        Assert.That(await Listing(store), Is.EqualTo(await Listing(cleanStore)));
    }

    [Test]
    public async Task Run_WithACorruptScene_StoresTheRest_RecordsTheFailure_AndExitsOne()
    {
        var (folder, scenes) = world.CopyOfScenes("corrupt");
        var victim = Directory.GetFiles(scenes, "*.tif").Order(StringComparer.Ordinal).First();
        var bytes = File.ReadAllBytes(victim);
        File.WriteAllBytes(victim, bytes[..(bytes.Length / 3)]);
        var config = world.WriteConfig(folder, scenes);
        var store = world.NewStorePath();

        var (code, output, error) = await CliRunner.RunAsync("run", "--config", config, "--store", store, "--format", "json");

        using var summary = JsonDocument.Parse(output);
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(1), error);
            Assert.That(summary.RootElement.GetProperty("scenes_failed").GetInt32(), Is.EqualTo(1));
            Assert.That(summary.RootElement.GetProperty("scenes_new").GetInt32(), Is.EqualTo(NightlyFixture.SceneCount - 1));
            Assert.That(error, Does.Contain("\"event\":\"scene_failed\"").And.Contain(Path.GetFileNameWithoutExtension(victim)));
        });
    }

    [Test]
    public async Task Run_WithAFileThatIsNotARaster_WarnsNamingIt_AndStoresTheScenes()
    {
        var (folder, scenes) = world.CopyOfScenes("junk");
        File.WriteAllText(Path.Combine(scenes, "aaa_junk.tif"), "not a raster");
        var store = world.NewStorePath();

        var (code, output, error) = await CliRunner.RunAsync("run", "--config", world.WriteConfig(folder, scenes), "--store", store, "--format", "json");

        using var summary = JsonDocument.Parse(output);
        var warning = error.Split('\n').SingleOrDefault(l => l.Contains("aaa_junk.tif", StringComparison.Ordinal));
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.Zero, error);
            Assert.That(summary.RootElement.GetProperty("scenes_new").GetInt32(), Is.EqualTo(NightlyFixture.SceneCount));
            Assert.That(warning, Does.Contain("\"level\":\"warn\"").And.Contain("\"event\":\"source\"").And.Contain("skipping"));
        });
    }

    [Test]
    public async Task Run_TwoScenesOfOnePassAtTheSameInstant_StoresBothAndFlagsAsWithOne()
    {
        // Adjacent tiles of one datatake share their sensing time: the last (surge) scene again, as a second file.
        var (folder, scenes) = world.CopyOfScenes("twin");
        var last = Directory.GetFiles(scenes, "*.tif").Order(StringComparer.Ordinal).Last();
        File.Copy(last, Path.Combine(scenes, Path.GetFileNameWithoutExtension(last) + "_tile2.tif"));
        var store = world.NewStorePath();

        var (code, output, error) = await CliRunner.RunAsync("run", "--config", world.WriteConfig(folder, scenes), "--store", store, "--format", "json");

        using var summary = JsonDocument.Parse(output);
        var twinFlags = await CliRunner.RunAsync("flags", "--store", store);
        var cleanFlags = await CliRunner.RunAsync("flags", "--store", cleanStore);
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.Zero, error);
            Assert.That(summary.RootElement.GetProperty("scenes_new").GetInt32(), Is.EqualTo(NightlyFixture.SceneCount + 1));
            Assert.That(twinFlags.Out, Is.EqualTo(cleanFlags.Out));
        });
    }

    [Test]
    public async Task Run_ConfigError_ExitsTwoWithOneLineNamingTheField()
    {
        var folder = Directory.CreateTempSubdirectory("rw-badconfig-").FullName;
        var config = Path.Combine(folder, "railwatch.json");
        await File.WriteAllTextAsync(config, """{"store": {"path": "x.db"}, "yards": ["nope.geojson"], "sources": [{"name": "a", "type": "folder", "path": "."}]}""");

        var (code, _, error) = await CliRunner.RunAsync("run", "--config", config);

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(2));
            Assert.That(error.TrimEnd(), Does.StartWith($"railwatch: {config}: yards[0]: yard file").And.Not.Contain('\n'));
        });
        Directory.Delete(folder, recursive: true);
    }

    [Test]
    public async Task Yards_ShowsEachYardWithItsLastObservation()
    {
        var (code, output, error) = await CliRunner.RunAsync("yards", "--store", cleanStore, "--format", "json");

        using var json = JsonDocument.Parse(output);
        var yard = json.RootElement.GetProperty("yards")[0];
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.Zero, error);
            Assert.That(yard.GetProperty("yard").GetString(), Is.EqualTo("e2e-yard"));
            Assert.That(yard.GetProperty("scenes").GetInt32(), Is.EqualTo(NightlyFixture.SceneCount));
            Assert.That(yard.GetProperty("last_acquired").GetString(), Is.EqualTo("2023-10-07T02:30:00Z"));
        });
    }

    [Test]
    public async Task Observations_MissingStore_ExitsTwo()
    {
        var (code, _, error) = await CliRunner.RunAsync("observations", "--store", Path.Combine(world.Root, "none.db"));

        Assert.That(code, Is.EqualTo(2));
        Assert.That(error, Does.Contain("none.db: store not found"));
    }
}
