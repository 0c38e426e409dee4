using RailWatch.Core.Geometry;

namespace RailWatch.Synth;

/// <summary>
/// The three output map projections in managed code (UTM by Krüger's series to n⁴, sub-millimetre inside a zone;
/// spherical Web Mercator; plain longitude/latitude), so that a scene's grid is built without native code.
/// </summary>
internal abstract class MapProjection
{
    public abstract string Crs { get; }

    /// <summary>Map units per ground metre near <paramref name="at"/> in x and y.</summary>
    public abstract (double X, double Y) UnitsPerMetre(GeoPoint at);

    public abstract (double X, double Y) Forward(GeoPoint p);

    public abstract GeoPoint Inverse(double x, double y);

    public static MapProjection For(OutputCrs crs, GeoPoint center) => crs switch
    {
        OutputCrs.Utm => new UtmProjection(center),
        OutputCrs.Wgs84 => new Wgs84Projection(),
        OutputCrs.WebMercator => new WebMercatorProjection(),
        _ => throw new ArgumentOutOfRangeException(nameof(crs), crs, "unknown output CRS"),
    };
}

internal sealed class Wgs84Projection : MapProjection
{
    public override string Crs => "EPSG:4326";

    public override (double X, double Y) UnitsPerMetre(GeoPoint at) =>
        (1 / (LocalMetricFrame.MetresPerDegreeLatitude * Math.Cos(at.Lat * Math.PI / 180)), 1 / LocalMetricFrame.MetresPerDegreeLatitude);

    public override (double X, double Y) Forward(GeoPoint p) => (p.Lon, p.Lat);

    public override GeoPoint Inverse(double x, double y) => new(x, y);
}

internal sealed class WebMercatorProjection : MapProjection
{
    private const double R = 6378137.0;

    public override string Crs => "EPSG:3857";

    public override (double X, double Y) UnitsPerMetre(GeoPoint at)
    {
        var k = 1 / Math.Cos(at.Lat * Math.PI / 180);
        return (k, k);
    }

    public override (double X, double Y) Forward(GeoPoint p) =>
        (R * p.Lon * Math.PI / 180, R * Math.Log(Math.Tan((Math.PI / 4) + (p.Lat * Math.PI / 360))));

    public override GeoPoint Inverse(double x, double y) =>
        new(x / R * 180 / Math.PI, ((2 * Math.Atan(Math.Exp(y / R))) - (Math.PI / 2)) * 180 / Math.PI);
}

internal sealed class UtmProjection : MapProjection
{
    private const double A = 6378137.0;
    private const double F = 1 / 298.257223563;
    private const double K0 = 0.9996;
    private static readonly double N = F / (2 - F);
    private static readonly double Rect = A / (1 + N) * (1 + (N * N / 4) + (Math.Pow(N, 4) / 64));
    private static readonly double[] Alpha =
    [
        (N / 2) - (2.0 / 3 * N * N) + (5.0 / 16 * N * N * N) + (41.0 / 180 * Math.Pow(N, 4)),
        (13.0 / 48 * N * N) - (3.0 / 5 * N * N * N) + (557.0 / 1440 * Math.Pow(N, 4)),
        (61.0 / 240 * N * N * N) - (103.0 / 140 * Math.Pow(N, 4)),
        49561.0 / 161280 * Math.Pow(N, 4),
    ];

    private static readonly double[] Beta =
    [
        (N / 2) - (2.0 / 3 * N * N) + (37.0 / 96 * N * N * N) - (1.0 / 360 * Math.Pow(N, 4)),
        (1.0 / 48 * N * N) + (1.0 / 15 * N * N * N) - (437.0 / 1440 * Math.Pow(N, 4)),
        (17.0 / 480 * N * N * N) - (37.0 / 840 * Math.Pow(N, 4)),
        4397.0 / 161280 * Math.Pow(N, 4),
    ];

    private static readonly double[] Delta =
    [
        (2 * N) - (2.0 / 3 * N * N) - (2 * N * N * N) + (116.0 / 45 * Math.Pow(N, 4)),
        (7.0 / 3 * N * N) - (8.0 / 5 * N * N * N) - (227.0 / 45 * Math.Pow(N, 4)),
        (56.0 / 15 * N * N * N) - (136.0 / 35 * Math.Pow(N, 4)),
        4279.0 / 630 * Math.Pow(N, 4),
    ];

    private readonly double lon0;
    private readonly double falseNorthing;

    public UtmProjection(GeoPoint center)
    {
        Zone = Math.Clamp((int)Math.Floor((center.Lon + 180) / 6) + 1, 1, 60);
        North = center.Lat >= 0;
        lon0 = ((Zone - 1) * 6) - 180 + 3;
        falseNorthing = North ? 0 : 10_000_000;
    }

    public int Zone { get; }

    public bool North { get; }

    public override string Crs => FormattableString.Invariant($"EPSG:{(North ? 32600 : 32700) + Zone}");

    public override (double X, double Y) UnitsPerMetre(GeoPoint at)
    {
        // Point scale of the transverse Mercator, close enough for sizing pixels.
        var dl = (at.Lon - lon0) * Math.PI / 180;
        var c = Math.Cos(at.Lat * Math.PI / 180);
        var k = K0 * (1 + (dl * dl * c * c / 2));
        return (k, k);
    }

    public override (double X, double Y) Forward(GeoPoint p)
    {
        var phi = p.Lat * Math.PI / 180;
        var lam = (p.Lon - lon0) * Math.PI / 180;
        var e = 2 * Math.Sqrt(N) / (1 + N);
        var t = Math.Sinh(Math.Atanh(Math.Sin(phi)) - (e * Math.Atanh(e * Math.Sin(phi))));
        var xi = Math.Atan2(t, Math.Cos(lam));
        var eta = Math.Atanh(Math.Sin(lam) / Math.Sqrt(1 + (t * t)));
        double x = eta, y = xi;
        for (var j = 1; j <= 4; j++)
        {
            x += Alpha[j - 1] * Math.Cos(2 * j * xi) * Math.Sinh(2 * j * eta);
            y += Alpha[j - 1] * Math.Sin(2 * j * xi) * Math.Cosh(2 * j * eta);
        }

        return (500_000 + (K0 * Rect * x), falseNorthing + (K0 * Rect * y));
    }

    public override GeoPoint Inverse(double x, double y)
    {
        var xi = (y - falseNorthing) / (K0 * Rect);
        var eta = (x - 500_000) / (K0 * Rect);
        double xp = xi, ep = eta;
        for (var j = 1; j <= 4; j++)
        {
            xp -= Beta[j - 1] * Math.Sin(2 * j * xi) * Math.Cosh(2 * j * eta);
            ep -= Beta[j - 1] * Math.Cos(2 * j * xi) * Math.Sinh(2 * j * eta);
        }

        var chi = Math.Asin(Math.Sin(xp) / Math.Cosh(ep));
        var phi = chi;
        for (var j = 1; j <= 4; j++)
        {
            phi += Delta[j - 1] * Math.Sin(2 * j * chi);
        }

        var lam = Math.Atan2(Math.Sinh(ep), Math.Cos(xp));
        return new GeoPoint(lon0 + (lam * 180 / Math.PI), phi * 180 / Math.PI);
    }
}
