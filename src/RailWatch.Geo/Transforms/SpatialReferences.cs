using System.Globalization;
using RailWatch.Geo.Native;

namespace RailWatch.Geo.Transforms;

/// <summary>Creates OSR objects from user input ("EPSG:32652", WKT, PROJ strings) in lon/lat (GIS) axis order.</summary>
internal static class SpatialReferences
{
    public const string Wgs84 = "EPSG:4326";

    /// <summary>Parses a CRS definition; throws <see cref="ArgumentException"/> with GDAL's message when it cannot.</summary>
    public static SpatialReferenceHandle Create(string definition)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(definition);
        GdalLibrary.EnsureInitialized();
        var srs = SpatialReferenceHandle.Own(GdalError.CheckHandle(NativeMethods.OSRNewSpatialReference(0), "CRS", "creating a spatial reference"));
        GdalError.Reset();
        if (NativeMethods.OSRSetFromUserInput(srs, definition) != 0)
        {
            srs.Dispose();
            throw GdalError.InvalidArgument($"CRS \"{Shorten(definition)}\"", "not a coordinate reference system GDAL understands", nameof(definition));
        }

        NativeMethods.OSRSetAxisMappingStrategy(srs, GdalConstants.OamsTraditionalGisOrder);
        return srs;
    }

    public static string Wkt(SpatialReferenceHandle srs)
    {
        if (NativeMethods.OSRExportToWkt(srs, out var text) != 0 || text == 0)
        {
            throw GdalError.Fail("CRS", "cannot export the CRS as WKT");
        }

        try
        {
            return NativeMethods.Str(text) ?? string.Empty;
        }
        finally
        {
            NativeMethods.VSIFree(text);
        }
    }

    public static CrsInfo Describe(string definition)
    {
        using var srs = Create(definition);
        return new CrsInfo(Wkt(srs), Epsg(srs), NativeMethods.Str(NativeMethods.OSRGetName(srs)) ?? "unnamed", NativeMethods.OSRIsGeographic(srs) != 0);
    }

    /// <summary>Metres per unit of a projected CRS; null for geographic ones.</summary>
    public static double? LinearUnitMetres(string definition)
    {
        using var srs = Create(definition);
        if (NativeMethods.OSRIsProjected(srs) == 0)
        {
            return null;
        }

        var metres = NativeMethods.OSRGetLinearUnits(srs, out _);
        return metres > 0 ? metres : null;
    }

    /// <summary>
    /// The nominal pixel size in metres of a projected grid whose scale is within 1 % of true (UTM and other conformal
    /// projections near their centre): there the CRS's own units are the GSD. Null where the CRS distorts more
    /// (Web Mercator away from the equator, geographic CRSs), where only the measured ground size is meaningful.
    /// </summary>
    public static double? NominalSize(double unitMetres, double projectedSize, double groundSize) =>
        Math.Abs((projectedSize * unitMetres / groundSize) - 1) < 0.01 ? projectedSize * unitMetres : null;

    /// <summary>The EPSG code of the CRS itself, identifying common ones (UTM, WGS84) when the definition lacks it.</summary>
    public static int? Epsg(SpatialReferenceHandle srs)
    {
        var code = AuthorityCode(srs);
        if (code is null)
        {
            GdalError.Reset();
            if (NativeMethods.OSRAutoIdentifyEPSG(srs) == 0)
            {
                code = AuthorityCode(srs);
            }

            GdalError.Reset();
        }

        return code;
    }

    private static int? AuthorityCode(SpatialReferenceHandle srs)
    {
        var authority = NativeMethods.Str(NativeMethods.OSRGetAuthorityName(srs, null));
        var code = NativeMethods.Str(NativeMethods.OSRGetAuthorityCode(srs, null));
        return string.Equals(authority, "EPSG", StringComparison.OrdinalIgnoreCase)
            && int.TryParse(code, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "...";
}
