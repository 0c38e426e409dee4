using System.Globalization;
using System.Text.Encodings.Web;

namespace RailWatch.Web.Pages;

/// <summary>Text to HTML: every value that reaches a page goes through <see cref="E"/>.</summary>
internal static class Html
{
    public static string E(string? text) => text is null ? string.Empty : HtmlEncoder.Default.Encode(text);

    public static string Num(double value, string format = "0.##") => value.ToString(format, CultureInfo.InvariantCulture);

    public static string Num(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "–";

    public static string Date(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    public static string Day(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Iso(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static string Interval(int? low, int? high) =>
        low is null || high is null ? "not observed" : $"{Num(low)}–{Num(high)}";

    public static string PValue(double p) => p < 0.0001 ? "< 0.0001" : Num(p, "0.0000");
}
