using RailWatch.Core.Geometry;
using RailWatch.Export;
using RailWatch.Store;
using RailWatch.Web.Model;

namespace RailWatch.Web.Export;

/// <summary>The two exported tables. Each row is located at its yard's centroid (WGS84).</summary>
public static class ExportTables
{
    public static IReadOnlyList<ExportColumn> ObservationColumns { get; } =
    [
        new("yard", ColumnType.Text),
        new("provider", ColumnType.Text),
        new("scene_id", ColumnType.Text),
        new("acquired", ColumnType.Timestamp),
        new("track", ColumnType.Text),
        new("count", ColumnType.Integer),
        new("low", ColumnType.Integer),
        new("high", ColumnType.Integer),
        new("observed_fraction", ColumnType.Real),
        new("gsd_m", ColumnType.Real),
        new("sensor", ColumnType.Text),
        new("algorithm", ColumnType.Text),
        new("model_version", ColumnType.Text),
        new("corrected_count", ColumnType.Integer),
    ];

    public static IReadOnlyList<ExportColumn> FlagColumns { get; } =
    [
        new("id", ColumnType.Integer),
        new("yard", ColumnType.Text),
        new("acquired", ColumnType.Timestamp),
        new("count", ColumnType.Integer),
        new("expected", ColumnType.Real),
        new("upper", ColumnType.Real),
        new("p_value", ColumnType.Real),
        new("kind", ColumnType.Text),
        new("method", ColumnType.Text),
        new("reason", ColumnType.Text),
        new("status", ColumnType.Text),
        new("severity", ColumnType.Real),
        new("provider", ColumnType.Text),
        new("scene_id", ColumnType.Text),
        new("gsd_m", ColumnType.Real),
        new("cloud_pct", ColumnType.Real),
        new("corrected_count", ColumnType.Integer),
        new("reviewer", ColumnType.Text),
        new("decided_at", ColumnType.Timestamp),
        new("note", ColumnType.Text),
    ];

    /// <summary>Per-track counts and yard totals (track "*"), in the store's stable order.</summary>
    public static ExportTable Observations(IReviewData data, DateTimeOffset? since = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        var places = Centroids(data);
        var rows = data.Observations(since).Select(o => new ExportRow(
            [o.Yard, o.Provider, o.SceneId, o.Acquired, o.Track, o.Count, o.Low, o.High, o.ObservedFraction, o.GsdMetres,
             o.Sensor, o.Algorithm, o.ModelVersion, o.CorrectedCount],
            Place(places, o.Yard))).ToList();
        return new ExportTable("observations", ObservationColumns, rows);
    }

    /// <summary>Flags with their status and latest decision, by yard then date.</summary>
    public static ExportTable Flags(IReviewData data, DateTimeOffset? since = null, FlagStatus? status = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        var places = Centroids(data);
        var rows = data.Flags(null, status, since).OrderBy(f => f.YardId, StringComparer.Ordinal).ThenBy(f => f.Flag.Acquired).ThenBy(f => f.Id)
            .Select(f =>
            {
                var latest = data.Reviews(f.Id).OrderBy(r => r.DecidedAt).LastOrDefault();
                return new ExportRow(
                    [f.Id, f.YardId, f.Flag.Acquired, f.Flag.Count, f.Flag.Expected, f.Flag.Upper, f.Flag.PValue,
                     f.Flag.Kind.ToString().ToLowerInvariant(), f.Flag.Method, f.Flag.Reason, f.Status.ToName(), f.Severity,
                     f.Scene?.Provider, f.Scene?.SceneId, f.Scene?.GsdMetres, f.Scene?.CloudCoverPercent, f.CorrectedCount,
                     latest?.Reviewer, latest?.DecidedAt, latest?.Note],
                    Place(places, f.YardId));
            }).ToList();
        return new ExportTable("flags", FlagColumns, rows);
    }

    private static Dictionary<string, GeoPoint?> Centroids(IReviewData data) =>
        data.Yards().ToDictionary(y => y.Id, y => y.Polygon.Count > 0 ? y.Centroid : (GeoPoint?)null, StringComparer.Ordinal);

    private static GeoPoint? Place(Dictionary<string, GeoPoint?> places, string yard) =>
        places.TryGetValue(yard, out var p) ? p : null;
}
