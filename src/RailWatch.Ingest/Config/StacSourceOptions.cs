namespace RailWatch.Ingest.Config;

/// <summary>Which filter language the STAC search uses for the cloud-cover limit.</summary>
public enum StacFilterLanguage
{
    /// <summary>OGC CQL2 JSON in <c>filter</c> (<c>filter-lang: cql2-json</c>).</summary>
    Cql2Json,

    /// <summary>The older STAC query extension (<c>query: {"eo:cloud_cover": {"lte": N}}</c>).</summary>
    Query,
}

/// <summary>How asset URLs are signed before they are read (Planetary Computer SAS).</summary>
public enum SignMode
{
    /// <summary>GET <c>{url}/{collection}</c> → <c>{"token"}</c>, appended as the href's query string (cached until its expiry).</summary>
    Token,

    /// <summary>GET <c>{url}?href=…</c> → <c>{"href"}</c>, the signed URL.</summary>
    Sign,
}

/// <summary>How a scene's pixels are read.</summary>
public enum ReadMode
{
    /// <summary>Only the yard window, through GDAL /vsicurl/ range requests (COGs; JPEG 2000 works but reads more).</summary>
    Window,

    /// <summary>The whole asset into the download cache (resumable), then the window from the local copy: for servers without range requests.</summary>
    Download,
}

public sealed record SignOptions
{
    public required Uri Url { get; init; }

    public SignMode Mode { get; init; } = SignMode.Token;
}

public sealed record StacSourceOptions
{
    public required string Name { get; init; }

    /// <summary>The API root; searches POST to <c>{url}/search</c>.</summary>
    public required Uri Url { get; init; }

    public IReadOnlyList<string> Collections { get; init; } = [];

    /// <summary>Largest <c>eo:cloud_cover</c> (percent) to ask for; null sends no cloud filter.</summary>
    public double? MaxCloudCover { get; init; }

    public StacFilterLanguage FilterLanguage { get; init; } = StacFilterLanguage.Cql2Json;

    /// <summary>Asset keys to read, first present wins.</summary>
    public IReadOnlyList<string> Assets { get; init; } = ["visual", "image"];

    /// <summary>Asset key of a scene classification mask (Sentinel-2 SCL); null reads no mask.</summary>
    public string? CloudMaskAsset { get; init; } = "scl";

    /// <summary>Mask classes that make a pixel invalid (SCL: 3 cloud shadow, 8/9 cloud, 10 cirrus).</summary>
    public IReadOnlyList<int> CloudMaskInvalidClasses { get; init; } = [3, 8, 9, 10];

    public SignOptions? Sign { get; init; }

    public ApiKeyOptions? ApiKey { get; init; }

    /// <summary>Most items to take from one search (over all pages).</summary>
    public int MaxItems { get; init; } = 200;

    /// <summary>Items per page (<c>limit</c>).</summary>
    public int PageSize { get; init; } = 100;

    public ReadMode Read { get; init; } = ReadMode.Window;

    public HttpOptions Http { get; init; } = new();

    public ChipOptions Chip { get; init; } = new();
}
