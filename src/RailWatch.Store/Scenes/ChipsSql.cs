using Microsoft.Data.Sqlite;

namespace RailWatch.Store;

internal static class ChipsSql
{
    public const string ChipColumns = "ch.id, o.yard_id, s.provider, s.scene_id, ch.geotiff_path, ch.preview_path, ch.preview_width, ch.preview_height";

    private const string FindSql = $"""
        SELECT {ChipColumns}
        FROM chips ch JOIN observations o ON o.id = ch.observation_id JOIN scenes s ON s.id = o.scene_ref
        WHERE ch.id = $id
        """;

    private const string InsertSql = """
        INSERT INTO chips (observation_id, geotiff_path, preview_path, preview_width, preview_height)
        VALUES ($observation, $tif, $png, $width, $height)
        """;

    public static ChipRow? Find(SqliteConnection c, long chipId, string chipDirectory) =>
        Db.Query(c, null, FindSql, r => Read(r, 0, chipDirectory), ("$id", chipId)).SingleOrDefault();

    public static ChipRow? ForObservation(SqliteConnection c, long observationId, string chipDirectory) =>
        Db.Query(c, null, FindSql.Replace("WHERE ch.id = $id", "WHERE ch.observation_id = $id", StringComparison.Ordinal), r => Read(r, 0, chipDirectory), ("$id", observationId)).SingleOrDefault();

    public static void Insert(SqliteConnection c, SqliteTransaction t, long observationId, ChipFiles chip) =>
        Db.Execute(c, t, InsertSql, ("$observation", observationId), ("$tif", chip.GeoTiffPath), ("$png", chip.PreviewPngPath),
            ("$width", chip.PreviewWidth), ("$height", chip.PreviewHeight));

    /// <summary>Reads <see cref="ChipColumns"/> from column <paramref name="at"/>.</summary>
    public static ChipRow Read(SqliteDataReader r, int at, string chipDirectory)
    {
        var tif = r.GetString(at + 4);
        var png = r.NullableString(at + 5);
        return new ChipRow(r.GetInt64(at), r.GetString(at + 1), r.GetString(at + 2), r.GetString(at + 3), tif, png, r.GetInt32(at + 6), r.GetInt32(at + 7))
        {
            GeoTiffFullPath = ChipPaths.ToFull(chipDirectory, tif) ?? throw new InvalidDataException($"chip {r.GetInt64(at)}: stored path {tif} lies outside the chip folder"),
            PreviewPngFullPath = png is null ? null : ChipPaths.ToFull(chipDirectory, png) ?? throw new InvalidDataException($"chip {r.GetInt64(at)}: stored path {png} lies outside the chip folder"),
        };
    }
}
