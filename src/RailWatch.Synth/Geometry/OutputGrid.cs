using RailWatch.Core.Geometry;

namespace RailWatch.Synth;

/// <summary>
/// The north-up pixel grid of a product in its CRS, and the (very nearly affine) map from its pixels to the
/// renderer's local metric frame. Origin and pixel sizes are in CRS units.
/// </summary>
internal sealed class OutputGrid
{
    public OutputGrid(MapProjection projection, double originX, double originY, double pixelWidth, double pixelHeight, int width, int height, LocalMetricFrame frame)
    {
        Projection = projection;
        OriginX = originX;
        OriginY = originY;
        PixelWidth = pixelWidth;
        PixelHeight = pixelHeight;
        Width = width;
        Height = height;
        Frame = frame;
        var corners = new[] { (0.0, 0.0), (width, 0.0), (0.0, (double)height) };
        var local = corners.Select(c => frame.ToMetres(PixelToGeo(c.Item1, c.Item2))).ToArray();
        PixelToLocal = Affine.FromPoints(corners[0], corners[1], corners[2], local[0], local[1], local[2]);
        LocalToPixel = PixelToLocal.Inverse();
    }

    public MapProjection Projection { get; }

    public double OriginX { get; }

    public double OriginY { get; }

    public double PixelWidth { get; }

    public double PixelHeight { get; }

    public int Width { get; }

    public int Height { get; }

    public LocalMetricFrame Frame { get; }

    /// <summary>Continuous pixel coordinates (0,0 = top-left corner) to local east/north metres.</summary>
    public Affine PixelToLocal { get; }

    public Affine LocalToPixel { get; }

    public GeoPoint PixelToGeo(double column, double row) =>
        Projection.Inverse(OriginX + (column * PixelWidth), OriginY - (row * PixelHeight));

    /// <summary>The grid covering <paramref name="bounds"/> at a ground sample distance of <paramref name="gsd"/> metres.</summary>
    public static OutputGrid Covering(GeoBounds bounds, double gsd, OutputCrs crs, LocalMetricFrame frame)
    {
        var projection = MapProjection.For(crs, bounds.Center);
        var (ux, uy) = projection.UnitsPerMetre(bounds.Center);
        var pw = gsd * ux;
        var ph = gsd * uy;
        double minX = double.PositiveInfinity, minY = double.PositiveInfinity, maxX = double.NegativeInfinity, maxY = double.NegativeInfinity;
        foreach (var c in Densify(bounds))
        {
            var (x, y) = projection.Forward(c);
            minX = Math.Min(minX, x);
            minY = Math.Min(minY, y);
            maxX = Math.Max(maxX, x);
            maxY = Math.Max(maxY, y);
        }

        // Snap the origin to whole pixels of the CRS, as products do.
        var originX = Math.Floor(minX / pw) * pw;
        var originY = Math.Ceiling(maxY / ph) * ph;
        var width = (int)Math.Ceiling((maxX - originX) / pw);
        var height = (int)Math.Ceiling((originY - minY) / ph);
        return new OutputGrid(projection, originX, originY, pw, ph, Math.Max(width, 1), Math.Max(height, 1), frame);
    }

    private static IEnumerable<GeoPoint> Densify(GeoBounds b)
    {
        for (var i = 0; i <= 8; i++)
        {
            var t = i / 8.0;
            yield return new GeoPoint(b.MinLon + (t * (b.MaxLon - b.MinLon)), b.MinLat);
            yield return new GeoPoint(b.MinLon + (t * (b.MaxLon - b.MinLon)), b.MaxLat);
            yield return new GeoPoint(b.MinLon, b.MinLat + (t * (b.MaxLat - b.MinLat)));
            yield return new GeoPoint(b.MaxLon, b.MinLat + (t * (b.MaxLat - b.MinLat)));
        }
    }
}
