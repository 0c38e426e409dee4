namespace RailWatch.Ingest;

/// <summary>What every source shares: the download cache folder, the clock for back-off delays, how environment variables (secrets) are read, and optionally the HTTP handler.</summary>
public sealed record IngestContext
{
    /// <summary>Folder for downloaded files (named by a hash of their URL) and partial downloads.</summary>
    public required string CacheDirectory { get; init; }

    /// <summary>
    /// The clock of back-off and rate-limit waits, per-attempt timeouts, signed URLs' expiry and an XYZ scene's day;
    /// required, so that no source runs on the real clock behind an injected one (the CLI passes its environment's).
    /// </summary>
    public required TimeProvider Time { get; init; }

    public Func<string, string?> GetEnvironmentVariable { get; init; } = Environment.GetEnvironmentVariable;

    /// <summary>The handler under every source's HttpClient; null uses a new <see cref="SocketsHttpHandler"/>.</summary>
    public HttpMessageHandler? Handler { get; init; }

    /// <summary>Margin around the yard's bounding box kept in each chip, in metres, for sources whose config does not set <c>margin_metres</c>.</summary>
    public double ChipMarginMetres { get; init; } = 50;

    /// <summary>Where sources report retries and skipped scenes (one line each, secrets redacted); null discards them.</summary>
    public IProgress<string>? Log { get; init; }

    /// <summary>
    /// Where sources report what an operator should act on: a file in an imagery folder that cannot be read or timed,
    /// so is never counted. Null reports them on <see cref="Log"/>.
    /// </summary>
    public IProgress<string>? Warnings { get; init; }
}
