using System.Globalization;
using RailWatch.Store;

namespace RailWatch.Cli.Commands.Listing;

/// <summary>A flag as JSON: the fields of the detector's output plus its review status and scene.</summary>
internal sealed record FlagJson(
    string Yard,
    string Acquired,
    int Count,
    double Expected,
    double Upper,
    double PValue,
    string Kind,
    string Method,
    string Reason,
    string Status,
    double Severity,
    string Provider,
    string SceneId,
    string? Sensor,
    double? GsdM,
    double? CloudPct,
    int? CorrectedCount)
{
    public static FlagJson From(FlagRow r) => new(
        r.YardId,
        r.Acquired.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
        r.Count,
        Math.Round(r.Expected, 3),
        Math.Round(r.Upper, 3),
        r.PValue,
        r.Kind.ToString().ToLowerInvariant(),
        r.Method,
        r.Reason,
        StoreListing.StatusName(r.Status),
        Math.Round(r.Severity, 3),
        r.Provider,
        r.SceneId,
        r.Sensor,
        r.GsdMetres,
        r.CloudCoverPercent,
        r.CorrectedCount);
}
