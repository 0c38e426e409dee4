using RailWatch.Cli.Configuration;
using RailWatch.Core.Errors;
using RailWatch.Core.Flags;
using RailWatch.Core.Scenes;
using RailWatch.Core.Yards;
using RailWatch.Ingest;
using RailWatch.Stats;
using RailWatch.Store;
using RailWatch.Vision;

namespace RailWatch.Cli.Nightly;

/// <summary>
/// One night: for every yard (in parallel, bounded), ask every source for scenes, skip those already stored, and
/// fetch, count and store each new one in its own transaction; then replay every yard's series through the
/// increase detector and store the baselines and new flags. A crash at any point followed by a rerun ends in the
/// same state as an uninterrupted run: a scene is stored whole or not at all, and the detection is a
/// deterministic function of the stored series.
/// </summary>
public sealed class NightlyJob
{
    private readonly RailWatchConfig config;
    private readonly RailWatchStore store;
    private readonly IReadOnlyList<ISceneSource> sources;
    private readonly RailcarCounter counter;
    private readonly IncreaseDetector detector;
    private readonly JobLog log;
    private readonly TimeProvider time;

    public NightlyJob(RailWatchConfig config, RailWatchStore store, IReadOnlyList<ISceneSource> sources, RailcarCounter counter, IncreaseDetector detector, JobLog log, TimeProvider time)
    {
        this.config = config;
        this.store = store;
        this.sources = sources;
        this.counter = counter;
        this.detector = detector;
        this.log = log;
        this.time = time;
    }

    public async Task<NightlySummary> RunAsync(IReadOnlyList<Yard> yards, IProgress<YardProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(yards);
        var runId = store.BeginRun(time.GetUtcNow(), config.Path);
        log.Info("run_started", ("run", runId), ("yards", yards.Count), ("sources", sources.Count));
        foreach (var yard in yards)
        {
            store.UpsertYard(yard);
        }

        var tallies = new SceneTally();
        var clock = new StageClock(time);
        var pipeline = new ScenePipeline(store, counter, config.ChipMarginMetres, clock);
        await Parallel.ForEachAsync(
            yards,
            new ParallelOptions { MaxDegreeOfParallelism = config.Parallelism, CancellationToken = cancellationToken },
            async (yard, ct) => await RunYardAsync(yard, pipeline, clock, runId, tallies, progress, ct).ConfigureAwait(false)).ConfigureAwait(false);

        var newFlags = clock.Measure("detect", () => Detect(yards, runId, cancellationToken));
        var summary = new NightlySummary
        {
            RunId = runId,
            Yards = yards.Count,
            ScenesNew = tallies.New,
            ScenesSkipped = tallies.Skipped,
            ScenesFailed = tallies.Failed,
            Observations = tallies.New,
            FlagsNew = newFlags,
            StageSeconds = clock.Seconds(),
        };
        store.FinishRun(runId, time.GetUtcNow(), new RunSummary(summary.ScenesNew, summary.ScenesSkipped, summary.ScenesFailed, summary.Observations, summary.FlagsNew));
        log.Info("run_finished", ("run", runId), ("scenes_new", summary.ScenesNew), ("scenes_skipped", summary.ScenesSkipped), ("scenes_failed", summary.ScenesFailed), ("flags_new", summary.FlagsNew), ("stage_seconds", summary.StageSeconds));
        return summary;
    }

    private async Task RunYardAsync(Yard yard, ScenePipeline pipeline, StageClock clock, long runId, SceneTally tallies, IProgress<YardProgress>? progress, CancellationToken cancellationToken)
    {
        var query = new SceneQuery { Since = config.LookbackDays is { } days ? time.GetUtcNow().AddDays(-days) : null, Until = time.GetUtcNow() };
        int found = 0, done = 0;
        progress?.Report(new YardProgress(yard.Id, 0, 0, "searching"));
        foreach (var source in sources)
        {
            var scenes = new List<SceneRef>();
            var searchStarted = time.GetTimestamp();
            try
            {
                await foreach (var scene in source.FindScenesAsync(yard, query, cancellationToken).ConfigureAwait(false))
                {
                    scenes.Add(scene);
                    found++;
                    progress?.Report(new YardProgress(yard.Id, found, done, "searching"));
                }
            }
            catch (Exception e) when (IsSceneFailure(e))
            {
                // The source failed while listing: the scenes it did list are still processed; the rest wait for tomorrow.
                tallies.AddFailed();
                log.Warn("search_failed", ("yard", yard.Id), ("source", source.Name), ("error", OneLine(e.Message)));
            }

            clock.Add("search", time.GetElapsedTime(searchStarted));

            foreach (var scene in scenes.OrderBy(s => s.Acquired).ThenBy(s => s.SceneId, StringComparer.Ordinal))
            {
                cancellationToken.ThrowIfCancellationRequested();
                await ProcessSceneAsync(yard, source, scene, pipeline, runId, tallies, cancellationToken).ConfigureAwait(false);
                done++;
                progress?.Report(new YardProgress(yard.Id, found, done, "counting"));
            }
        }

        progress?.Report(new YardProgress(yard.Id, found, done, "done"));
    }

    private async Task ProcessSceneAsync(Yard yard, ISceneSource source, SceneRef scene, ScenePipeline pipeline, long runId, SceneTally tallies, CancellationToken cancellationToken)
    {
        if (store.HasScene(yard.Id, scene.Provider, scene.SceneId))
        {
            tallies.AddSkipped();
            return;
        }

        try
        {
            var count = await pipeline.ProcessAsync(source, scene, yard, runId, cancellationToken).ConfigureAwait(false);
            tallies.AddNew();
            log.Info("scene_stored", ("yard", yard.Id), ("provider", scene.Provider), ("scene", scene.SceneId), ("acquired", scene.Acquired.UtcDateTime.ToString("O")), ("count", count.Total.Count), ("low", count.Total.Low), ("high", count.Total.High), ("observed_fraction", Math.Round(count.ObservedFraction, 3)));
        }
        catch (Exception e) when (IsSceneFailure(e))
        {
            tallies.AddFailed();
            store.RecordFailure(yard.Id, scene, OneLine(e.Message), runId);
            log.Warn("scene_failed", ("yard", yard.Id), ("provider", scene.Provider), ("scene", scene.SceneId), ("error", OneLine(e.Message)));
        }
    }

    private int Detect(IReadOnlyList<Yard> yards, long runId, CancellationToken cancellationToken)
    {
        var series = new List<CountObservation>();
        foreach (var yard in yards)
        {
            series.AddRange(store.Series(yard.Id));
        }

        var result = detector.Baseline(series, cancellationToken);
        foreach (var group in result.Baseline.GroupBy(b => b.YardId, StringComparer.Ordinal))
        {
            // Before a yard has any history its baseline is undefined; those points have nothing to draw.
            store.SaveBaselines(group.Key, group
                .Where(b => double.IsFinite(b.Expected) && double.IsFinite(b.Lower) && double.IsFinite(b.Upper))
                .Select(b => new BaselineRow(b.YardId, b.Acquired, b.Expected, b.Lower, b.Upper)));
        }

        var added = store.SaveFlags(result.Flags, runId);
        foreach (var flag in result.Flags)
        {
            log.Info("flag", ("yard", flag.YardId), ("acquired", flag.Acquired.UtcDateTime.ToString("O")), ("kind", flag.Kind.ToString().ToLowerInvariant()), ("count", flag.Count), ("expected", Math.Round(flag.Expected, 1)), ("p_value", flag.PValue));
        }

        return added;
    }

    /// <summary>Failures of one scene or one source that must not stop the night: bad or missing data, network, I/O.</summary>
    private static bool IsSceneFailure(Exception e) =>
        e is SceneFetchException or BadDataException or IOException or HttpRequestException or TimeoutException
        || (e is TaskCanceledException && e.InnerException is TimeoutException);

    private static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim();

    private sealed class SceneTally
    {
        private int added;
        private int skipped;
        private int failed;

        public int New => Volatile.Read(ref added);

        public int Skipped => Volatile.Read(ref skipped);

        public int Failed => Volatile.Read(ref failed);

        public void AddNew() => Interlocked.Increment(ref added);

        public void AddSkipped() => Interlocked.Increment(ref skipped);

        public void AddFailed() => Interlocked.Increment(ref failed);
    }
}
