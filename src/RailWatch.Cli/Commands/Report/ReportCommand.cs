using RailWatch.Cli.Infrastructure;
using RailWatch.Store;
using RailWatch.Web.Report;
using RailWatch.Web.Storage;
using Spectre.Console.Cli;

namespace RailWatch.Cli.Commands.Report;

/// <summary><c>railwatch report --out DIR</c>: a static HTML report (charts, accepted flags with thumbnails) that prints to PDF.</summary>
public sealed class ReportCommand(CliEnvironment env) : AsyncCommand<ReportSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, ReportSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        using var store = RailWatchStore.Open(settings.ResolveExistingStore());
        if (File.Exists(settings.Out))
        {
            throw new Core.Errors.UsageException($"--out {settings.Out}: is a file, not a folder");
        }

        var result = await StaticReport.WriteAsync(new StoreReviewData(store), settings.Out!, env.Time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        env.WriteRaw($"railwatch: report of {Plural(result.Yards, "yard")}, {Plural(result.AcceptedFlags, "accepted flag")} ({Plural(result.Thumbnails, "thumbnail")}) at {result.IndexPath}\n");
        return 0;
    }

    private static string Plural(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
}
