using System.Globalization;
using System.Text;
using RailWatch.Core.Errors;
using RailWatch.Core.Flags;
using RailWatch.Core.Text;

namespace RailWatch.Stats.Io;

/// <summary>
/// Reads a count series CSV: <c>yard,acquired,count[,low,high,observed_fraction,source]</c> with a header line naming
/// the columns (any order; the three first are required). <c>source</c> names the kind of look a count came from (a
/// sensor, a resolution class); empty means none. <c>acquired</c> is ISO 8601 (a date, or a date and time
/// with an offset or Z; without an offset it is UTC). An empty count (or NA, NaN, null, None) means "not observed".
/// A count written as a decimal with a zero fraction (18.0) is read as the whole number. Any malformed row,
/// negative count, unparsable date or duplicate (yard, acquired) throws <see cref="BadDataException"/> naming
/// the file and line, as does a byte that is not UTF-8 (a UTF-8 BOM is fine); nothing is returned in part.
/// </summary>
public static class CountSeriesCsv
{
    private static readonly string[] Required = ["yard", "acquired", "count"];
    private static readonly string[] Optional = ["low", "high", "observed_fraction", "source"];

    private static readonly HashSet<string> MissingMarkers = new(["NA", "NaN", "null", "None"], StringComparer.OrdinalIgnoreCase);

    private static readonly string[] DateFormats =
    [
        "yyyy-MM-dd", "yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm:ss.FFFFFFF",
        "yyyy-MM-ddTHH:mmK", "yyyy-MM-ddTHH:mm:ssK", "yyyy-MM-ddTHH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm:ssK", "yyyy-MM-dd HH:mm:ss.FFFFFFFK",
    ];

    public static IReadOnlyList<CountObservation> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new UsageException(Directory.Exists(path) ? $"{path}: a folder, not a series CSV file" : $"{path}: file not found");
        }

        var fileName = Path.GetFileName(path);
        var text = StrictUtf8.ReadFile(path, fileName, "the file", (message, inner) => new BadDataException(message, inner));

        using var reader = new StringReader(text);
        return Parse(reader, fileName);
    }

    public static IReadOnlyList<CountObservation> Parse(TextReader reader, string fileName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var lineNumber = 0;
        string? line;
        int[]? columns = null;
        var width = 0;
        var result = new List<CountObservation>();
        var seen = new Dictionary<(string, long), int>();
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var where = $"{fileName}:{lineNumber}";
            var fields = Split(line, where);
            if (columns is null)
            {
                columns = Header(fields, where);
                width = fields.Count;
                continue;
            }

            if (fields.Count != width)
            {
                throw new BadDataException($"{where}: row has {fields.Count} fields, the header has {width}");
            }

            var observation = Row(fields, columns, where);
            var key = (observation.YardId, observation.Acquired.UtcTicks);
            if (seen.TryGetValue(key, out var first))
            {
                throw new BadDataException(
                    $"{where}: duplicate observation of yard \"{observation.YardId}\" at {UtcTime.Format(observation.Acquired)} (first on line {first})");
            }

            seen.Add(key, lineNumber);
            result.Add(observation);
        }

        if (columns is null)
        {
            throw new BadDataException($"{fileName}: empty file, expected a header yard,acquired,count[,low,high,observed_fraction,source]");
        }

        return result;
    }

    private static int[] Header(List<string> fields, string where)
    {
        var names = fields.ConvertAll(f => f.Trim().ToLowerInvariant());
        var all = Required.Concat(Optional).ToArray();
        var columns = new int[all.Length];
        for (var i = 0; i < all.Length; i++)
        {
            columns[i] = names.IndexOf(all[i]);
            if (columns[i] < 0 && i < Required.Length)
            {
                throw new BadDataException(
                    $"{where}: header lacks the column \"{all[i]}\" (expected yard,acquired,count[,low,high,observed_fraction,source])");
            }
        }

        var unknown = names.FirstOrDefault(n => !all.Contains(n));
        if (unknown is not null)
        {
            throw new BadDataException($"{where}: unknown column \"{unknown}\" (expected yard,acquired,count[,low,high,observed_fraction,source])");
        }

        var twice = names.GroupBy(n => n).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null)
        {
            throw new BadDataException($"{where}: the column \"{twice.Key}\" is named twice in the header");
        }

        return columns;
    }

    private static CountObservation Row(List<string> fields, int[] columns, string where)
    {
        string Field(int i) => columns[i] < 0 ? string.Empty : fields[columns[i]].Trim();

        var yard = Field(0);
        if (yard.Length == 0)
        {
            throw new BadDataException($"{where}: yard is empty");
        }

        var acquiredText = Field(1);
        if (!DateTimeOffset.TryParseExact(
            acquiredText, DateFormats, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var acquired))
        {
            throw new BadDataException($"{where}: acquired \"{acquiredText}\" is not an ISO 8601 date or time");
        }

        var count = Count(Field(2), "count", where);
        var low = Count(Field(3), "low", where);
        var high = Count(Field(4), "high", where);
        var fractionText = Field(5);
        var fraction = 1.0;
        if (fractionText.Length > 0)
        {
            if (!double.TryParse(fractionText, NumberStyles.Float, CultureInfo.InvariantCulture, out fraction) || double.IsNaN(fraction))
            {
                throw new BadDataException($"{where}: observed_fraction \"{fractionText}\" is not a number");
            }

            if (fraction is <= 0 or > 1)
            {
                throw new BadDataException($"{where}: observed_fraction \"{fractionText}\" is not in (0, 1]");
            }
        }

        if (low is not null && high is not null && low > high)
        {
            throw new BadDataException($"{where}: low {low} is above high {high}");
        }

        if (count is not null && ((low is not null && low > count) || (high is not null && high < count)))
        {
            throw new BadDataException($"{where}: count {count} is outside its interval [{low?.ToString(CultureInfo.InvariantCulture) ?? "?"}, {high?.ToString(CultureInfo.InvariantCulture) ?? "?"}]");
        }

        var source = Field(6);
        return new CountObservation(yard, acquired, count) { Low = low, High = high, ObservedFraction = fraction, Source = source.Length == 0 ? null : source };
    }

    /// <summary>
    /// A whole number, or null for a value not observed: an empty field, or the missing-value markers R and pandas
    /// write (<c>NA</c>, <c>NaN</c>, <c>null</c>, <c>None</c>). A whole number written with a zero fraction
    /// (<c>18.0</c>, as pandas writes an integer column holding missing values) is accepted.
    /// </summary>
    private static int? Count(string text, string name, string where)
    {
        if (text.Length == 0 || MissingMarkers.Contains(text))
        {
            return null;
        }

        if (!long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            if (!decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
                || number != decimal.Truncate(number)
                || number is > long.MaxValue or < long.MinValue)
            {
                throw new BadDataException($"{where}: {name} \"{text}\" is not a whole number");
            }

            value = (long)number;
        }

        return value switch
        {
            < 0 => throw new BadDataException($"{where}: {name} \"{text}\" is negative"),
            > 1_000_000 => throw new BadDataException($"{where}: {name} \"{text}\" is implausibly large"),
            _ => (int)value,
        };
    }

    /// <summary>Splits one CSV line (RFC 4180 quoting, no line breaks inside fields).</summary>
    private static List<string> Split(string line, string where)
    {
        var fields = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
        var wasQuoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var ch = line[i];
            if (quoted)
            {
                if (ch == '"')
                {
                    if (i + 1 < line.Length && line[i + 1] == '"')
                    {
                        current.Append('"');
                        i++;
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else
                {
                    current.Append(ch);
                }
            }
            else if (ch == ',')
            {
                fields.Add(current.ToString());
                current.Clear();
                wasQuoted = false;
            }
            else if (ch == '"' && current.ToString().Trim().Length == 0 && !wasQuoted)
            {
                quoted = true;
                wasQuoted = true;
                current.Clear();
            }
            else
            {
                current.Append(ch);
            }
        }

        if (quoted)
        {
            throw new BadDataException($"{where}: unterminated quoted field");
        }

        fields.Add(current.ToString());
        return fields;
    }
}
