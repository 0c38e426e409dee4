using RailWatch.Core.Geometry;

namespace RailWatch.Ingest.Stac;

/// <summary>What RailWatch needs of one STAC item (or Planet Data API item): when, where, which asset, how cloudy.</summary>
internal sealed record StacItem
{
    public required string Id { get; init; }

    public string? Collection { get; init; }

    public required DateTimeOffset Acquired { get; init; }

    /// <summary>The item's bbox, or the bounds of its geometry; null when it states neither.</summary>
    public GeoBounds? Bounds { get; init; }

    /// <summary>The outer ring of the item's Polygon/MultiPolygon geometry parts, for an exact intersection test.</summary>
    public IReadOnlyList<IReadOnlyList<GeoPoint>> Footprint { get; init; } = [];

    /// <summary>Assets by key (case as the provider wrote it).</summary>
    public IReadOnlyDictionary<string, StacAsset> Assets { get; init; } = new Dictionary<string, StacAsset>();

    public string? Platform { get; init; }

    public string? Constellation { get; init; }

    public IReadOnlyList<string> Instruments { get; init; } = [];

    /// <summary>Cloud cover in percent (Planet's 0–1 fraction is converted).</summary>
    public double? CloudCoverPercent { get; init; }

    /// <summary>properties.gsd where given.</summary>
    public double? Gsd { get; init; }

    /// <summary>Projection EPSG code (proj:epsg, or the number of proj:code "EPSG:n").</summary>
    public int? Epsg { get; init; }

    /// <summary>The item's own URL (self link), against which relative asset hrefs resolve.</summary>
    public Uri? SelfHref { get; init; }

    /// <summary>"stac" or "planet".</summary>
    public string Format { get; init; } = "stac";

    /// <summary>A sensor label such as "sentinel-2a/msi" or "planetscope/PS2.SD".</summary>
    public string? Sensor => Platform is null && Constellation is null && Instruments.Count == 0
        ? null
        : string.Join('/', new[] { Platform ?? Constellation, Instruments.Count == 0 ? null : string.Join('+', Instruments) }.Where(s => s is not null));

    /// <summary>The first of <paramref name="preferences"/> present (keys compared without case), or null.</summary>
    public (string Key, StacAsset Asset)? FindAsset(IEnumerable<string> preferences)
    {
        foreach (var wanted in preferences)
        {
            foreach (var (key, asset) in Assets)
            {
                if (string.Equals(key, wanted, StringComparison.OrdinalIgnoreCase))
                {
                    return (key, asset);
                }
            }
        }

        return null;
    }
}

/// <summary>One asset: its href and what it says about its pixels.</summary>
internal sealed record StacAsset(string Href)
{
    public string? MediaType { get; init; }

    /// <summary>Pixel size in metres from gsd, raster:bands[].spatial_resolution or proj:transform (projected CRS only).</summary>
    public double? Gsd { get; init; }

    public IReadOnlyList<string> Roles { get; init; } = [];
}
