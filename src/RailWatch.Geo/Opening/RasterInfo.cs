using RailWatch.Core.Geometry;
using RailWatch.Core.Imaging;

namespace RailWatch.Geo;

/// <summary>What a raster is: driver, size, CRS, grid, bands and where it lies on the ground.</summary>
public sealed record RasterInfo
{
    public required string Path { get; init; }

    /// <summary>GDAL's short driver name (GTiff, COG files read as GTiff, JP2OpenJPEG, PNG, ...).</summary>
    public required string Driver { get; init; }

    public required int Width { get; init; }

    public required int Height { get; init; }

    public required CrsInfo? Crs { get; init; }

    public required GeoTransform? Transform { get; init; }

    public required IReadOnlyList<BandInfo> Bands { get; init; }

    /// <summary>True ground size of a pixel at the raster's centre in metres; null without a CRS.</summary>
    public required double? GsdMetres { get; init; }

    /// <summary>The raster's outline in WGS84 (densified edges, the first point not repeated); empty without a CRS.</summary>
    public required IReadOnlyList<GeoPoint> FootprintWgs84 { get; init; }

    public required GeoBounds? BoundsWgs84 { get; init; }

    /// <summary>Metadata of the default domain (e.g. TIFFTAG_DATETIME).</summary>
    public required IReadOnlyDictionary<string, string> Metadata { get; init; }

    /// <summary>How the pixels are georeferenced: "geotransform", "gcps" or "rpc".</summary>
    public string GeoreferencingMethod { get; init; } = "geotransform";
}

/// <summary>A coordinate reference system: its WKT, EPSG code where it has one, name and kind.</summary>
public sealed record CrsInfo(string Wkt, int? Epsg, string Name, bool IsGeographic);

/// <summary>One band (Index is 1-based, as in GDAL).</summary>
public sealed record BandInfo(
    int Index,
    BandRole Role,
    string ColorInterpretation,
    string DataType,
    double? NoData,
    string? Description,
    int BlockWidth,
    int BlockHeight,
    int OverviewCount)
{
    /// <summary>The nominal value of white for this band (see <see cref="RasterImage.WhiteLevel"/>).</summary>
    public double WhiteLevel { get; init; } = 255;
}
