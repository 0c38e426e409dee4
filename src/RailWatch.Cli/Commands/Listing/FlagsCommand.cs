using RailWatch.Cli.Infrastructure;
using RailWatch.Store;
using Spectre.Console.Cli;

namespace RailWatch.Cli.Commands.Listing;

/// <summary><c>railwatch flags</c>: every flag with its status and scene, in a stable order with stable columns.</summary>
public sealed class FlagsCommand(CliEnvironment env) : Command<ListingSettings>
{
    public override int Execute(CommandContext context, ListingSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var path = settings.ResolveExistingStore();
        using var store = RailWatchStore.Open(path);
        var rows = store.Flags(new FlagQuery { YardId = YardFilter.Checked(store, settings.Yard, path) });
        if (settings.Format == "json")
        {
            env.WriteRaw(CliJson.Serialize(new { Flags = rows.Select(FlagJson.From) }));
        }
        else
        {
            env.WriteRaw(Csv.Write(StoreListing.FlagColumns, rows.Select(StoreListing.FlagFields)));
        }

        return 0;
    }
}
