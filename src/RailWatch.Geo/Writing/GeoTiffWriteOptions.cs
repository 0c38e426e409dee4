namespace RailWatch.Geo;

/// <summary>Sample type of a written raster.</summary>
public enum RasterDataType
{
    Byte,
    UInt16,
    Float32,
}

/// <summary>How <see cref="RasterWriter.WriteGeoTiff"/> writes.</summary>
public sealed record GeoTiffWriteOptions
{
    /// <summary>Write a Cloud Optimized GeoTIFF (GDAL's COG driver: tiles, overviews, header first).</summary>
    public bool CloudOptimized { get; init; }

    public RasterDataType DataType { get; init; } = RasterDataType.Byte;

    /// <summary>DEFLATE, LZW, ZSTD, JPEG (Byte only) or NONE.</summary>
    public string Compression { get; init; } = "DEFLATE";

    /// <summary>JPEG quality (1–100) when <see cref="Compression"/> is JPEG.</summary>
    public int? JpegQuality { get; init; }

    /// <summary>Write invalid pixels as this value and declare it nodata; null writes an internal mask instead.</summary>
    public double? NoData { get; init; }

    /// <summary>Dataset metadata (default domain), e.g. TIFFTAG_DATETIME = "2023:10:05 02:30:00".</summary>
    public IReadOnlyDictionary<string, string>? Metadata { get; init; }

    /// <summary>One description per band; null names bands after their roles ("red", "nir", ...).</summary>
    public IReadOnlyList<string>? BandDescriptions { get; init; }
}

/// <summary>How the preview is stretched to 8 bits.</summary>
public enum PngStretch
{
    /// <summary>0 → 0 and the image's WhiteLevel → 255.</summary>
    WhiteLevel,

    /// <summary>The 2nd and 98th percentiles of the valid pixels → 0 and 255, per band.</summary>
    Percentiles,
}

/// <summary>How <see cref="RasterWriter.WritePng"/> writes.</summary>
public sealed record PngWriteOptions
{
    public PngStretch Stretch { get; init; } = PngStretch.WhiteLevel;

    /// <summary>Write a world file (.pgw) beside the PNG; needs a <see cref="GridGeoreference"/>.</summary>
    public bool WorldFile { get; init; }

    /// <summary>Add an alpha channel that hides invalid pixels.</summary>
    public bool TransparentInvalid { get; init; }
}
