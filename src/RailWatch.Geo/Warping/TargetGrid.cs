using RailWatch.Core.Geometry;
using RailWatch.Geo.Transforms;

namespace RailWatch.Geo;

/// <summary>A destination grid for <see cref="GeoRaster.Warp"/>: a CRS, a north-up geotransform and a size.</summary>
public sealed record TargetGrid(string Crs, GeoTransform Transform, int Width, int Height)
{
    /// <summary>The area's local WGS84 / UTM zone at <paramref name="gsdMetres"/>, aligned to multiples of the GSD.</summary>
    public static TargetGrid LocalUtm(GeoBounds wgs84, double gsdMetres) =>
        Create(FormattableString.Invariant($"EPSG:{UtmZones.EpsgFor(wgs84.Center)}"), wgs84, gsdMetres);

    /// <summary>
    /// A grid in <paramref name="crs"/> covering <paramref name="wgs84"/> whose pixels are <paramref name="gsdMetres"/>:
    /// exactly that many CRS metres in UTM-like CRSs, and that size on the ground at the area's centre otherwise
    /// (degrees for geographic CRSs, scaled units for Web Mercator); aligned to multiples of the pixel size.
    /// </summary>
    public static TargetGrid Create(string crs, GeoBounds wgs84, double gsdMetres)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(gsdMetres);
        if (!(wgs84.MaxLon > wgs84.MinLon && wgs84.MaxLat > wgs84.MinLat))
        {
            throw new ArgumentException("the bounds are empty", nameof(wgs84));
        }

        using var toGrid = CoordinateTransformer.FromWgs84(crs);
        var (minX, minY, maxX, maxY) = Footprints.ProjectBounds(toGrid, wgs84)
            ?? throw new ArgumentException($"the bounds {wgs84} have no image in {crs}", nameof(wgs84));

        var centre = wgs84.Center;
        var c = toGrid.Transform(centre.Lon, centre.Lat);
        var e = toGrid.Transform(Ellipsoid.Offset(centre, gsdMetres, 0).Lon, centre.Lat);
        var n = Ellipsoid.Offset(centre, 0, gsdMetres);
        var nn = toGrid.Transform(n.Lon, n.Lat);
        var px = Math.Sqrt(((e.X - c.X) * (e.X - c.X)) + ((e.Y - c.Y) * (e.Y - c.Y)));
        var py = Math.Sqrt(((nn.X - c.X) * (nn.X - c.X)) + ((nn.Y - c.Y) * (nn.Y - c.Y)));
        if (SpatialReferences.LinearUnitMetres(crs) is { } unit && SpatialReferences.NominalSize(unit, Math.Sqrt(px * py), gsdMetres) is not null)
        {
            // A UTM-like CRS: its metres are the GSD, so pixels are exactly gsdMetres in CRS units.
            px = py = gsdMetres / unit;
        }

        var left = Math.Floor(minX / px) * px;
        var top = Math.Ceiling(maxY / py) * py;
        var width = Math.Max(1, (int)Math.Ceiling(((maxX - left) / px) - 1e-9));
        var height = Math.Max(1, (int)Math.Ceiling(((top - minY) / py) - 1e-9));
        return new TargetGrid(crs, GeoTransform.NorthUp(left, top, px, py), width, height);
    }

    /// <summary>The georeference of this grid's pixels.</summary>
    public GridGeoreference Georeference() => GridGeoreference.Create(Crs, Transform, Width, Height);
}
