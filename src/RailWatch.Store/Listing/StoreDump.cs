using System.Text;
using Microsoft.Data.Sqlite;

namespace RailWatch.Store;

/// <summary>
/// The whole content of a store as text, every table sorted by its natural key, without row ids, run ids or run
/// times: two stores that hold the same yards, scenes, counts, chips, cars, baselines, flags, reviews and failures
/// dump the same bytes however they were filled (the crash-safety test compares a killed-and-resumed store with an
/// uninterrupted one this way).
/// </summary>
internal static class StoreDump
{
    private static readonly (string Name, string Sql)[] Sections =
    [
        ("yards", "SELECT id, name, description, geojson, track_count, source_path FROM yards ORDER BY id"),
        ("scenes", "SELECT provider, scene_id, acquired, href, sensor, gsd_m, cloud_pct, cloud_mask_href, source FROM scenes ORDER BY provider, scene_id"),
        ("observations", """
            SELECT o.yard_id, s.provider, s.scene_id, o.image, o.algorithm, o.model_version, o.gsd_m, o.shift_east_m, o.shift_north_m,
                o.observed_fraction, o.count, o.low, o.high
            FROM observations o JOIN scenes s ON s.id = o.scene_ref ORDER BY 1, 2, 3
            """),
        ("track_counts", """
            SELECT o.yard_id, s.provider, s.scene_id, t.track_id, t.count, t.low, t.high, t.observed_fraction
            FROM track_counts t JOIN observations o ON o.id = t.observation_id JOIN scenes s ON s.id = o.scene_ref ORDER BY 1, 2, 3, 4
            """),
        ("cars", """
            SELECT o.yard_id, s.provider, s.scene_id, c.seq, c.track_id, c.lon, c.lat, c.length_m, c.score, c.x_px, c.y_px, c.angle_deg, c.length_px
            FROM cars c JOIN observations o ON o.id = c.observation_id JOIN scenes s ON s.id = o.scene_ref ORDER BY 1, 2, 3, 4
            """),
        ("chips", """
            SELECT o.yard_id, s.provider, s.scene_id, ch.geotiff_path, ch.preview_path, ch.preview_width, ch.preview_height
            FROM chips ch JOIN observations o ON o.id = ch.observation_id JOIN scenes s ON s.id = o.scene_ref ORDER BY 1, 2, 3
            """),
        ("baselines", "SELECT yard_id, acquired, expected, lower, upper FROM baselines ORDER BY 1, 2"),
        ("flags", """
            SELECT f.yard_id, f.acquired, f.kind, f.count, f.expected, f.upper, f.p_value, f.method, f.reason, s.provider, s.scene_id
            FROM flags f JOIN observations o ON o.id = f.observation_id JOIN scenes s ON s.id = o.scene_ref ORDER BY 1, 2, 3
            """),
        ("reviews", """
            SELECT f.yard_id, f.acquired, f.kind, r.decided_at, r.decision, r.reviewer, r.note, r.corrected_count
            FROM reviews r JOIN flags f ON f.id = r.flag_id ORDER BY 1, 2, 3, 4, 5, 6, 7, 8
            """),
        ("scene_failures", """
            SELECT yard_id, provider, scene_id, acquired, href, sensor, gsd_m, cloud_pct, cloud_mask_href, source, error
            FROM scene_failures ORDER BY 1, 2, 3
            """),
    ];

    public static string Dump(SqliteConnection c)
    {
        var text = new StringBuilder();
        foreach (var (name, sql) in Sections)
        {
            text.Append("## ").Append(name).Append('\n');
            foreach (var fields in Db.Query(c, null, sql, Fields))
            {
                StoreListing.Line(text, fields);
            }
        }

        return text.ToString();
    }

    private static string?[] Fields(SqliteDataReader r)
    {
        var fields = new string?[r.FieldCount];
        for (var i = 0; i < fields.Length; i++)
        {
            fields[i] = r.GetValue(i) switch
            {
                DBNull => "\\N",
                double d => StoreListing.Number(d),
                long n => StoreListing.Number(n),
                string s => s,
                var other => Convert.ToString(other, System.Globalization.CultureInfo.InvariantCulture),
            };
        }

        return fields;
    }
}
