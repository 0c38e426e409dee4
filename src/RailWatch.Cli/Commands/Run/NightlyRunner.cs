using RailWatch.Cli.Configuration;
using RailWatch.Cli.Infrastructure;
using RailWatch.Cli.Nightly;
using RailWatch.Core.Yards;
using RailWatch.Ingest;
using RailWatch.Stats;
using RailWatch.Store;
using RailWatch.Vision;
using Spectre.Console;

namespace RailWatch.Cli.Commands.Run;

/// <summary>Builds the nightly job from a config and runs it with progress bars on a terminal, JSON-lines logs otherwise.</summary>
internal static class NightlyRunner
{
    public static async Task<NightlySummary> RunAsync(CliEnvironment env, RailWatchConfig config, CancellationToken cancellationToken)
    {
        var yards = config.YardFiles.Select(YardFile.Load).ToList();
        var duplicate = yards.GroupBy(y => y.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new Core.Errors.UsageException($"{config.Path}: yards: two yard files share the id \"{duplicate.Key}\"");
        }

        var log = new JobLog(env.Interactive ? null : env.Error, env.Time);
        var context = new IngestContext
        {
            CacheDirectory = config.CacheDirectory,
            Time = env.Time,
            ChipMarginMetres = config.ChipMarginMetres,
            Log = new SynchronousProgress<string>(line => log.Info("source", ("message", line))),
            Warnings = new SynchronousProgress<string>(line => log.Warn("source", ("message", line))),
        };
        var sources = config.Sources.Select((s, i) => SourceConfig.Create(s, config.Path, context, i)).ToList();
        try
        {
            var names = sources.GroupBy(s => s.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
            if (names is not null)
            {
                throw new Core.Errors.UsageException($"{config.Path}: sources: two sources share the name \"{names.Key}\"");
            }

            return await RunJobAsync(env, config, yards, sources, log, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            foreach (var disposable in sources.OfType<IDisposable>())
            {
                disposable.Dispose();
            }
        }
    }

    private static async Task<NightlySummary> RunJobAsync(CliEnvironment env, RailWatchConfig config, List<Yard> yards, List<ISceneSource> sources, JobLog log, CancellationToken cancellationToken)
    {
        var counter = new RailcarCounter(Count.ModelLocator.Load(env.ModelsDirectory, config.ModelPath));
        var detectorOptions = config.FalseAlarmsPerYear is { } rate ? new DetectorOptions { CusumFalseAlarmsPerYear = rate } : new DetectorOptions();
        Directory.CreateDirectory(Path.GetDirectoryName(config.StorePath)!);
        using var store = RailWatchStore.Open(config.StorePath);
        var job = new NightlyJob(config, store, sources, counter, new IncreaseDetector(detectorOptions), log, env.Time);

        if (!env.Interactive)
        {
            return await job.RunAsync(yards, progress: null, cancellationToken).ConfigureAwait(false);
        }

        NightlySummary? summary = null;
        log.Problem += line => env.Out.MarkupLineInterpolated($"[yellow]warning[/] {line}");
        await env.Out.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async ctx =>
            {
                var tasks = yards.ToDictionary(y => y.Id, y => ctx.AddTask(Markup.Escape(y.Id), maxValue: 1));
                var progress = new SynchronousProgress<YardProgress>(p =>
                {
                    var task = tasks[p.YardId];
                    task.MaxValue = Math.Max(1, p.Found);
                    task.Value = p.Stage == "done" ? task.MaxValue : p.Done;
                    task.Description = Markup.Escape($"{p.YardId} {p.Stage} {p.Done}/{p.Found}");
                });
                summary = await job.RunAsync(yards, progress, cancellationToken).ConfigureAwait(false);
            }).ConfigureAwait(false);
        return summary!;
    }

    public static void PrintSummary(CliEnvironment env, NightlySummary summary, OutputFormat format)
    {
        if (format == OutputFormat.Json)
        {
            env.WriteRaw(CliJson.Serialize(new
            {
                summary.RunId,
                summary.Yards,
                summary.ScenesNew,
                summary.ScenesSkipped,
                summary.ScenesFailed,
                summary.Observations,
                summary.FlagsNew,
                summary.ExitCode,
                summary.StageSeconds,
            }));
            return;
        }

        var table = new Table().Title("Night summary").AddColumns("yards", "scenes new", "skipped", "failed", "observations", "new flags");
        table.AddRow(
            summary.Yards.ToString(System.Globalization.CultureInfo.InvariantCulture),
            summary.ScenesNew.ToString(System.Globalization.CultureInfo.InvariantCulture),
            summary.ScenesSkipped.ToString(System.Globalization.CultureInfo.InvariantCulture),
            summary.ScenesFailed > 0 ? $"[red]{summary.ScenesFailed}[/]" : "0",
            summary.Observations.ToString(System.Globalization.CultureInfo.InvariantCulture),
            summary.FlagsNew.ToString(System.Globalization.CultureInfo.InvariantCulture));
        env.Out.Write(table);
    }
}
