namespace RailWatch.Core.Geometry;

/// <summary>
/// A local east/north frame in metres around an origin (equirectangular on the WGS84 mean radius).
/// Over a yard (a few kilometres) its distortion is far below a pixel, which is all lengths and
/// offsets along tracks need; real map projections live in RailWatch.Geo.
/// </summary>
public sealed class LocalMetricFrame
{
    public const double MetresPerDegreeLatitude = 111_320.0;

    private readonly double metresPerDegreeLon;

    public LocalMetricFrame(GeoPoint origin)
    {
        Origin = origin;
        metresPerDegreeLon = MetresPerDegreeLatitude * Math.Cos(origin.Lat * Math.PI / 180);
    }

    public GeoPoint Origin { get; }

    public (double East, double North) ToMetres(GeoPoint p) =>
        ((p.Lon - Origin.Lon) * metresPerDegreeLon, (p.Lat - Origin.Lat) * MetresPerDegreeLatitude);

    public GeoPoint ToGeo(double east, double north) =>
        new(Origin.Lon + east / metresPerDegreeLon, Origin.Lat + north / MetresPerDegreeLatitude);
}
