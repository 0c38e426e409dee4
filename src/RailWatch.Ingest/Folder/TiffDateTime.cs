using System.Globalization;

namespace RailWatch.Ingest.Folder;

/// <summary>The TIFF DateTime tag (306), <c>"YYYY:MM:DD HH:MM:SS"</c>; TIFF has no time zone, RailWatch takes it as UTC.</summary>
internal static class TiffDateTime
{
    public static DateTimeOffset? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        string[] formats = ["yyyy:MM:dd HH:mm:ss", "yyyy-MM-dd HH:mm:ss", "yyyy:MM:dd HH:mm:ss'Z'", "yyyy-MM-dd'T'HH:mm:ss'Z'", "yyyy-MM-dd'T'HH:mm:ss"];
        return DateTime.TryParseExact(text.Trim().TrimEnd('\0'), formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var t)
            ? new DateTimeOffset(t, TimeSpan.Zero)
            : null;
    }
}
