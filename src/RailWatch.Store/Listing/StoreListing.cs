using System.Globalization;
using System.Text;

namespace RailWatch.Store;

/// <summary>
/// Tab-separated text of the observation and flag listings: a header line, then one line per row, "\n" line ends,
/// invariant numbers (shortest round-trip), UTC ISO 8601 times, empty for null, and tab/newline/backslash escaped
/// as \t, \n, \\. No store ids, run ids or wall-clock times, so two stores with the same content print the same bytes.
/// </summary>
public static class StoreListing
{
    public static IReadOnlyList<string> ObservationColumns { get; } =
    [
        "yard", "provider", "scene_id", "acquired", "track", "count", "low", "high", "observed_fraction", "gsd_m", "sensor",
        "algorithm", "model_version", "corrected_count",
    ];

    public static IReadOnlyList<string> FlagColumns { get; } =
    [
        "yard", "acquired", "kind", "count", "expected", "upper", "p_value", "severity", "method", "reason", "status",
        "provider", "scene_id", "sensor", "gsd_m", "cloud_pct", "corrected_count",
    ];

    public static string ObservationsTsv(IEnumerable<ObservationRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var text = new StringBuilder();
        Line(text, ObservationColumns);
        foreach (var r in rows)
        {
            Line(text, ObservationFields(r));
        }

        return text.ToString();
    }

    public static string FlagsTsv(IEnumerable<FlagRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var text = new StringBuilder();
        Line(text, FlagColumns);
        foreach (var r in rows)
        {
            Line(text, FlagFields(r));
        }

        return text.ToString();
    }

    /// <summary>The fields of <see cref="ObservationColumns"/> for one row, as printed.</summary>
    public static IReadOnlyList<string> ObservationFields(ObservationRow r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return
        [
            r.YardId, r.Provider, r.SceneId, Time(r.Acquired), r.Track, Number(r.Count), Number(r.Low), Number(r.High),
            Number(r.ObservedFraction), Number(r.GsdMetres), r.Sensor ?? string.Empty, r.Algorithm, r.ModelVersion, Number(r.CorrectedCount),
        ];
    }

    /// <summary>The fields of <see cref="FlagColumns"/> for one row, as printed.</summary>
    public static IReadOnlyList<string> FlagFields(FlagRow r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return
        [
            r.YardId, Time(r.Acquired), SqlText.Kind(r.Kind), Number(r.Count), Number(r.Expected), Number(r.Upper), Number(r.PValue),
            Number(r.Severity), r.Method, r.Reason, SqlText.Status(r.Status), r.Provider, r.SceneId, r.Sensor ?? string.Empty,
            Number(r.GsdMetres), Number(r.CloudCoverPercent), Number(r.CorrectedCount),
        ];
    }

    /// <summary>The status as the listings and the <c>status</c> filter spell it (open, accepted, dismissed, needs_more_imagery).</summary>
    public static string StatusName(FlagStatus status) => SqlText.Status(status);

    /// <summary>Parses a status name as <see cref="StatusName"/> writes it; null when unknown.</summary>
    public static FlagStatus? ParseStatus(string text) => text switch
    {
        "open" => FlagStatus.Open,
        "accepted" => FlagStatus.Accepted,
        "dismissed" => FlagStatus.Dismissed,
        "needs_more_imagery" => FlagStatus.NeedsMoreImagery,
        _ => null,
    };

    internal static string Time(DateTimeOffset t) => StoreTime.ToText(t);

    internal static string Number(int? n) => n?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;

    internal static string Number(long? n) => n?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;

    internal static string Number(double? d) => d?.ToString("R", CultureInfo.InvariantCulture) ?? string.Empty;

    internal static void Line(StringBuilder text, IEnumerable<string?> fields)
    {
        var first = true;
        foreach (var f in fields)
        {
            if (!first)
            {
                text.Append('\t');
            }

            first = false;
            text.Append(Escape(f ?? string.Empty));
        }

        text.Append('\n');
    }

    private static string Escape(string s) =>
        s.AsSpan().IndexOfAny("\t\n\r\\") < 0 ? s : s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal)
            .Replace("\n", "\\n", StringComparison.Ordinal).Replace("\r", "\\r", StringComparison.Ordinal);
}
