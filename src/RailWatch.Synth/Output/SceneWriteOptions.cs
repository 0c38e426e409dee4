namespace RailWatch.Synth;

/// <summary>How <see cref="SceneWriter"/> encodes a product.</summary>
public sealed record SceneWriteOptions
{
    /// <summary>Write a Cloud Optimized GeoTIFF (tiles, overviews, header first).</summary>
    public bool CloudOptimized { get; init; } = true;

    /// <summary>DEFLATE, LZW, ZSTD, or JPEG (8-bit products only).</summary>
    public string Compression { get; init; } = "DEFLATE";

    /// <summary>Quality when <see cref="Compression"/> is JPEG.</summary>
    public int? JpegQuality { get; init; }
}
