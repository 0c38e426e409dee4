using System.Text.Encodings.Web;
using System.Text.Json;

namespace RailWatch.Export;

/// <summary>An RFC 7946 FeatureCollection: one Point feature per row (its yard's centroid), columns as properties.</summary>
public static class GeoJsonExport
{
    public static void Write(ExportTable table, Stream output)
    {
        ArgumentNullException.ThrowIfNull(table);
        using var w = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        w.WriteStartObject();
        w.WriteString("type", "FeatureCollection");
        w.WriteString("name", table.Name);
        w.WriteStartArray("features");
        foreach (var row in table.Rows)
        {
            w.WriteStartObject();
            w.WriteString("type", "Feature");
            if (row.Location is { } p)
            {
                w.WriteStartObject("geometry");
                w.WriteString("type", "Point");
                w.WriteStartArray("coordinates");
                w.WriteNumberValue(Math.Round(p.Lon, 7));
                w.WriteNumberValue(Math.Round(p.Lat, 7));
                w.WriteEndArray();
                w.WriteEndObject();
            }
            else
            {
                w.WriteNull("geometry");
            }

            w.WriteStartObject("properties");
            for (var i = 0; i < table.Columns.Count; i++)
            {
                var name = table.Columns[i].Name;
                switch (row.Values[i])
                {
                    case null: w.WriteNull(name); break;
                    case int n: w.WriteNumber(name, n); break;
                    case long n: w.WriteNumber(name, n); break;
                    case double d when double.IsFinite(d): w.WriteNumber(name, d); break;
                    case double: w.WriteNull(name); break;
                    case DateTimeOffset t: w.WriteString(name, CsvExport.Cell(t, ColumnType.Timestamp)); break;
                    case var v: w.WriteString(name, Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture)); break;
                }
            }

            w.WriteEndObject();
            w.WriteEndObject();
            w.Flush();
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.Flush();
    }
}
