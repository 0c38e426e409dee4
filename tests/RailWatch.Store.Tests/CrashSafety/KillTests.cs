using System.Diagnostics;
using RailWatch.Store.CrashProbe;
using RailWatch.Store.Tests.TestSupport;

namespace RailWatch.Store.Tests.CrashSafety;

/// <summary>
/// Crash safety with a real process: the probe (tests/RailWatch.Store.CrashProbe) saves scenes in a loop and is
/// killed with SIGKILL, several times, at commit-heavy moments and once for certain inside a transaction. After every
/// kill the file must pass integrity_check with no partial scene; after resuming, it must dump exactly like a store
/// whose nights ran uninterrupted.
/// </summary>
[NonParallelizable]
public class KillTests
{
    private const int Scenes = 40;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private static string ProbeDll => Path.Combine(AppContext.BaseDirectory, "RailWatch.Store.CrashProbe.dll");

    private static Process Start(string store, int night, int? pauseInScene = null, int stepDelayMs = 0)
    {
        var info = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in new[] { ProbeDll, store, Scenes.ToString(System.Globalization.CultureInfo.InvariantCulture), night.ToString(System.Globalization.CultureInfo.InvariantCulture) })
        {
            info.ArgumentList.Add(a);
        }

        if (stepDelayMs > 0)
        {
            info.ArgumentList.Add("--step-delay-ms");
            info.ArgumentList.Add(stepDelayMs.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        if (pauseInScene is { } p)
        {
            info.ArgumentList.Add("--pause-in-scene");
            info.ArgumentList.Add(p.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return Process.Start(info) ?? throw new InvalidOperationException("could not start the crash probe");
    }

    private static void RunToEnd(string store, int night)
    {
        using var probe = Start(store, night);
        var stderr = probe.StandardError.ReadToEndAsync();
        var stdout = probe.StandardOutput.ReadToEnd();
        Assert.That(probe.WaitForExit(Patience), Is.True, "probe finished in time");
        Assert.That(probe.ExitCode, Is.Zero, $"probe failed: {stderr.Result}");
        Assert.That(stdout, Does.EndWith("done\n"));
    }

    /// <summary>Starts the probe, waits until it has printed <paramref name="lines"/> lines matching, then SIGKILLs it.</summary>
    private static void KillAfter(string store, int night, Func<string, bool> isMark, int lines, int? pauseInScene = null)
    {
        // 20 ms per step: a save spends ~100 ms inside its transaction and a few ms committing, so the kill lands mid-write.
        using var probe = Start(store, night, pauseInScene, stepDelayMs: 20);
        var seen = 0;
        while (seen < lines)
        {
            var line = probe.StandardOutput.ReadLine();
            if (line is null)
            {
                Assert.Fail($"probe ended before the kill: {probe.StandardError.ReadToEnd()}");
            }

            seen += isMark(line!) ? 1 : 0;
        }

        probe.Kill();
        Assert.That(probe.WaitForExit(Patience), Is.True);
        Assert.That(probe.ExitCode, Is.EqualTo(128 + 9), "killed by SIGKILL, not ended by itself");
    }

    private static void AssertSoundWithNoPartialScene(string path)
    {
        using var store = RailWatchStore.Open(path);
        Assert.That(store.IntegrityCheck(), Is.EqualTo("ok"));
        var incomplete = store.Locked(c => Db.Query(c, null, """
            SELECT o.yard_id, s.scene_id,
                (SELECT COUNT(*) FROM track_counts t WHERE t.observation_id = o.id),
                (SELECT COUNT(*) FROM cars k WHERE k.observation_id = o.id),
                (SELECT COUNT(*) FROM chips ch WHERE ch.observation_id = o.id),
                o.count
            FROM observations o JOIN scenes s ON s.id = o.scene_ref
            """, r => (Yard: r.GetString(0), Scene: r.GetString(1), Tracks: r.GetInt32(2), Cars: r.GetInt32(3), Chips: r.GetInt32(4), Count: r.GetInt32(5))))
            .Where(o => o.Tracks != 3 || o.Cars != o.Count || o.Chips != 1)
            .ToList();
        Assert.That(incomplete, Is.Empty, "every stored scene has all its rows");
        var orphans = store.Locked(c => Db.Scalar(c, null, "SELECT COUNT(*) FROM scenes s WHERE NOT EXISTS (SELECT 1 FROM observations o WHERE o.scene_ref = s.id)"));
        Assert.That(orphans, Is.EqualTo(0L), "no scene row without its observation");
    }

    [Test]
    public void SigkillMidWrite_ThenRerun_EndsInTheSameStateAsAnUninterruptedRun()
    {
        if (!File.Exists(ProbeDll))
        {
            Assert.Fail($"crash probe not built next to the tests: {ProbeDll}");
        }

        using var temp = new TempStore();
        var calm = temp.PathOf("uninterrupted.db");
        var killed = temp.PathOf("killed.db");

        RunToEnd(calm, night: 1);
        RunToEnd(calm, night: 2);

        static bool Saved(string line) => line.StartsWith("saved ", StringComparison.Ordinal);
        KillAfter(killed, night: 1, Saved, lines: 5);
        AssertSoundWithNoPartialScene(killed);
        KillAfter(killed, night: 1, Saved, lines: 23);
        AssertSoundWithNoPartialScene(killed);
        KillAfter(killed, night: 1, line => line == "paused", lines: 1, pauseInScene: 3);
        AssertSoundWithNoPartialScene(killed);
        RunToEnd(killed, night: 1);
        RunToEnd(killed, night: 2);

        using var a = RailWatchStore.Open(calm);
        using var b = RailWatchStore.Open(killed);
        Assert.That(b.Runs(), Has.Count.GreaterThan(a.Runs().Count), "the killed store really went through the kills");
        Assert.That(a.Observations(new ObservationQuery { IncludeTracks = false }), Has.Count.EqualTo(Scenes * Workload.YardIds.Count));
        Assert.That(a.Flags(), Is.Not.Empty);
        Assert.That(a.Failures(), Is.Empty, "every first-attempt failure was retried on night 2");
        Assert.That(b.Dump(), Is.EqualTo(a.Dump()));
        Assert.That(StoreListing.ObservationsTsv(b.Observations()), Is.EqualTo(StoreListing.ObservationsTsv(a.Observations())));
        Assert.That(StoreListing.FlagsTsv(b.Flags()), Is.EqualTo(StoreListing.FlagsTsv(a.Flags())));
    }
}
