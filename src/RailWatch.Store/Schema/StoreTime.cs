using System.Globalization;

namespace RailWatch.Store;

/// <summary>Times are stored as UTC ISO 8601 text to the second, so text order is time order.</summary>
internal static class StoreTime
{
    public const string Format = "yyyy-MM-dd'T'HH:mm:ss'Z'";

    public static string ToText(DateTimeOffset time) => time.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture);

    public static DateTimeOffset Parse(string text) =>
        DateTimeOffset.ParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    /// <summary>The time as it reads back from the store (truncated to the second, UTC).</summary>
    public static DateTimeOffset Normalise(DateTimeOffset time) => Parse(ToText(time));
}
