using RailWatch.Core.Geometry;
using RailWatch.Core.Imaging;
using RailWatch.Geo.Transforms;

namespace RailWatch.Geo;

/// <summary>
/// A CRS plus a geotransform: the georeference of a raster grid. Thread-safe (each thread gets its own
/// coordinate transformations). <see cref="ToPixel"/> returns NaN where a point has no image in the CRS.
/// </summary>
public sealed class GridGeoreference : IPixelGeoreference
{
    private readonly ThreadLocal<(CoordinateTransformer ToGrid, CoordinateTransformer ToWgs84)> transformers;
    private readonly Lazy<double> gsd;

    private GridGeoreference(CrsInfo crs, GeoTransform transform, int width, int height)
    {
        Crs = crs;
        Transform = transform;
        Width = width;
        Height = height;
        transformers = new ThreadLocal<(CoordinateTransformer, CoordinateTransformer)>(
            () => (CoordinateTransformer.FromWgs84(crs.Wkt), CoordinateTransformer.ToWgs84(crs.Wkt)));
        gsd = new Lazy<double>(ComputeGsd, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public CrsInfo Crs { get; }

    public string CrsWkt => Crs.Wkt;

    public int? Epsg => Crs.Epsg;

    public GeoTransform Transform { get; }

    /// <summary>Size of the grid in pixels when known (0 otherwise); used to place the GSD measurement at the centre.</summary>
    public int Width { get; }

    public int Height { get; }

    /// <summary>
    /// Ground size of a pixel in metres at the grid's centre (geometric mean of its two sides): the pixel size itself
    /// for UTM-like projected CRSs, the true ground size where the CRS is not metric there (geographic, Web Mercator).
    /// </summary>
    public double GsdMetres => gsd.Value;

    /// <param name="crs">"EPSG:32652", WKT or a PROJ string.</param>
    public static GridGeoreference Create(string crs, GeoTransform transform) => Create(crs, transform, 0, 0);

    public static GridGeoreference Create(string crs, GeoTransform transform, int width, int height)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(width);
        ArgumentOutOfRangeException.ThrowIfNegative(height);
        var det = (transform.PixelWidth * transform.PixelHeight) - (transform.RowRotation * transform.ColumnRotation);
        if (det == 0 || !double.IsFinite(det))
        {
            throw new ArgumentException("the geotransform is degenerate", nameof(transform));
        }

        return new GridGeoreference(SpatialReferences.Describe(crs), transform, width, height);
    }

    internal static GridGeoreference Create(CrsInfo crs, GeoTransform transform, int width, int height) =>
        new(crs, transform, width, height);

    public (double Column, double Row) ToPixel(GeoPoint point)
    {
        if (!transformers.Value.ToGrid.TryTransform(point.Lon, point.Lat, out var world))
        {
            return (double.NaN, double.NaN);
        }

        return Transform.ToPixel(world.X, world.Y);
    }

    public GeoPoint ToGeo(double column, double row)
    {
        var (x, y) = Transform.ToWorld(column, row);
        return transformers.Value.ToWgs84.TryTransform(x, y, out var geo)
            ? new GeoPoint(geo.X, geo.Y)
            : new GeoPoint(double.NaN, double.NaN);
    }

    /// <summary>This grid's world coordinates of a WGS84 point (NaN where it has none).</summary>
    public (double X, double Y) ToWorld(GeoPoint point) =>
        transformers.Value.ToGrid.TryTransform(point.Lon, point.Lat, out var world) ? world : (double.NaN, double.NaN);

    private double ComputeGsd()
    {
        var cx = Width > 0 ? Width / 2.0 : 0.5;
        var cy = Height > 0 ? Height / 2.0 : 0.5;
        var c = ToGeo(cx, cy);
        var e = ToGeo(cx + 1, cy);
        var s = ToGeo(cx, cy + 1);
        var ground = Math.Sqrt(Ellipsoid.Distance(c, e) * Ellipsoid.Distance(c, s));
        var t = Transform;
        var projected = Math.Sqrt(Math.Abs((t.PixelWidth * t.PixelHeight) - (t.RowRotation * t.ColumnRotation)));
        return SpatialReferences.LinearUnitMetres(Crs.Wkt) is { } unit
            ? SpatialReferences.NominalSize(unit, projected, ground) ?? ground
            : ground;
    }
}
