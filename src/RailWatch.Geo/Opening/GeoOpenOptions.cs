namespace RailWatch.Geo;

/// <summary>How to open a raster.</summary>
public sealed record GeoOpenOptions
{
    /// <summary>
    /// GDAL configuration options set thread-locally while this raster opens and reads (e.g. GDAL_HTTP_HEADERS,
    /// GDAL_HTTP_MAX_RETRY, CPL_VSIL_CURL_ALLOWED_EXTENSIONS); they override <see cref="GeoRaster"/>'s /vsicurl/ defaults.
    /// </summary>
    public IReadOnlyDictionary<string, string>? ConfigOptions { get; init; }

    /// <summary>The CRS to assume when the file has a geotransform but no CRS (e.g. "EPSG:3857" for XYZ tiles with a world file).</summary>
    public string? DefaultCrs { get; init; }
}
