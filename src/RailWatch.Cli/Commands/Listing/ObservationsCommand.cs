using RailWatch.Cli.Infrastructure;
using RailWatch.Store;
using Spectre.Console.Cli;

namespace RailWatch.Cli.Commands.Listing;

/// <summary>
/// <c>railwatch observations</c>: every stored count, per track and the yard total (track "*"), in a stable order with
/// stable columns and no run ids or wall-clock times, so two stores with the same content print the same bytes.
/// </summary>
public sealed class ObservationsCommand(CliEnvironment env) : Command<ListingSettings>
{
    public override int Execute(CommandContext context, ListingSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var path = settings.ResolveExistingStore();
        using var store = RailWatchStore.Open(path);
        var rows = store.Observations(new ObservationQuery { YardId = YardFilter.Checked(store, settings.Yard, path) });
        if (settings.Format == "json")
        {
            env.WriteRaw(CliJson.Serialize(new
            {
                Observations = rows.Select(r => new
                {
                    Yard = r.YardId,
                    r.Provider,
                    r.SceneId,
                    Acquired = r.Acquired.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture),
                    r.Track,
                    r.Count,
                    r.Low,
                    r.High,
                    r.ObservedFraction,
                    GsdM = r.GsdMetres,
                    r.Sensor,
                    r.Algorithm,
                    r.ModelVersion,
                    r.CorrectedCount,
                }),
            }));
        }
        else
        {
            env.WriteRaw(Csv.Write(StoreListing.ObservationColumns, rows.Select(StoreListing.ObservationFields)));
        }

        return 0;
    }
}
