using Microsoft.Data.Sqlite;
using RailWatch.Core.Scenes;

namespace RailWatch.Store;

internal static class ScenesSql
{
    public const string SceneColumns = "s.provider, s.scene_id, s.acquired, s.href, s.sensor, s.gsd_m, s.cloud_pct, s.source";

    private const string HasSql = """
        SELECT 1 FROM observations o JOIN scenes s ON s.id = o.scene_ref
        WHERE o.yard_id = $yard AND s.provider = $provider AND s.scene_id = $scene
        """;

    private const string InsertSql = """
        INSERT INTO scenes (provider, scene_id, acquired, href, sensor, gsd_m, cloud_pct, cloud_mask_href, source)
        VALUES ($provider, $scene, $acquired, $href, $sensor, $gsd, $cloud, $mask, $source)
        ON CONFLICT (provider, scene_id) DO NOTHING
        """;

    private const string IdSql = "SELECT id FROM scenes WHERE provider = $provider AND scene_id = $scene";

    private const string RecordFailureSql = """
        INSERT INTO scene_failures (yard_id, provider, scene_id, acquired, href, sensor, gsd_m, cloud_pct, cloud_mask_href, source,
            error, attempts, first_run_id, last_run_id)
        VALUES ($yard, $provider, $scene, $acquired, $href, $sensor, $gsd, $cloud, $mask, $source, $error, 1, $run, $run)
        ON CONFLICT (yard_id, provider, scene_id) DO UPDATE SET
            acquired = excluded.acquired, href = excluded.href, sensor = excluded.sensor, gsd_m = excluded.gsd_m,
            cloud_pct = excluded.cloud_pct, cloud_mask_href = excluded.cloud_mask_href, source = excluded.source,
            error = excluded.error, attempts = attempts + 1, last_run_id = excluded.last_run_id
        """;

    private const string FailuresSql = """
        SELECT yard_id, provider, scene_id, acquired, href, sensor, gsd_m, cloud_pct, cloud_mask_href, source,
            error, attempts, first_run_id, last_run_id
        FROM scene_failures
        ORDER BY yard_id, acquired, provider, scene_id
        """;

    public const string ClearFailureSql = "DELETE FROM scene_failures WHERE yard_id = $yard AND provider = $provider AND scene_id = $scene";

    public static bool HasObservation(SqliteConnection c, string yardId, string provider, string sceneId) =>
        HasObservation(c, null, yardId, provider, sceneId);

    public static bool HasObservation(SqliteConnection c, SqliteTransaction? t, string yardId, string provider, string sceneId) =>
        Db.Scalar(c, t, HasSql, ("$yard", yardId), ("$provider", provider), ("$scene", sceneId)) is not null;

    /// <summary>Inserts the scene unless the provider's scene id is already stored (first metadata wins); returns its row id.</summary>
    public static long Ensure(SqliteConnection c, SqliteTransaction t, SceneRef scene)
    {
        Db.Execute(c, t, InsertSql, SceneParameters(scene));
        return (long)Db.Scalar(c, t, IdSql, ("$provider", scene.Provider), ("$scene", scene.SceneId))!;
    }

    public static void RecordFailure(SqliteConnection c, string yardId, SceneRef scene, string error, long runId)
    {
        using var t = c.BeginTransaction(deferred: false);
        YardsSql.RequireExists(c, t, yardId);
        RunsSql.RequireExists(c, t, runId);
        if (HasObservation(c, t, yardId, scene.Provider, scene.SceneId))
        {
            // Already stored by an earlier attempt: a later failure of the same scene changes nothing.
            return;
        }

        Db.Execute(c, t, RecordFailureSql, [.. SceneParameters(scene), ("$yard", yardId), ("$error", error), ("$run", runId)]);
        t.Commit();
    }

    public static IReadOnlyList<SceneFailureRow> Failures(SqliteConnection c) =>
        Db.Query(c, null, FailuresSql, r => new SceneFailureRow(
            r.GetString(0),
            new SceneRef(r.GetString(1), r.GetString(2), r.Time(3), r.GetString(4))
            {
                Sensor = r.NullableString(5),
                GsdMetres = r.NullableDouble(6),
                CloudCoverPercent = r.NullableDouble(7),
                CloudMaskHref = r.NullableString(8),
                Source = r.NullableString(9),
            },
            r.GetString(10),
            r.GetInt32(11),
            r.GetInt64(12),
            r.GetInt64(13)));

    /// <summary>Reads <see cref="SceneColumns"/> starting at column <paramref name="at"/>.</summary>
    public static SceneRow ReadScene(SqliteDataReader r, int at) =>
        new(r.GetString(at), r.GetString(at + 1), r.Time(at + 2), r.GetString(at + 3))
        {
            Sensor = r.NullableString(at + 4),
            GsdMetres = r.NullableDouble(at + 5),
            CloudCoverPercent = r.NullableDouble(at + 6),
            Source = r.NullableString(at + 7),
        };

    private static (string, object?)[] SceneParameters(SceneRef scene) =>
    [
        ("$provider", scene.Provider), ("$scene", scene.SceneId), ("$acquired", StoreTime.ToText(scene.Acquired)), ("$href", scene.Href),
        ("$sensor", scene.Sensor), ("$gsd", scene.GsdMetres), ("$cloud", scene.CloudCoverPercent), ("$mask", scene.CloudMaskHref),
        ("$source", scene.Source),
    ];
}
