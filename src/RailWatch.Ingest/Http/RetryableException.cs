namespace RailWatch.Ingest.Http;

/// <summary>One attempt failed in a way another attempt may fix (429, 5xx, truncated or corrupt body).</summary>
internal sealed class RetryableException : Exception
{
    public RetryableException(string message, TimeSpan? retryAfter = null)
        : base(message) => RetryAfter = retryAfter;

    public RetryableException()
    {
    }

    public RetryableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public TimeSpan? RetryAfter { get; }
}
