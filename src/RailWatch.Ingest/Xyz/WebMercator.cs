using RailWatch.Core.Geometry;

namespace RailWatch.Ingest.Xyz;

/// <summary>Spherical Web Mercator (EPSG:3857) and the XYZ tile grid over it (tile (0, 0) at the north-west corner).</summary>
internal static class WebMercator
{
    public const double Radius = 6378137.0;
    public const double HalfWorld = Math.PI * Radius;
    public const double MaxLatitude = 85.05112877980659;

    public static (double X, double Y) ToMetres(GeoPoint p)
    {
        var lat = Math.Clamp(p.Lat, -MaxLatitude, MaxLatitude) * Math.PI / 180;
        return (Radius * p.Lon * Math.PI / 180, Radius * Math.Log(Math.Tan((Math.PI / 4) + (lat / 2))));
    }

    public static GeoPoint ToGeo(double x, double y) =>
        new(x / Radius * 180 / Math.PI, ((2 * Math.Atan(Math.Exp(y / Radius))) - (Math.PI / 2)) * 180 / Math.PI);

    /// <summary>Metres (of the projection) per pixel at zoom <paramref name="zoom"/>.</summary>
    public static double Resolution(int zoom, int tileSize) => 2 * HalfWorld / (tileSize * Math.Pow(2, zoom));

    /// <summary>Ground metres per pixel at a latitude (the projection stretches by 1/cos(latitude)).</summary>
    public static double GroundResolution(int zoom, int tileSize, double latitude) =>
        Resolution(zoom, tileSize) * Math.Cos(latitude * Math.PI / 180);

    /// <summary>The coarsest zoom whose ground resolution at <paramref name="latitude"/> is at least as fine as <paramref name="gsdMetres"/>, capped at <paramref name="maxZoom"/>.</summary>
    public static int ZoomFor(double gsdMetres, int tileSize, double latitude, int maxZoom)
    {
        for (var z = 0; z <= maxZoom; z++)
        {
            if (GroundResolution(z, tileSize, latitude) <= gsdMetres * 1.0001)
            {
                return z;
            }
        }

        return maxZoom;
    }

    /// <summary>Tile column and row (XYZ, rows from the north) containing a point, as fractional numbers.</summary>
    public static (double X, double Y) TileOf(GeoPoint p, int zoom)
    {
        var (mx, my) = ToMetres(p);
        var n = Math.Pow(2, zoom);
        return ((mx + HalfWorld) / (2 * HalfWorld) * n, (HalfWorld - my) / (2 * HalfWorld) * n);
    }

    /// <summary>The tiles covering a box: inclusive column and row ranges.</summary>
    public static (int X0, int Y0, int X1, int Y1) TilesCovering(GeoBounds box, int zoom)
    {
        var n = (int)Math.Pow(2, zoom);
        var (fx0, fy0) = TileOf(new GeoPoint(box.MinLon, box.MaxLat), zoom);
        var (fx1, fy1) = TileOf(new GeoPoint(box.MaxLon, box.MinLat), zoom);
        return (Math.Clamp((int)Math.Floor(fx0), 0, n - 1), Math.Clamp((int)Math.Floor(fy0), 0, n - 1),
            Math.Clamp((int)Math.Floor(fx1), 0, n - 1), Math.Clamp((int)Math.Floor(fy1), 0, n - 1));
    }
}
