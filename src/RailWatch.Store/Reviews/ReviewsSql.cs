using Microsoft.Data.Sqlite;
using RailWatch.Core.Errors;
using RailWatch.Core.Flags;

namespace RailWatch.Store;

internal static class ReviewsSql
{
    private const string InsertSql = """
        INSERT INTO reviews (flag_id, decision, reviewer, decided_at, note, corrected_count)
        VALUES ($flag, $decision, $reviewer, $at, $note, $corrected)
        RETURNING id
        """;

    private const string ListSql = """
        SELECT flag_id, decision, reviewer, decided_at, note, corrected_count
        FROM reviews WHERE flag_id = $flag
        ORDER BY decided_at, id
        """;

    public static long Save(SqliteConnection c, Review review)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(review.Reviewer);
        if (review.CorrectedCount is < 0)
        {
            throw new ArgumentException($"corrected count {review.CorrectedCount} is negative", nameof(review));
        }

        using var t = c.BeginTransaction(deferred: false);
        if (Db.Scalar(c, t, "SELECT 1 FROM flags WHERE id = $id", ("$id", review.FlagId)) is null)
        {
            throw new UsageException($"flag {review.FlagId} does not exist");
        }

        var id = (long)Db.Scalar(c, t, InsertSql, ("$flag", review.FlagId), ("$decision", SqlText.Decision(review.Decision)),
            ("$reviewer", review.Reviewer), ("$at", StoreTime.ToText(review.DecidedAt)), ("$note", review.Note), ("$corrected", review.CorrectedCount))!;
        t.Commit();
        return id;
    }

    public static IReadOnlyList<Review> List(SqliteConnection c, long flagId) =>
        Db.Query(c, null, ListSql, r => new Review(r.GetInt64(0), SqlText.ParseDecision(r.GetString(1)), r.GetString(2), r.Time(3))
        {
            Note = r.NullableString(4),
            CorrectedCount = r.NullableInt(5),
        }, ("$flag", flagId));
}
