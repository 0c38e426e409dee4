using System.Globalization;
using System.Runtime.CompilerServices;
using RailWatch.Core.Geometry;
using RailWatch.Core.Imaging;
using RailWatch.Core.Scenes;
using RailWatch.Core.Yards;
using RailWatch.Geo;
using RailWatch.Ingest.Chips;
using RailWatch.Ingest.Config;
using RailWatch.Ingest.Http;

namespace RailWatch.Ingest.Xyz;

/// <summary>
/// Imagery from an XYZ/TMS tile service. A tile service has no scene list, so each search yields one scene per day
/// (or the configured acquisition time); its chip is the mosaic of the tiles covering the yard plus margin at the
/// configured zoom (or the one matching the target GSD), cropped to the window and written as an EPSG:3857 GeoTIFF.
/// Tiles the server answers 404/204 for are left invalid; tiles are cached per scene in the download cache.
/// </summary>
public sealed class XyzSceneSource : ISceneSource, IDisposable
{
    private const int Parallelism = 4;

    private readonly XyzSourceOptions options;
    private readonly IngestContext context;
    private readonly SourceCredentials credentials;
    private readonly ResilientHttpClient http;
    private readonly TileUrl urls;
    private readonly DownloadCache cache;

    public XyzSceneSource(XyzSourceOptions options, IngestContext context)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(context);
        this.options = options;
        this.context = context;
        credentials = new SourceCredentials(options.ApiKey, context);
        http = new ResilientHttpClient(options.Name, options.Http, context, credentials.Redactor, credentials.Headers, authorizeUrl: credentials.AddToUrl);
        urls = new TileUrl(options.UrlTemplate, options.Subdomains, options.Tms);
        cache = new DownloadCache(context.CacheDirectory, options.Name);
    }

    public string Name => options.Name;

    public async IAsyncEnumerable<SceneRef> FindScenesAsync(Yard yard, SceneQuery query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(yard);
        ArgumentNullException.ThrowIfNull(query);
        await Task.CompletedTask.ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        var acquired = options.Acquired ?? new DateTimeOffset(context.Time.GetUtcNow().UtcDateTime.Date, TimeSpan.Zero);
        if (!query.Contains(acquired))
        {
            yield break;
        }

        var zoom = ZoomFor(yard);
        var host = Uri.TryCreate(urls.For(0, 0, 0, "k"), UriKind.Absolute, out var u) ? u.Host : Name;
        yield return new SceneRef(host, string.Create(CultureInfo.InvariantCulture, $"{Name}/z{zoom}/{acquired:yyyyMMdd'T'HHmmss'Z'}"), acquired, options.UrlTemplate)
        {
            Sensor = options.Sensor ?? "xyz",
            GsdMetres = WebMercator.GroundResolution(zoom, options.TileSize, yard.Bounds.Center.Lat),
            Source = Name,
        };
    }

    public async Task<ChipResult> FetchChipAsync(SceneRef scene, Yard yard, string chipPath, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scene);
        ArgumentNullException.ThrowIfNull(yard);
        ArgumentNullException.ThrowIfNull(chipPath);
        var zoom = ZoomFor(yard);
        var window = yard.Bounds.Expand(options.MarginMetres);
        var (x0, y0, x1, y1) = WebMercator.TilesCovering(window, zoom);
        var columns = x1 - x0 + 1;
        var rows = y1 - y0 + 1;
        if ((long)columns * rows > options.MaxTiles)
        {
            throw new SceneFetchException(string.Create(CultureInfo.InvariantCulture, $"{Name}: the yard needs {columns * rows} tiles at zoom {zoom}, more than max_tiles {options.MaxTiles}"));
        }

        var tiles = new byte[]?[columns * rows];
        var jobs = Enumerable.Range(0, columns * rows);
        await Parallel.ForEachAsync(jobs, new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken }, async (i, token) =>
        {
            tiles[i] = await FetchTileAsync(scene, zoom, x0 + (i % columns), y0 + (i / columns), token).ConfigureAwait(false);
        }).ConfigureAwait(false);
        if (tiles.All(t => t is null))
        {
            throw new SceneFetchException(string.Create(CultureInfo.InvariantCulture, $"{Name}: scene {scene.SceneId}: the server has none of the {tiles.Length} tiles at zoom {zoom}"));
        }

        return await Task.Run(() => Mosaic(scene, yard, chipPath, zoom, window, (x0, y0, columns, rows), tiles, cancellationToken), cancellationToken).ConfigureAwait(false);
    }

    public void Dispose() => http.Dispose();

    internal int ZoomFor(Yard yard) =>
        options.Zoom ?? WebMercator.ZoomFor(options.TargetGsdMetres!.Value, options.TileSize, yard.Bounds.Center.Lat, options.MaxZoom);

    private async Task<byte[]?> FetchTileAsync(SceneRef scene, int z, int x, int y, CancellationToken cancellationToken)
    {
        var loggable = urls.For(z, x, y, null);
        var path = cache.PathFor($"{loggable}|{scene.SceneId}", DownloadCache.ExtensionOf(new Uri(urls.For(z, x, y, "k"))));
        if (File.Exists(path))
        {
            var cached = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
            if (MagicBytes.Check(cached.AsSpan(0, Math.Min(16, cached.Length)), PayloadKind.Image) is null)
            {
                return cached;
            }

            File.Delete(path);
        }

        var url = new Uri(credentials.AddToUrl(urls.For(z, x, y, credentials.Key)));
        var bytes = await http.GetBytesAsync(url, PayloadKind.Image, missingIsNull: true, cancellationToken).ConfigureAwait(false);
        if (bytes is not null)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var temp = $"{path}.{Guid.NewGuid():N}.tmp";
            await File.WriteAllBytesAsync(temp, bytes, cancellationToken).ConfigureAwait(false);
            File.Move(temp, path, overwrite: true);
        }

        return bytes;
    }

    private ChipResult Mosaic(SceneRef scene, Yard yard, string chipPath, int zoom, GeoBounds window, (int X0, int Y0, int Columns, int Rows) grid, byte[]?[] tiles, CancellationToken cancellationToken)
    {
        var size = options.TileSize;
        var res = WebMercator.Resolution(zoom, size);
        var tileLeft = -WebMercator.HalfWorld + (grid.X0 * size * res);
        var tileTop = WebMercator.HalfWorld - (grid.Y0 * size * res);

        // The chip: the window's pixels of the mosaic, whole pixels on the tile grid.
        var (wx0, wy1) = WebMercator.ToMetres(new GeoPoint(window.MinLon, window.MaxLat));
        var (wx1, wy0) = WebMercator.ToMetres(new GeoPoint(window.MaxLon, window.MinLat));
        var c0 = Math.Max(0, (int)Math.Floor((wx0 - tileLeft) / res));
        var r0 = Math.Max(0, (int)Math.Floor((tileTop - wy1) / res));
        var c1 = Math.Min(grid.Columns * size, (int)Math.Ceiling((wx1 - tileLeft) / res));
        var r1 = Math.Min(grid.Rows * size, (int)Math.Ceiling((tileTop - wy0) / res));
        var width = Math.Max(1, c1 - c0);
        var height = Math.Max(1, r1 - r0);

        var red = new float[width * height];
        var green = new float[width * height];
        var blue = new float[width * height];
        var valid = new bool[width * height];
        var temp = Path.Combine(context.CacheDirectory, ".tiles-tmp");
        for (var i = 0; i < tiles.Length; i++)
        {
            if (tiles[i] is not { } bytes)
            {
                continue;
            }

            var tx = i % grid.Columns;
            var ty = i / grid.Columns;
            var subject = urls.For(zoom, grid.X0 + tx, grid.Y0 + ty, null);
            var (tr, tg, tb, tv) = TileDecoder.Decode(bytes, temp, subject, size, cancellationToken);
            for (var row = 0; row < size; row++)
            {
                var mr = (ty * size) + row - r0;
                if (mr < 0 || mr >= height)
                {
                    continue;
                }

                for (var col = 0; col < size; col++)
                {
                    var mc = (tx * size) + col - c0;
                    if (mc < 0 || mc >= width)
                    {
                        continue;
                    }

                    var s = (row * size) + col;
                    var d = (mr * width) + mc;
                    red[d] = tr[s];
                    green[d] = tg[s];
                    blue[d] = tb[s];
                    valid[d] = tv[s];
                }
            }
        }

        var transform = GeoTransform.NorthUp(tileLeft + (c0 * res), tileTop - (r0 * res), res, res);
        var georeference = GridGeoreference.Create("EPSG:3857", transform, width, height);
        var image = new RasterImage(width, height, [red, green, blue], [BandRole.Red, BandRole.Green, BandRole.Blue], georeference, valid.All(v => v) ? null : valid);
        ChipCutter.Write(image, new ChipRequest(scene, yard, chipPath, new ChipOptions { MarginMetres = options.MarginMetres }), RasterDataType.Byte);
        return new ChipResult(chipPath, image.GsdMetres, width, height, scene.Sensor);
    }
}
