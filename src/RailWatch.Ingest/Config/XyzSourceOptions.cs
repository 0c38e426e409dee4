namespace RailWatch.Ingest.Config;

public sealed record XyzSourceOptions
{
    public required string Name { get; init; }

    /// <summary>URL template with <c>{z}</c>, <c>{x}</c>, <c>{y}</c> or <c>{-y}</c> (TMS), optionally <c>{s}</c> and <c>{api_key}</c>.</summary>
    public required string UrlTemplate { get; init; }

    public IReadOnlyList<string> Subdomains { get; init; } = ["a", "b", "c"];

    /// <summary>Rows count from the south (TMS) even though the template says <c>{y}</c>.</summary>
    public bool Tms { get; init; }

    /// <summary>Zoom level to fetch; null chooses the coarsest zoom at least as fine as <see cref="TargetGsdMetres"/>.</summary>
    public int? Zoom { get; init; }

    public double? TargetGsdMetres { get; init; }

    public int MaxZoom { get; init; } = 22;

    public int TileSize { get; init; } = 256;

    /// <summary>Refuses to fetch more tiles than this for one chip.</summary>
    public int MaxTiles { get; init; } = 1024;

    public ApiKeyOptions? ApiKey { get; init; }

    /// <summary>Acquisition time the service's imagery is known to have; null reports each run's date (UTC midnight).</summary>
    public DateTimeOffset? Acquired { get; init; }

    public string? Sensor { get; init; }

    public HttpOptions Http { get; init; } = new();

    public double MarginMetres { get; init; } = 50;
}
