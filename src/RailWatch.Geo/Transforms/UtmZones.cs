using RailWatch.Core.Geometry;

namespace RailWatch.Geo;

/// <summary>The WGS84 / UTM zone of a point, with the Norway and Svalbard exceptions.</summary>
public static class UtmZones
{
    public static int Zone(GeoPoint p)
    {
        if (!p.IsInWgs84Range)
        {
            throw new ArgumentOutOfRangeException(nameof(p), p, "not a WGS84 longitude/latitude");
        }

        if (p.Lat is >= 56 and < 64 && p.Lon is >= 3 and < 12)
        {
            return 32;
        }

        if (p.Lat is >= 72 and < 84 && p.Lon >= 0 && p.Lon < 42)
        {
            return p.Lon switch
            {
                < 9 => 31,
                < 21 => 33,
                < 33 => 35,
                _ => 37,
            };
        }

        return Math.Clamp((int)Math.Floor((p.Lon + 180) / 6) + 1, 1, 60);
    }

    /// <summary>EPSG code of the WGS84 / UTM zone (326zz north, 327zz south) that contains the point.</summary>
    public static int EpsgFor(GeoPoint p) => (p.Lat >= 0 ? 32600 : 32700) + Zone(p);
}
