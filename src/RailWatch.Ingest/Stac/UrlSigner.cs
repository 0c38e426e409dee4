using System.Collections.Concurrent;
using System.Globalization;
using RailWatch.Ingest.Config;
using RailWatch.Ingest.Http;

namespace RailWatch.Ingest.Stac;

/// <summary>
/// Signs asset URLs the Planetary Computer way. Token mode: GET <c>{url}/{account}/{container}</c> (the storage
/// account is the first label of the blob host, the container the first path segment) answers
/// <c>{"msft:expiry", "token"}</c>; the token becomes the href's query string and is reused until five minutes
/// before its expiry. Sign mode: GET <c>{url}?href=…</c> answers <c>{"msft:expiry", "href"}</c>, the signed URL.
/// </summary>
internal sealed class UrlSigner(SignOptions options, ResilientHttpClient http, TimeProvider time)
{
    private static readonly TimeSpan Slack = TimeSpan.FromMinutes(5);

    private readonly ConcurrentDictionary<string, (string Token, DateTimeOffset Expiry)> tokens = new(StringComparer.Ordinal);

    public async Task<string> SignAsync(string href, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(href, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
            || uri.Query.Contains("sig=", StringComparison.Ordinal))
        {
            return href;
        }

        if (options.Mode == SignMode.Sign)
        {
            var signUrl = new Uri($"{options.Url}{(options.Url.Query.Length > 0 ? "&" : "?")}href={Uri.EscapeDataString(href)}");
            using var doc = await http.SendJsonAsync(HttpMethod.Get, signUrl, null, null, cancellationToken).ConfigureAwait(false);
            return StacItemParser.Str(doc.RootElement, "href")
                ?? throw new SceneFetchException(http.Redactor.Redact($"{signUrl}: signing answer has no \"href\""));
        }

        var account = uri.Host.Split('.')[0];
        var container = uri.AbsolutePath.Trim('/').Split('/')[0];
        var key = $"{account}/{container}";
        if (!tokens.TryGetValue(key, out var cached) || cached.Expiry - Slack <= time.GetUtcNow())
        {
            var tokenUrl = new Uri($"{options.Url.ToString().TrimEnd('/')}/{Uri.EscapeDataString(account)}/{Uri.EscapeDataString(container)}");
            using var doc = await http.SendJsonAsync(HttpMethod.Get, tokenUrl, null, null, cancellationToken).ConfigureAwait(false);
            var token = StacItemParser.Str(doc.RootElement, "token")
                ?? throw new SceneFetchException(http.Redactor.Redact($"{tokenUrl}: token answer has no \"token\""));
            var expiry = StacItemParser.Str(doc.RootElement, "msft:expiry") is { } e
                && DateTimeOffset.TryParse(e, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t)
                ? t
                : time.GetUtcNow() + TimeSpan.FromMinutes(30);
            cached = (token.TrimStart('?'), expiry);
            tokens[key] = cached;
        }

        return uri.Query.Length > 1 ? $"{href}&{cached.Token}" : $"{href.TrimEnd('?')}?{cached.Token}";
    }
}
