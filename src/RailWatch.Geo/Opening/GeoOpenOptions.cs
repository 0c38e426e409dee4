namespace RailWatch.Geo;

/// <summary>How to open a raster.</summary>
public sealed record GeoOpenOptions
{
    /// <summary>How a remote raster is fetched (retries, timeouts, headers, ...) while it opens and reads; null: the defaults.</summary>
    public RemoteAccess? Remote { get; init; }

    /// <summary>The CRS to assume when the file has a geotransform but no CRS (e.g. "EPSG:3857" for XYZ tiles with a world file).</summary>
    public string? DefaultCrs { get; init; }
}
