namespace RailWatch.Ingest.Config;

/// <summary>HTTP policy of one source: rate limit, per-request timeout and retries with exponential back-off.</summary>
public sealed record HttpOptions
{
    /// <summary>Requests per second (token bucket, burst of the same size rounded up).</summary>
    public double RateLimitPerSecond { get; init; } = 5;

    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Retries after the first attempt for 408/425/429/5xx answers, network errors, timeouts and truncated or corrupt bodies.</summary>
    public int MaxRetries { get; init; } = 4;

    /// <summary>First back-off delay; doubled after each failure, with full jitter, capped at <see cref="RetryMaxDelay"/>.</summary>
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    public TimeSpan RetryMaxDelay { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>A server's Retry-After longer than this fails the request instead of waiting.</summary>
    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromMinutes(5);

    public string UserAgent { get; init; } = "RailWatch/1.0";
}
