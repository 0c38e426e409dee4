using RailWatch.Core.Geometry;

namespace RailWatch.Geo.Transforms;

/// <summary>Local ground lengths on the WGS84 ellipsoid (radii of curvature), accurate over a few kilometres.</summary>
internal static class Ellipsoid
{
    private const double A = 6_378_137.0;
    private const double E2 = 0.00669437999014;

    public static (double PerDegreeLon, double PerDegreeLat) MetresPerDegree(double latDegrees)
    {
        var phi = latDegrees * Math.PI / 180;
        var s = Math.Sin(phi);
        var w = 1 - (E2 * s * s);
        var n = A / Math.Sqrt(w);
        var m = A * (1 - E2) / (w * Math.Sqrt(w));
        return (n * Math.Cos(phi) * Math.PI / 180, m * Math.PI / 180);
    }

    /// <summary>Ground distance in metres between two nearby points.</summary>
    public static double Distance(GeoPoint a, GeoPoint b)
    {
        var (perLon, perLat) = MetresPerDegree((a.Lat + b.Lat) / 2);
        var dx = (b.Lon - a.Lon) * perLon;
        var dy = (b.Lat - a.Lat) * perLat;
        return Math.Sqrt((dx * dx) + (dy * dy));
    }

    /// <summary>The point <paramref name="east"/>, <paramref name="north"/> metres away.</summary>
    public static GeoPoint Offset(GeoPoint p, double east, double north)
    {
        var (perLon, perLat) = MetresPerDegree(p.Lat);
        return new GeoPoint(p.Lon + (east / perLon), p.Lat + (north / perLat));
    }
}
