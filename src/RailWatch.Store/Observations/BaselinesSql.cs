using Microsoft.Data.Sqlite;

namespace RailWatch.Store;

internal static class BaselinesSql
{
    private const string InsertSql = """
        INSERT OR REPLACE INTO baselines (yard_id, acquired, expected, lower, upper)
        VALUES ($yard, $acquired, $expected, $lower, $upper)
        """;

    private const string ListSql = "SELECT acquired, expected, lower, upper FROM baselines WHERE yard_id = $yard ORDER BY acquired";

    public static void Replace(SqliteConnection c, string yardId, IReadOnlyList<BaselineRow> rows)
    {
        foreach (var row in rows)
        {
            if (!string.Equals(row.YardId, yardId, StringComparison.Ordinal))
            {
                throw new ArgumentException($"baseline row of yard \"{row.YardId}\" given for yard \"{yardId}\"", nameof(rows));
            }

            if (!double.IsFinite(row.Expected) || !double.IsFinite(row.Lower) || !double.IsFinite(row.Upper))
            {
                throw new ArgumentException($"baseline of yard \"{yardId}\" at {StoreTime.ToText(row.Acquired)} is not finite", nameof(rows));
            }
        }

        using var t = c.BeginTransaction(deferred: false);
        YardsSql.RequireExists(c, t, yardId);
        Db.Execute(c, t, "DELETE FROM baselines WHERE yard_id = $yard", ("$yard", yardId));
        foreach (var row in rows)
        {
            Db.Execute(c, t, InsertSql, ("$yard", yardId), ("$acquired", StoreTime.ToText(row.Acquired)), ("$expected", row.Expected),
                ("$lower", row.Lower), ("$upper", row.Upper));
        }

        t.Commit();
    }

    public static IReadOnlyList<BaselineRow> List(SqliteConnection c, string yardId) =>
        Db.Query(c, null, ListSql, r => new BaselineRow(yardId, r.Time(0), r.GetDouble(1), r.GetDouble(2), r.GetDouble(3)), ("$yard", yardId));
}
