using System.Globalization;
using RailWatch.Cli.Infrastructure;
using RailWatch.Store;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RailWatch.Cli.Commands.Listing;

/// <summary><c>railwatch yards</c>: each yard with its last observation and its open flags.</summary>
public sealed class YardsCommand(CliEnvironment env) : Command<YardsCommand.Settings>
{
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        using var store = RailWatchStore.Open(settings.ResolveExistingStore());
        var yards = store.Yards().OrderBy(y => y.YardId, StringComparer.Ordinal).ToList();
        if (settings.Format == "json")
        {
            env.WriteRaw(CliJson.Serialize(new
            {
                Yards = yards.Select(y => new
                {
                    Yard = y.YardId,
                    y.Name,
                    Tracks = y.TrackCount,
                    y.Scenes,
                    y.OpenFlags,
                    LastAcquired = y.LastAcquired?.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
                    y.LastCount,
                    y.LastProvider,
                    y.LastSceneId,
                }),
            }));
            return 0;
        }

        var table = new Table().AddColumns("yard", "name", "tracks", "scenes", "last acquired", "last count", "open flags");
        foreach (var y in yards)
        {
            table.AddRow(
                Markup.Escape(y.YardId),
                Markup.Escape(y.Name),
                y.TrackCount.ToString(CultureInfo.InvariantCulture),
                y.Scenes.ToString(CultureInfo.InvariantCulture),
                y.LastAcquired?.UtcDateTime.ToString("yyyy-MM-dd HH:mm'Z'", CultureInfo.InvariantCulture) ?? "never",
                y.LastAcquired is null ? "-" : y.LastCount?.ToString(CultureInfo.InvariantCulture) ?? "not observed",
                y.OpenFlags > 0 ? $"[yellow]{y.OpenFlags}[/]" : "0");
        }

        env.Out.Write(table);
        return 0;
    }

    public sealed class Settings : StoreSettings
    {
        [CommandOption("--format <FORMAT>")]
        [System.ComponentModel.Description("text (default) or json.")]
        public string Format { get; init; } = "text";

        public override ValidationResult Validate() =>
            Format is "text" or "json" ? ValidationResult.Success() : ValidationResult.Error("--format must be text or json");
    }
}
