using System.Globalization;
using System.Text.RegularExpressions;

namespace RailWatch.Ingest.Folder;

/// <summary>
/// Acquisition time from a file name. The default recognises compact ISO basic times
/// (<c>…_20231005T023000Z_…</c>, <c>20231005T0230</c>) and extended dates or times (<c>…_2023-10-05…</c>,
/// <c>2023-10-05T02:30:00Z</c>), and plain <c>20231005</c> dates; all taken as UTC. A configured regex picks the text
/// (its named group <c>time</c>, else the whole match) and configured .NET formats parse it.
/// </summary>
internal sealed partial class FileNameTime
{
    private static readonly string[] DefaultFormats =
    [
        "yyyyMMdd'T'HHmmss'Z'", "yyyyMMdd'T'HHmmss", "yyyyMMdd'T'HHmm'Z'", "yyyyMMdd'T'HHmm",
        "yyyy-MM-dd'T'HH:mm:ss'Z'", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm'Z'", "yyyy-MM-dd'T'HH:mm",
        "yyyy-MM-dd'T'HHmmss'Z'", "yyyy-MM-dd'T'HHmmss", "yyyy-MM-dd", "yyyyMMdd",
    ];

    private readonly Regex regex;
    private readonly string[] formats;

    public FileNameTime(string? pattern, IReadOnlyList<string>? formats)
    {
        regex = pattern is null ? DefaultPattern() : new Regex(pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        this.formats = formats?.ToArray() ?? DefaultFormats;
    }

    /// <summary>The time in the file name (UTC), or null when none is found.</summary>
    public DateTimeOffset? Parse(string fileName)
    {
        foreach (Match match in regex.Matches(fileName))
        {
            var text = match.Groups["time"].Success ? match.Groups["time"].Value : match.Value;
            if (DateTime.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var t))
            {
                return new DateTimeOffset(t, TimeSpan.Zero);
            }
        }

        return null;
    }

    // Digits not glued to other digits, so "…_v220231005…" is not misread; the time part is optional.
    [GeneratedRegex(@"(?<!\d)(?<time>\d{8}T\d{4}(?:\d{2})?Z?|\d{4}-\d{2}-\d{2}(?:T\d{2}:?\d{2}(?::?\d{2})?Z?)?|(?:19|20)\d{6})(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex DefaultPattern();
}
