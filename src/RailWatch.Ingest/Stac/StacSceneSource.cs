using System.Runtime.CompilerServices;
using System.Text.Json;
using RailWatch.Core.Errors;
using RailWatch.Core.Scenes;
using RailWatch.Core.Yards;
using RailWatch.Geo;
using RailWatch.Ingest.Chips;
using RailWatch.Ingest.Config;
using RailWatch.Ingest.Http;

namespace RailWatch.Ingest.Stac;

/// <summary>
/// Scenes from a STAC API: <c>POST {url}/search</c> with the yard's polygon, the query's time range, the collections
/// and the cloud-cover limit, paging through <c>next</c> links; each item's first preferred asset becomes the scene.
/// Chips are read from the asset through GDAL /vsicurl/ (only the yard window's blocks), after optional URL signing,
/// with the source's API key as a header, and masked by the item's cloud-mask asset where it has one.
/// </summary>
public sealed class StacSceneSource : ISceneSource, IDisposable
{
    private readonly StacSourceOptions options;
    private readonly IngestContext context;
    private readonly SourceCredentials credentials;
    private readonly ResilientHttpClient http;
    private readonly UrlSigner? signer;
    private readonly DownloadCache cache;

    public StacSceneSource(StacSourceOptions options, IngestContext context)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(context);
        this.options = options;
        this.context = context;
        credentials = new SourceCredentials(options.ApiKey, context);
        http = new ResilientHttpClient(options.Name, options.Http, context, credentials.Redactor, credentials.Headers, authorizeUrl: credentials.AddToUrl);
        signer = options.Sign is { } sign ? new UrlSigner(sign, http, context.Time) : null;
        cache = new DownloadCache(context.CacheDirectory, options.Name);
    }

    public string Name => options.Name;

    /// <summary>The search endpoint: <c>{url}/search</c>.</summary>
    public Uri SearchUrl => new($"{options.Url.GetLeftPart(UriPartial.Path).TrimEnd('/')}/search{options.Url.Query}");

    public async IAsyncEnumerable<SceneRef> FindScenesAsync(Yard yard, SceneQuery query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(yard);
        ArgumentNullException.ThrowIfNull(query);
        var body = StacSearchBody.Build(yard, query, options);
        var pager = new StacPager(http, Name);
        var provider = options.Url.Host;
        var scenes = new Dictionary<string, SceneRef>(StringComparer.Ordinal);
        await foreach (var feature in pager.SearchAsync(SearchUrl, body, options.MaxItems, context.Log, cancellationToken).ConfigureAwait(false))
        {
            if (ToScene(feature, yard, query, provider) is { } scene)
            {
                scenes.TryAdd(scene.SceneId, scene);
            }
        }

        // Servers return newest first; the job wants the series in time order.
        foreach (var scene in scenes.Values.OrderBy(s => s.Acquired).ThenBy(s => s.SceneId, StringComparer.Ordinal))
        {
            yield return scene;
        }
    }

    public Task<ChipResult> FetchChipAsync(SceneRef scene, Yard yard, string chipPath, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scene);
        ArgumentNullException.ThrowIfNull(yard);
        ArgumentNullException.ThrowIfNull(chipPath);
        return FetchAsync(scene, yard, chipPath, cancellationToken);
    }

    public void Dispose() => http.Dispose();

    /// <summary>The scene for one search result, or null (with the reason logged) when it does not qualify.</summary>
    internal SceneRef? ToScene(JsonElement feature, Yard yard, SceneQuery query, string provider)
    {
        StacItem item;
        try
        {
            item = StacItemParser.Parse(feature, SearchUrl);
        }
        catch (FormatException e)
        {
            Log($"{Name}: skipping a search result: {e.Message}");
            return null;
        }

        if (!query.Contains(item.Acquired) || !StacItemParser.Intersects(item, yard.Bounds))
        {
            return null;
        }

        if (options.MaxCloudCover is { } max && item.CloudCoverPercent > max)
        {
            return null;
        }

        if (item.FindAsset(options.Assets) is not { } chosen)
        {
            Log($"{Name}: skipping item {item.Id}: none of the assets {string.Join(", ", options.Assets)} (it has {string.Join(", ", item.Assets.Keys)})");
            return null;
        }

        var mask = options.CloudMaskAsset is { } maskKey ? item.FindAsset([maskKey]) : null;
        return new SceneRef(provider, item.Id, item.Acquired, chosen.Asset.Href)
        {
            Sensor = item.Sensor,
            GsdMetres = chosen.Asset.Gsd ?? item.Gsd,
            CloudCoverPercent = item.CloudCoverPercent,
            CloudMaskHref = mask?.Asset.Href,
            Source = Name,
        };
    }

    /// <summary>How /vsicurl/ (or /vsis3/) reads of one asset are fetched: the source's HTTP settings and API key header.</summary>
    internal RemoteAccess RemoteAccessFor(string url)
    {
        var path = Uri.TryCreate(url, UriKind.Absolute, out var u) ? u.AbsolutePath : url;
        var ext = Path.GetExtension(path);
        var allowed = new List<string> { ".tif", ".tiff", ".TIF", ".TIFF", ".jp2", ".JP2" };
        if (ext.Length > 1 && !allowed.Contains(ext))
        {
            allowed.Add(ext);
        }

        return new RemoteAccess
        {
            MaxRetries = options.Http.MaxRetries,
            RetryDelay = options.Http.RetryBaseDelay,
            Timeout = options.Http.Timeout,
            UserAgent = options.Http.UserAgent,
            Headers = credentials.Headers,

            // Without an extension in the path GDAL must be allowed to read whatever the URL is.
            AllowedExtensions = ext.Length > 1 ? allowed : null,
        };
    }

    private async Task<ChipResult> FetchAsync(SceneRef scene, Yard yard, string chipPath, CancellationToken cancellationToken)
    {
        var image = await ResolveAsync(scene.Href, cancellationToken).ConfigureAwait(false);
        var mask = scene.CloudMaskHref is { } maskHref ? await ResolveAsync(maskHref, cancellationToken).ConfigureAwait(false) : null;
        return await Task.Run(
            () =>
            {
                try
                {
                    using var raster = GeoRaster.Open(image.Path, new GeoOpenOptions { Remote = image.Remote }, cancellationToken);
                    using var maskRaster = mask is null ? null : GeoRaster.Open(mask.Path, new GeoOpenOptions { Remote = mask.Remote }, cancellationToken);
                    var request = new ChipRequest(scene, yard, chipPath, options.Chip)
                    {
                        CloudMask = maskRaster,
                        CloudMaskInvalidClasses = options.CloudMaskInvalidClasses,
                    };
                    return ChipCutter.Cut(raster, request, cancellationToken);
                }
                catch (RailWatchException e) when (e is not SceneFetchException)
                {
                    if (image.Cached)
                    {
                        File.Delete(image.Path);
                    }

                    // No inner exception: GDAL's message holds the signed URL, which must not reach logs.
                    throw new SceneFetchException(credentials.Redactor.Redact($"{Name}: scene {scene.SceneId}: cannot read {scene.Href}: {e.Message}"));
                }
            },
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Where GDAL reads an asset from: a signed /vsicurl/ URL, a /vsis3/ path, or the downloaded copy.</summary>
    private async Task<ResolvedAsset> ResolveAsync(string href, CancellationToken cancellationToken)
    {
        if (href.StartsWith("s3://", StringComparison.OrdinalIgnoreCase))
        {
            // Without AWS credentials in the environment the bucket is read anonymously.
            var remote = RemoteAccessFor(href) with { UnsignedS3 = string.IsNullOrEmpty(context.GetEnvironmentVariable("AWS_ACCESS_KEY_ID")) };
            return new ResolvedAsset("/vsis3/" + href[5..], remote, false);
        }

        if (!Uri.TryCreate(href, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return new ResolvedAsset(href, null, false);
        }

        var url = signer is null ? href : await signer.SignAsync(href, cancellationToken).ConfigureAwait(false);
        url = credentials.AddToUrl(url);
        if (options.Read == ReadMode.Download)
        {
            var local = cache.PathFor(href, DownloadCache.ExtensionOf(uri));
            await cache.EnsureAsync(local, () => http.DownloadAsync(new Uri(url), local, PayloadKind.Raster, cancellationToken), cancellationToken).ConfigureAwait(false);

            return new ResolvedAsset(local, null, true);
        }

        return new ResolvedAsset(url, RemoteAccessFor(url), false);
    }

    private void Log(string line) => context.Log?.Report(credentials.Redactor.Redact(line));

    private sealed record ResolvedAsset(string Path, RemoteAccess? Remote, bool Cached);
}
