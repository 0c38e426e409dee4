using System.Globalization;

namespace RailWatch.Ingest.Xyz;

/// <summary>Fills a tile URL template: <c>{z}</c>, <c>{x}</c>, <c>{y}</c>, <c>{-y}</c> (TMS row), <c>{s}</c> (subdomain), <c>{api_key}</c>.</summary>
internal sealed class TileUrl(string template, IReadOnlyList<string> subdomains, bool tms)
{
    public string Template => template;

    /// <summary>The URL of one tile; <paramref name="apiKey"/> replaces <c>{api_key}</c> (pass null for a loggable, secret-free form).</summary>
    public string For(int z, int x, int y, string? apiKey)
    {
        var n = (1 << z) - 1;
        var row = tms ? n - y : y;
        var s = subdomains.Count == 0 ? "" : subdomains[(x + y) % subdomains.Count];
        return template
            .Replace("{z}", z.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{x}", x.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{-y}", (n - y).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{y}", row.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{s}", s, StringComparison.Ordinal)
            .Replace("{api_key}", apiKey is null ? "{api_key}" : Uri.EscapeDataString(apiKey), StringComparison.Ordinal);
    }
}
