namespace RailWatch.Ingest.Http;

/// <summary>
/// A token bucket rate limiter on an injected clock: <see cref="AcquireAsync"/> takes one token, waiting for the
/// bucket to refill at <c>rate</c> tokens per second. The bucket holds at most <c>ceil(rate)</c> tokens (the burst).
/// </summary>
internal sealed class TokenBucket : IDisposable
{
    private readonly double rate;
    private readonly double capacity;
    private readonly TimeProvider time;
    private readonly SemaphoreSlim gate = new(1, 1);
    private double tokens;
    private long last;

    public TokenBucket(double ratePerSecond, TimeProvider time)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(ratePerSecond);
        rate = ratePerSecond;
        capacity = Math.Max(1, Math.Ceiling(ratePerSecond));
        this.time = time;
        tokens = capacity;
        last = time.GetTimestamp();
    }

    public async Task AcquireAsync(CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            while (true)
            {
                var now = time.GetTimestamp();
                tokens = Math.Min(capacity, tokens + (time.GetElapsedTime(last, now).TotalSeconds * rate));
                last = now;
                if (tokens >= 1)
                {
                    tokens -= 1;
                    return;
                }

                var wait = TimeSpan.FromSeconds((1 - tokens) / rate);
                await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            gate.Release();
        }
    }

    public void Dispose() => gate.Dispose();
}
