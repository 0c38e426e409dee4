using System.Text.Json;
using System.Text.Json.Nodes;
using Parquet;
using Parquet.Schema;
using RailWatch.Core.Geometry;

namespace RailWatch.Export;

/// <summary>
/// GeoParquet 1.1: the table's columns plus a WKB <c>geometry</c> column (the yard centroid as a Point, WGS84
/// longitude/latitude, so the default CRS OGC:CRS84 applies) and the <c>geo</c> file metadata that describes it.
/// Times are UTC timestamps in milliseconds.
/// </summary>
public static class GeoParquetExport
{
    public const string GeometryColumn = "geometry";

    public static async Task WriteAsync(ExportTable table, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(table);
        var fields = table.Columns.Select(Field).ToList();
        var geometry = new DataField<byte[]>(GeometryColumn, true);
        var schema = new ParquetSchema([.. fields, geometry]);
        await using var writer = await ParquetWriter.CreateAsync(schema, output, cancellationToken: cancellationToken).ConfigureAwait(false);
        writer.CustomMetadata = new Dictionary<string, string> { ["geo"] = GeoMetadata(table) };
        using (var group = writer.CreateRowGroup())
        {
            for (var i = 0; i < table.Columns.Count; i++)
            {
                var column = i;
                var values = table.Rows.Select(r => r.Values[column]).ToList();
                switch (table.Columns[i].Type)
                {
                    case ColumnType.Text:
                        await group.WriteAsync(fields[i], values.Select(v => v?.ToString()).ToList()).ConfigureAwait(false);
                        break;
                    case ColumnType.Integer:
                        await group.WriteAsync<long>(fields[i], values.Select(v => v is null ? (long?)null : Convert.ToInt64(v, System.Globalization.CultureInfo.InvariantCulture)).ToArray(), cancellationToken: cancellationToken).ConfigureAwait(false);
                        break;
                    case ColumnType.Real:
                        await group.WriteAsync<double>(fields[i], values.Select(v => v is null ? (double?)null : Convert.ToDouble(v, System.Globalization.CultureInfo.InvariantCulture)).ToArray(), cancellationToken: cancellationToken).ConfigureAwait(false);
                        break;
                    case ColumnType.Timestamp:
                        await group.WriteAsync<DateTime>(fields[i], values.Select(v => v is DateTimeOffset t ? t.UtcDateTime : (DateTime?)null).ToArray(), cancellationToken: cancellationToken).ConfigureAwait(false);
                        break;
                    default:
                        throw new InvalidOperationException($"column {table.Columns[i].Name}: unknown type");
                }
            }

            await group.WriteAsync(geometry, table.Rows.Select(r => r.Location is { } p ? Wkb.Point(p) : null).ToList()).ConfigureAwait(false);
        }
    }

    /// <summary>The <c>geo</c> metadata JSON (GeoParquet 1.1.0).</summary>
    public static string GeoMetadata(ExportTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var column = new JsonObject
        {
            ["encoding"] = "WKB",
            ["geometry_types"] = new JsonArray("Point"),
        };
        var points = table.Rows.Where(r => r.Location is not null).Select(r => r.Location!.Value).ToList();
        if (points.Count > 0)
        {
            var b = GeoBounds.Of(points);
            column["bbox"] = new JsonArray(b.MinLon, b.MinLat, b.MaxLon, b.MaxLat);
        }

        var geo = new JsonObject
        {
            ["version"] = "1.1.0",
            ["primary_column"] = GeometryColumn,
            ["columns"] = new JsonObject { [GeometryColumn] = column },
        };
        return geo.ToJsonString(new JsonSerializerOptions { WriteIndented = false });
    }

    private static DataField Field(ExportColumn c) => c.Type switch
    {
        ColumnType.Text => new DataField<string>(c.Name, true),
        ColumnType.Integer => new DataField<long?>(c.Name),
        ColumnType.Real => new DataField<double?>(c.Name),
        ColumnType.Timestamp => new DateTimeDataField(c.Name, DateTimeFormat.Timestamp, isAdjustedToUTC: true, unit: DateTimeTimeUnit.Millis, isNullable: true),
        _ => throw new InvalidOperationException($"column {c.Name}: unknown type"),
    };
}
