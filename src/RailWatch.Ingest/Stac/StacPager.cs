using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using RailWatch.Ingest.Http;

namespace RailWatch.Ingest.Stac;

/// <summary>
/// Runs a STAC item search page by page, following each page's <c>rel="next"</c> link exactly as the server gives
/// it: its method (GET when absent), href, headers, and for POST its body, merged into the previous body when the
/// link says <c>merge: true</c> (Earth Search's <c>next</c> token, Planetary Computer's <c>token</c>). Stops when a
/// page has no next link or no features, when <c>maxItems</c> items came back, or when a server repeats a request.
/// </summary>
internal sealed class StacPager(ResilientHttpClient http, string sourceName)
{
    public async IAsyncEnumerable<JsonElement> SearchAsync(Uri searchUrl, JsonObject firstBody, int maxItems, IProgress<string>? log, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var request = new PageRequest(HttpMethod.Post, searchUrl, firstBody, null);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var count = 0;
        var pages = 0;
        while (true)
        {
            if (!seen.Add(request.Key))
            {
                log?.Report(http.Redactor.Redact($"{sourceName}: the server's next link repeats an earlier request; stopping after {pages} pages"));
                yield break;
            }

            JsonElement root;
            using (var doc = await http.SendJsonAsync(request.Method, request.Url, request.Body, request.Headers, cancellationToken).ConfigureAwait(false))
            {
                root = doc.RootElement.Clone();
            }

            pages++;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("features", out var features) || features.ValueKind != JsonValueKind.Array)
            {
                throw new SceneFetchException(http.Redactor.Redact($"{sourceName}: {request.Url}: answer is not a GeoJSON FeatureCollection with a \"features\" array"));
            }

            if (features.GetArrayLength() == 0)
            {
                yield break;
            }

            foreach (var feature in features.EnumerateArray())
            {
                yield return feature;
                if (++count >= maxItems)
                {
                    yield break;
                }
            }

            var next = NextRequest(root, request);
            if (next is null)
            {
                yield break;
            }

            request = next;
        }
    }

    internal static PageRequest? NextRequest(JsonElement page, PageRequest previous)
    {
        if (!page.TryGetProperty("links", out var links) || links.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        foreach (var link in links.EnumerateArray())
        {
            if (StacItemParser.Str(link, "rel") != "next" || StacItemParser.Str(link, "href") is not { } href)
            {
                continue;
            }

            if (!Uri.TryCreate(previous.Url, href, out var url))
            {
                return null;
            }

            var method = (StacItemParser.Str(link, "method") ?? "GET").ToUpperInvariant() == "POST" ? HttpMethod.Post : HttpMethod.Get;
            Dictionary<string, string>? headers = null;
            if (link.TryGetProperty("headers", out var h) && h.ValueKind == JsonValueKind.Object)
            {
                headers = h.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.String)
                    .ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.OrdinalIgnoreCase);
            }

            if (method == HttpMethod.Get)
            {
                return new PageRequest(HttpMethod.Get, url, null, headers);
            }

            var linkBody = link.TryGetProperty("body", out var b) && b.ValueKind == JsonValueKind.Object ? JsonNode.Parse(b.GetRawText())!.AsObject() : null;
            var merge = link.TryGetProperty("merge", out var m) && m.ValueKind == JsonValueKind.True;
            JsonObject? body;
            if (linkBody is null)
            {
                body = previous.Body?.DeepClone().AsObject();
            }
            else if (merge && previous.Body is not null)
            {
                body = previous.Body.DeepClone().AsObject();
                foreach (var (key, value) in linkBody)
                {
                    body[key] = value?.DeepClone();
                }
            }
            else
            {
                body = linkBody;
            }

            return new PageRequest(HttpMethod.Post, url, body, headers);
        }

        return null;
    }

    internal sealed record PageRequest(HttpMethod Method, Uri Url, JsonObject? Body, IReadOnlyDictionary<string, string>? Headers)
    {
        public string Key => $"{Method} {Url} {Body?.ToJsonString()}";
    }
}
