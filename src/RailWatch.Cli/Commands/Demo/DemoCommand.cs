using System.ComponentModel;
using System.Globalization;
using RailWatch.Cli.Commands.Run;
using RailWatch.Cli.Configuration;
using RailWatch.Cli.Infrastructure;
using RailWatch.Core.Errors;
using RailWatch.Store;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RailWatch.Cli.Commands.Demo;

/// <summary>
/// <c>railwatch demo</c>: the nightly job over the bundled sample (<c>samples/railwatch.json</c>) into a fresh
/// embedded store, then the flags it raised and what to open next. It recreates only a store that an earlier demo
/// created (<see cref="DemoStore"/>); any other store at the path stops it with exit 2.
/// </summary>
public sealed class DemoCommand(CliEnvironment env) : AsyncCommand<DemoCommand.Settings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var sampleConfig = settings.Config is null ? SampleLocator.FindSampleConfig(env.Variables) : SampleLocator.TryFindSampleConfig(env.Variables);
        var configPath = settings.Config ?? sampleConfig!;
        var config = ConfigLoader.Load(configPath, settings.Store);
        DemoStore.Recreate(config.StorePath, sampleConfig, env.Time);

        env.Out.MarkupLineInterpolated($"[bold]RailWatch demo[/]: nightly job over [blue]{Path.GetRelativePath(Environment.CurrentDirectory, configPath)}[/] into a fresh store [blue]{Path.GetRelativePath(Environment.CurrentDirectory, config.StorePath)}[/]");
        var summary = await NightlyRunner.RunAsync(env, config, cancellationToken).ConfigureAwait(false);
        NightlyRunner.PrintSummary(env, summary, OutputFormat.Text);

        using (var store = RailWatchStore.Open(config.StorePath))
        {
            PrintFlags(store.Flags());
        }

        var storeArg = Path.GetRelativePath(Environment.CurrentDirectory, config.StorePath);
        var configArg = Path.GetRelativePath(Environment.CurrentDirectory, configPath);
        env.WriteRaw($"""

            Next:
              review the flags in a browser:  ./railwatch serve --config {configArg}   (then open http://127.0.0.1:5080)
              list the counts:                ./railwatch observations --store {storeArg} --yard tumangang-like
              list the flags as JSON:         ./railwatch flags --store {storeArg} --format json
              write a report:                 ./railwatch report --store {storeArg} --out out/demo/report

            """);
        return summary.ExitCode;
    }

    private void PrintFlags(IReadOnlyList<FlagRow> flags)
    {
        if (flags.Count == 0)
        {
            env.Out.MarkupLine("No flags: no count rose beyond what the yard's history explains.");
            return;
        }

        // The reasons are sentences: below the table they wrap as text, in a column of an 80-character table they
        // would wrap a word or two a line.
        var ordered = flags.OrderBy(f => f.Acquired).ThenBy(f => f.YardId, StringComparer.Ordinal).ToList();
        var table = new Table().Title($"Flags ({flags.Count})").AddColumns("#", "yard", "acquired", "kind", "count", "expected", "p-value");
        for (var i = 0; i < ordered.Count; i++)
        {
            var f = ordered[i];
            table.AddRow(
                (i + 1).ToString(CultureInfo.InvariantCulture),
                Markup.Escape(f.YardId),
                f.Acquired.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                f.Kind.ToString().ToLowerInvariant(),
                f.Count.ToString(CultureInfo.InvariantCulture),
                f.Expected.ToString("F1", CultureInfo.InvariantCulture),
                f.PValue.ToString("G2", CultureInfo.InvariantCulture));
        }

        env.Out.Write(table);
        for (var i = 0; i < ordered.Count; i++)
        {
            env.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{i + 1}. {ordered[i].Reason}"));
        }
    }

    public sealed class Settings : CommandSettings
    {
        [CommandOption("-c|--config <PATH>")]
        [Description("Run another config instead of samples/railwatch.json.")]
        public string? Config { get; init; }

        [CommandOption("--store <PATH>")]
        [Description("Store to create; default: the config's store.path. Only a store an earlier demo created is deleted and recreated: any other store there stops the demo (exit 2), untouched.")]
        public string? Store { get; init; }
    }
}
