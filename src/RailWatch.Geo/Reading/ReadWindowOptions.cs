namespace RailWatch.Geo;

/// <summary>How <see cref="GeoRaster.ReadWindow"/> reads an area.</summary>
public sealed record ReadWindowOptions
{
    /// <summary>Grows the requested box by this many metres on every side.</summary>
    public double MarginMetres { get; init; }

    /// <summary>A ground sample distance coarser than the raster's: read at reduced size (GDAL uses overviews). Finer values are ignored.</summary>
    public double? TargetGsdMetres { get; init; }

    /// <summary>1-based band indices to read; null reads every band except alpha bands.</summary>
    public IReadOnlyList<int>? Bands { get; init; }
}
