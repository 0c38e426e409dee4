using Microsoft.Data.Sqlite;
using RailWatch.Core.Yards;

namespace RailWatch.Store;

internal static class YardsSql
{
    private const string UpsertSql = """
        INSERT INTO yards (id, name, description, geojson, track_count, source_path)
        VALUES ($id, $name, $description, $geojson, $tracks, $source)
        ON CONFLICT (id) DO UPDATE SET name = excluded.name, description = excluded.description,
            geojson = excluded.geojson, track_count = excluded.track_count, source_path = excluded.source_path
        """;

    private const string FindSql = "SELECT geojson, source_path, description FROM yards WHERE id = $id";

    private const string SummariesSql = """
        SELECT y.id, y.name, y.description, y.track_count,
            (SELECT COUNT(*) FROM observations o WHERE o.yard_id = y.id),
            (SELECT COUNT(*) FROM flags f WHERE f.yard_id = y.id AND NOT EXISTS (SELECT 1 FROM reviews r WHERE r.flag_id = f.id))
        FROM yards y
        ORDER BY y.id
        """;

    private static readonly string LastSql = $"""
        SELECT s.acquired, COALESCE({SqlText.CorrectedCount("o.id")}, o.count), s.provider, s.scene_id
        FROM observations o JOIN scenes s ON s.id = o.scene_ref
        WHERE o.yard_id = $yard
        ORDER BY s.acquired DESC, s.provider DESC, s.scene_id DESC
        LIMIT 1
        """;

    private const string ExistsSql = "SELECT 1 FROM yards WHERE id = $id";

    public static void Upsert(SqliteConnection c, Yard yard)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(yard.Id);
        Db.Execute(c, null, UpsertSql,
            ("$id", yard.Id), ("$name", yard.Name), ("$description", yard.Description), ("$geojson", YardFile.ToGeoJson(yard)),
            ("$tracks", yard.Tracks.Count), ("$source", yard.SourcePath));
    }

    public static Yard? Find(SqliteConnection c, string yardId)
    {
        var rows = Db.Query(c, null, FindSql, r => (GeoJson: r.GetString(0), Source: r.NullableString(1), Description: r.NullableString(2)), ("$id", yardId));
        if (rows.Count == 0)
        {
            return null;
        }

        var yard = YardFile.Parse(rows[0].GeoJson, $"store yard {yardId}");
        return yard with { SourcePath = rows[0].Source, Description = rows[0].Description };
    }

    public static IReadOnlyList<YardSummary> Summaries(SqliteConnection c)
    {
        var yards = Db.Query(c, null, SummariesSql, r => new YardSummary(r.GetString(0), r.GetString(1), r.NullableString(2), r.GetInt32(4), r.GetInt32(5))
        {
            TrackCount = r.GetInt32(3),
        });
        for (var i = 0; i < yards.Count; i++)
        {
            var last = Db.Query(c, null, LastSql, r => (Acquired: r.Time(0), Count: r.NullableInt(1), Provider: r.GetString(2), SceneId: r.GetString(3)), ("$yard", yards[i].YardId));
            if (last.Count == 1)
            {
                yards[i] = yards[i] with { LastAcquired = last[0].Acquired, LastCount = last[0].Count, LastProvider = last[0].Provider, LastSceneId = last[0].SceneId };
            }
        }

        return yards;
    }

    /// <summary>Throws a clear error when a write names a yard that was never upserted.</summary>
    public static void RequireExists(SqliteConnection c, SqliteTransaction? t, string yardId)
    {
        if (Db.Scalar(c, t, ExistsSql, ("$id", yardId)) is null)
        {
            throw new InvalidOperationException($"yard \"{yardId}\" is not in the store; call UpsertYard first");
        }
    }
}
