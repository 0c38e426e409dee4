using System.Globalization;
using System.Text;

namespace RailWatch.Export;

/// <summary>
/// RFC 4180 CSV with a header row: invariant numbers, UTC ISO 8601 times, empty for null. Text cells that a
/// spreadsheet would run as a formula (starting with = + - @ or a tab/CR) get a leading apostrophe.
/// </summary>
public static class CsvExport
{
    public static void Write(ExportTable table, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(output);
        output.Write(string.Join(',', table.Columns.Select(c => c.Name)));
        output.Write("\r\n");
        var line = new StringBuilder();
        foreach (var row in table.Rows)
        {
            line.Clear();
            for (var i = 0; i < table.Columns.Count; i++)
            {
                if (i > 0)
                {
                    line.Append(',');
                }

                line.Append(Cell(row.Values[i], table.Columns[i].Type));
            }

            output.Write(line.Append("\r\n"));
        }
    }

    internal static string Cell(object? value, ColumnType type)
    {
        switch (value)
        {
            case null:
                return string.Empty;
            case DateTimeOffset t:
                return t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
            case double d:
                return d.ToString("R", CultureInfo.InvariantCulture);
            case IFormattable f when type != ColumnType.Text:
                return f.ToString(null, CultureInfo.InvariantCulture);
            default:
                var s = Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty;
                if (s.Length > 0 && s[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
                {
                    s = "'" + s;
                }

                return s.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : s;
        }
    }
}
