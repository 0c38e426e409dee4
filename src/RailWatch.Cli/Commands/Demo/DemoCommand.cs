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
/// embedded store, then the flags it raised and what to open next.
/// </summary>
public sealed class DemoCommand(CliEnvironment env) : AsyncCommand<DemoCommand.Settings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var configPath = settings.Config ?? SampleLocator.FindSampleConfig();
        var config = ConfigLoader.Load(configPath, settings.Store);
        FreshStore(config.StorePath);

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

        var table = new Table().Title($"Flags ({flags.Count})").AddColumns("yard", "acquired", "kind", "count", "expected", "p-value", "reason");
        foreach (var f in flags.OrderBy(f => f.Acquired).ThenBy(f => f.YardId, StringComparer.Ordinal))
        {
            table.AddRow(
                Markup.Escape(f.YardId),
                f.Acquired.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                f.Kind.ToString().ToLowerInvariant(),
                f.Count.ToString(CultureInfo.InvariantCulture),
                f.Expected.ToString("F1", CultureInfo.InvariantCulture),
                f.PValue.ToString("G2", CultureInfo.InvariantCulture),
                Markup.Escape(f.Reason));
        }

        env.Out.Write(table);
    }

    /// <summary>Removes the demo's previous store, its chips and its cache, so every demo starts from nothing.</summary>
    private static void FreshStore(string storePath)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(storePath)!);
        foreach (var suffix in new[] { string.Empty, "-wal", "-shm", "-journal" })
        {
            File.Delete(storePath + suffix);
        }

        var stem = Path.ChangeExtension(storePath, null);
        foreach (var folder in new[] { stem + ".chips", stem + ".cache" })
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    public sealed class Settings : CommandSettings
    {
        [CommandOption("-c|--config <PATH>")]
        [Description("Run another config instead of samples/railwatch.json.")]
        public string? Config { get; init; }

        [CommandOption("--store <PATH>")]
        [Description("Store to (re)create; default: the config's store.path.")]
        public string? Store { get; init; }
    }
}
