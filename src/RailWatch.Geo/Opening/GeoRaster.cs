using RailWatch.Core.Errors;
using RailWatch.Core.Geometry;
using RailWatch.Core.Imaging;
using RailWatch.Geo.Native;
using RailWatch.Geo.Opening;
using RailWatch.Geo.Reading;
using RailWatch.Geo.Transforms;
using RailWatch.Geo.Warping;

namespace RailWatch.Geo;

/// <summary>
/// A raster opened through GDAL: a local file (GeoTIFF, COG, JPEG2000, PNG/JPEG with a world file, ...) or a URL
/// (read with /vsicurl/, block by block). Not thread-safe: GDAL datasets must not be shared between threads, so
/// open one <see cref="GeoRaster"/> per thread (concurrent use throws <see cref="InvalidOperationException"/>).
/// </summary>
public sealed class GeoRaster : IDisposable
{
    private const int EdgePoints = 21;

    private readonly RasterSource source;
    private readonly Dictionary<string, string> config;
    private readonly string subject;
    private CoordinateTransformer? toRaster;
    private int busy;

    private GeoRaster(RasterSource source, RasterInfo info, Dictionary<string, string> config, string subject)
    {
        this.source = source;
        this.config = config;
        this.subject = subject;
        Info = info;
    }

    public RasterInfo Info { get; }

    /// <summary>
    /// Opens a raster. A missing local file throws <see cref="UsageException"/>; a file GDAL cannot read throws
    /// <see cref="GdalException"/> with GDAL's message; an image without geotransform, GCPs or RPCs throws
    /// <see cref="BadDataException"/>. The token is checked before and after GDAL opens the raster (GDAL's open
    /// itself cannot be interrupted).
    /// </summary>
    public static GeoRaster Open(string pathOrUrl, GeoOpenOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(pathOrUrl);
        cancellationToken.ThrowIfCancellationRequested();
        GdalLibrary.EnsureInitialized();
        var gdalPath = RasterSource.GdalPath(pathOrUrl);
        var local = RasterSource.IsLocal(gdalPath);
        if (local && !File.Exists(gdalPath) && !Directory.Exists(gdalPath))
        {
            throw new UsageException($"{pathOrUrl}: file not found");
        }

        var config = RemoteConfig.For(local, options?.Remote);

        using (new GdalConfigScope(config))
        {
            var source = RasterSource.Open(pathOrUrl, gdalPath, options?.DefaultCrs);
            try
            {
                cancellationToken.ThrowIfCancellationRequested();
                var info = RasterInfoReader.Read(pathOrUrl, source);
                cancellationToken.ThrowIfCancellationRequested();
                return new GeoRaster(source, info, config, pathOrUrl);
            }
            catch
            {
                source.Dispose();
                throw;
            }
        }
    }

    /// <summary>
    /// Reads the pixels of a WGS84 box (plus a margin): the box is carried into the raster's CRS along its densified
    /// edges, and only the blocks it covers are read. Parts of the box outside the raster come back invalid, so callers
    /// see partial coverage.
    /// </summary>
    public RasterImage ReadWindow(GeoBounds wgs84Bounds, ReadWindowOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new ReadWindowOptions();
        ArgumentOutOfRangeException.ThrowIfNegative(options.MarginMetres);
        using var guard = Enter();
        var crs = RequireCrs();
        var bounds = options.MarginMetres > 0 ? wgs84Bounds.Expand(options.MarginMetres) : wgs84Bounds;
        toRaster ??= CoordinateTransformer.FromWgs84(crs.Wkt);

        var ring = Footprints.Ring(bounds.MinLon, bounds.MinLat, bounds.MaxLon, bounds.MaxLat, EdgePoints);
        var xs = ring.Select(p => p.X).ToArray();
        var ys = ring.Select(p => p.Y).ToArray();
        var ok = toRaster.TransformMany(xs, ys);
        for (var i = 0; i < xs.Length; i++)
        {
            if (ok[i])
            {
                (xs[i], ys[i]) = source.Transform.ToPixel(xs[i], ys[i]);
            }
        }

        var extent = Footprints.Extent(xs, ys, ok);
        if (extent is not { } e || e.MaxX <= 0 || e.MaxY <= 0 || e.MinX >= Info.Width || e.MinY >= Info.Height
            || (e.MaxX - e.MinX) > 1e8 || (e.MaxY - e.MinY) > 1e8)
        {
            throw NoIntersection();
        }

        var box = ((int)Math.Floor(e.MinX), (int)Math.Floor(e.MinY), Math.Max((int)Math.Ceiling(e.MaxX), (int)Math.Floor(e.MinX) + 1), Math.Max((int)Math.Ceiling(e.MaxY), (int)Math.Floor(e.MinY) + 1));
        return ReadBox(crs, box, options, cancellationToken);
    }

    /// <summary>Reads the whole raster (at a coarser GSD when <see cref="ReadWindowOptions.TargetGsdMetres"/> asks for one).</summary>
    public RasterImage ReadAll(ReadWindowOptions? options = null, CancellationToken cancellationToken = default)
    {
        using var guard = Enter();
        return ReadBox(RequireCrs(), (0, 0, Info.Width, Info.Height), options ?? new ReadWindowOptions(), cancellationToken);
    }

    /// <summary>Resamples (bilinear) the raster onto <paramref name="grid"/>; target pixels the raster does not cover are invalid.</summary>
    public RasterImage Warp(TargetGrid grid, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(grid);
        using var guard = Enter();
        RequireCrs();
        using (new GdalConfigScope(config))
        {
            return Warper.Warp(source.Dataset, subject, Info, grid, cancellationToken);
        }
    }

    /// <summary>
    /// Reads the first and the last block of the raster, so that a file cut short (its tail missing) fails here with
    /// GDAL's message rather than later.
    /// </summary>
    public void CheckReadable(CancellationToken cancellationToken = default)
    {
        using var guard = Enter();
        var crs = RequireCrs();
        var first = Info.Bands[0];
        var bw = Math.Min(Math.Max(1, first.BlockWidth), Info.Width);
        var bh = Math.Min(Math.Max(1, first.BlockHeight), Info.Height);
        var all = Enumerable.Range(1, Info.Bands.Count).ToList();
        var options = new ReadWindowOptions { Bands = all };
        ReadBox(crs, (0, 0, bw, bh), options, cancellationToken);
        var lastX = (Info.Width - 1) / bw * bw;
        var lastY = (Info.Height - 1) / bh * bh;
        ReadBox(crs, (lastX, lastY, Math.Min(Info.Width, lastX + bw), Math.Min(Info.Height, lastY + bh)), options, cancellationToken);
    }

    public void Dispose()
    {
        toRaster?.Dispose();
        source.Dispose();
    }

    private RasterImage ReadBox(CrsInfo crs, (int X0, int Y0, int X1, int Y1) box, ReadWindowOptions options, CancellationToken cancellationToken)
    {
        var bands = options.Bands ?? DefaultBands();
        foreach (var b in bands)
        {
            if (b < 1 || b > Info.Bands.Count)
            {
                throw new ArgumentOutOfRangeException(nameof(options), b, $"{subject}: band {b} does not exist (the raster has {Info.Bands.Count})");
            }
        }

        var scale = 1.0;
        if (options.TargetGsdMetres is { } target && Info.GsdMetres is { } native && target > native)
        {
            scale = target / native;
        }

        using (new GdalConfigScope(config))
        {
            return PixelReader.Read(source.Dataset, subject, Info, crs, source.Transform, box, scale, bands, cancellationToken);
        }
    }

    private List<int> DefaultBands()
    {
        var bands = Info.Bands.Where(b => b.Role != BandRole.Alpha).Select(b => b.Index).ToList();
        return bands.Count > 0 ? bands : [.. Info.Bands.Select(b => b.Index)];
    }

    private CrsInfo RequireCrs() =>
        Info.Crs ?? throw new BadDataException($"{subject}: raster has no coordinate reference system (only a geotransform)");

    private BadDataException NoIntersection() => new($"{subject}: image does not intersect the requested area");

    private Guard Enter()
    {
        ObjectDisposedException.ThrowIf(source.Dataset.IsClosed, this);
        if (Interlocked.Exchange(ref busy, 1) != 0)
        {
            throw new InvalidOperationException($"{subject}: a GeoRaster is not thread-safe; open one per thread");
        }

        return new Guard(this);
    }

    private readonly struct Guard(GeoRaster owner) : IDisposable
    {
        public void Dispose() => Volatile.Write(ref owner.busy, 0);
    }
}
