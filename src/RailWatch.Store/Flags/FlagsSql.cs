using System.Text;
using Microsoft.Data.Sqlite;
using RailWatch.Core.Flags;

namespace RailWatch.Store;

internal static class FlagsSql
{
    /// <summary>Share of the yard that must have been visible for a scene to serve as a flag's baseline scene.</summary>
    public const double BaselineMinObservedFraction = 0.8;

    /// <summary>GSDs within this ratio of the flagged scene's count as "the same resolution" when choosing a baseline scene.</summary>
    public const double SameResolutionRatio = 1.25;

    private const string FindObservationSql = """
        SELECT o.id FROM observations o JOIN scenes s ON s.id = o.scene_ref
        WHERE o.yard_id = $yard AND s.acquired = $acquired
        ORDER BY (o.count = $count) DESC, s.provider, s.scene_id
        LIMIT 1
        """;

    private const string InsertSql = """
        INSERT INTO flags (yard_id, acquired, kind, count, expected, upper, p_value, method, reason, observation_id, run_id)
        VALUES ($yard, $acquired, $kind, $count, $expected, $upper, $p, $method, $reason, $observation, $run)
        ON CONFLICT (yard_id, acquired, kind) DO NOTHING
        """;

    private static readonly string ListSql = $"""
        SELECT * FROM (
            SELECT f.id, f.yard_id, f.acquired, f.count, f.expected, f.upper, f.p_value, f.kind, f.method, f.reason,
                COALESCE({SqlText.LatestDecision("f.id")}, 'open') AS status,
                s.provider, s.scene_id, s.sensor, COALESCE(s.gsd_m, o.gsd_m), s.cloud_pct, ch.id, {SqlText.CorrectedCount("o.id")},
                f.observation_id
            FROM flags f
                JOIN observations o ON o.id = f.observation_id
                JOIN scenes s ON s.id = o.scene_ref
                LEFT JOIN chips ch ON ch.observation_id = o.id)
        """;

    private const string ListOrder = " ORDER BY yard_id, acquired, kind";

    private static readonly string SceneOfObservationSql = $"SELECT {ScenesSql.SceneColumns} FROM observations o JOIN scenes s ON s.id = o.scene_ref WHERE o.id = $observation";

    private static readonly string BaselineCandidatesSql = $"""
        SELECT o.id, o.gsd_m, {ScenesSql.SceneColumns}
        FROM observations o JOIN scenes s ON s.id = o.scene_ref JOIN chips ch ON ch.observation_id = o.id
        WHERE o.yard_id = $yard AND s.acquired < $acquired AND o.observed_fraction >= {BaselineMinObservedFraction.ToString(System.Globalization.CultureInfo.InvariantCulture)}
            AND o.count IS NOT NULL
            AND NOT EXISTS (SELECT 1 FROM flags f WHERE f.observation_id = o.id)
        ORDER BY s.acquired DESC, s.provider, s.scene_id
        """;

    public static int Save(SqliteConnection c, IReadOnlyList<Flag> flags, long runId)
    {
        foreach (var f in flags)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(f.YardId);
            if (!double.IsFinite(f.Expected) || !double.IsFinite(f.Upper) || !(f.PValue is >= 0 and <= 1))
            {
                throw new ArgumentException($"flag of yard \"{f.YardId}\" at {StoreTime.ToText(f.Acquired)}: expected and upper must be finite and p in [0, 1]", nameof(flags));
            }
        }

        using var t = c.BeginTransaction(deferred: false);
        RunsSql.RequireExists(c, t, runId);
        var added = 0;
        foreach (var f in flags)
        {
            var acquired = StoreTime.ToText(f.Acquired);
            var observation = Db.Scalar(c, t, FindObservationSql, ("$yard", f.YardId), ("$acquired", acquired), ("$count", f.Count))
                ?? throw new InvalidOperationException($"flag of yard \"{f.YardId}\" at {acquired}: no observation of that yard at that time is stored");
            added += Db.Execute(c, t, InsertSql, ("$yard", f.YardId), ("$acquired", acquired), ("$kind", SqlText.Kind(f.Kind)), ("$count", f.Count),
                ("$expected", f.Expected), ("$upper", f.Upper), ("$p", f.PValue), ("$method", f.Method), ("$reason", f.Reason),
                ("$observation", observation), ("$run", runId));
        }

        t.Commit();
        return added;
    }

    public static IReadOnlyList<FlagRow> List(SqliteConnection c, FlagQuery query)
    {
        var clauses = new List<string>();
        var parameters = new List<(string, object?)>();
        if (query.YardId is not null)
        {
            clauses.Add("yard_id = $yard");
            parameters.Add(("$yard", query.YardId));
        }

        if (query.Status is { } status)
        {
            clauses.Add("status = $status");
            parameters.Add(("$status", SqlText.Status(status)));
        }

        if (query.Since is { } since)
        {
            clauses.Add("acquired >= $since");
            parameters.Add(("$since", StoreTime.ToText(since)));
        }

        var sql = new StringBuilder(ListSql);
        if (clauses.Count > 0)
        {
            sql.Append(" WHERE ").AppendJoin(" AND ", clauses);
        }

        sql.Append(ListOrder);
        return Db.Query(c, null, sql.ToString(), r => ReadRow(r).Row, [.. parameters]);
    }

    public static FlagDetail? Detail(SqliteConnection c, long flagId, string chipDirectory)
    {
        var found = Db.Query(c, null, ListSql + " WHERE id = $id", ReadRow, ("$id", flagId));
        if (found.Count == 0)
        {
            return null;
        }

        var (flag, observationId) = found[0];
        var scene = Db.Query(c, null, SceneOfObservationSql, r => ScenesSql.ReadScene(r, 0), ("$observation", observationId))[0];
        return new FlagDetail(flag, scene, ChipsSql.ForObservation(c, observationId, chipDirectory),
            ObservationsSql.ForObservation(c, observationId), ObservationsSql.Cars(c, observationId))
        {
            LatestReview = ReviewsSql.List(c, flagId).LastOrDefault(),
            BaselineScene = ChooseBaselineScene(c, flag, chipDirectory),
        };
    }

    private static BaselineScene? ChooseBaselineScene(SqliteConnection c, FlagRow flag, string chipDirectory)
    {
        var candidates = Db.Query(c, null, BaselineCandidatesSql, r => (Id: r.GetInt64(0), Gsd: r.GetDouble(1), Scene: ScenesSql.ReadScene(r, 2)),
            ("$yard", flag.YardId), ("$acquired", StoreTime.ToText(flag.Acquired)));
        if (candidates.Count == 0)
        {
            return null;
        }

        // Candidates come most recent first; keep that order among equals.
        var target = flag.GsdMetres ?? candidates[0].Gsd;
        static double Distance(double a, double b) => a > 0 && b > 0 ? Math.Abs(Math.Log(a / b)) : Math.Abs(a - b);
        var sameResolution = Math.Log(SameResolutionRatio) + 1e-12;
        var chosen = candidates.FirstOrDefault(x => Distance(x.Gsd, target) <= sameResolution);
        if (chosen.Scene is null)
        {
            chosen = candidates.Select((x, i) => (x, i)).OrderBy(p => Distance(p.x.Gsd, target)).ThenBy(p => p.i).First().x;
        }

        var chip = ChipsSql.ForObservation(c, chosen.Id, chipDirectory)!;
        var total = ObservationsSql.ForObservation(c, chosen.Id)[0];
        return new BaselineScene(chosen.Scene, chip, total);
    }

    private static (FlagRow Row, long ObservationId) ReadRow(SqliteDataReader r)
    {
        var p = r.GetDouble(6);
        var row = new FlagRow(
            r.GetInt64(0), r.GetString(1), r.Time(2), r.GetInt32(3), r.GetDouble(4), r.GetDouble(5), p, SqlText.ParseKind(r.GetString(7)),
            r.GetString(8), r.GetString(9), SqlText.ParseStatus(r.GetString(10)), Severity(p))
        {
            Provider = r.GetString(11),
            SceneId = r.GetString(12),
            Sensor = r.NullableString(13),
            GsdMetres = r.NullableDouble(14),
            CloudCoverPercent = r.NullableDouble(15),
            ChipId = r.NullableLong(16),
            CorrectedCount = r.NullableInt(17),
        };
        return (row, r.GetInt64(18));
    }

    /// <summary>−log10 p, with p clamped to [1e-300, 1] so a p of 0 still sorts first.</summary>
    public static double Severity(double p) => -Math.Log10(Math.Clamp(p, 1e-300, 1.0)) + 0.0;
}
