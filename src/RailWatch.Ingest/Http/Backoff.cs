namespace RailWatch.Ingest.Http;

/// <summary>Exponential back-off with full jitter: a random delay in [base·2^(n-1) / 2, base·2^(n-1)], capped.</summary>
internal sealed class Backoff
{
    private readonly TimeSpan baseDelay;
    private readonly TimeSpan maxDelay;
    private readonly Random random;

    public Backoff(TimeSpan baseDelay, TimeSpan maxDelay, Random? random = null)
    {
        this.baseDelay = baseDelay;
        this.maxDelay = maxDelay;
        this.random = random ?? Random.Shared;
    }

    /// <summary>The delay before retry number <paramref name="retry"/> (1 for the first retry).</summary>
    public TimeSpan Delay(int retry)
    {
        var exponent = Math.Min(Math.Max(retry - 1, 0), 30);
        var ceiling = Math.Min(baseDelay.TotalSeconds * Math.Pow(2, exponent), maxDelay.TotalSeconds);
        // Half fixed, half random: retries of many clients spread out but never collapse to zero.
        var seconds = (ceiling / 2) + (random.NextDouble() * ceiling / 2);
        return TimeSpan.FromSeconds(seconds);
    }
}
