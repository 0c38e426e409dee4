using System.Text;

namespace RailWatch.Cli.Commands.Listing;

/// <summary>
/// RFC 4180 CSV for the listings (`observations`, `flags`): a header, "\n" line ends, fields quoted only when they
/// need it, values exactly as stored. Listings are read by scripts, so unlike the spreadsheet export
/// (RailWatch.Web's <c>CsvExport</c>: CRLF, a leading apostrophe on cells a spreadsheet would run as a formula)
/// they never alter a value.
/// </summary>
internal static class Csv
{
    public static string Write(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        var text = new StringBuilder();
        Line(text, header);
        foreach (var row in rows)
        {
            Line(text, row);
        }

        return text.ToString();
    }

    private static void Line(StringBuilder text, IReadOnlyList<string> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                text.Append(',');
            }

            var f = fields[i];
            if (f.AsSpan().IndexOfAny(",\"\n\r") >= 0)
            {
                text.Append('"').Append(f.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            }
            else
            {
                text.Append(f);
            }
        }

        text.Append('\n');
    }
}
