using System.Text;

namespace RailWatch.Geo;

/// <summary>
/// How a remote raster (an <c>http(s)://</c> URL, <c>/vsicurl/</c> or <c>/vsis3/</c> path) is fetched while it opens
/// and reads. Unset properties keep <see cref="GeoRaster"/>'s defaults for remote reads.
/// </summary>
public sealed record RemoteAccess
{
    /// <summary>How many times a failed HTTP request is retried (default 3).</summary>
    public int? MaxRetries { get; init; }

    /// <summary>The delay before the first retry, at least 1 ms (default 1 s).</summary>
    public TimeSpan? RetryDelay { get; init; }

    /// <summary>Both the connect and the whole-request timeout, rounded up to whole seconds, at least 1 s (defaults 20 s and 60 s).</summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary>The User-Agent header (default: GDAL's own).</summary>
    public string? UserAgent { get; init; }

    /// <summary>Extra request headers, in order, e.g. <c>Authorization: Bearer …</c>; their values are never printed by <see cref="ToString"/>.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Headers { get; init; } = [];

    /// <summary>The only file extensions that are fetched (e.g. ".tif"), so no sidecar files are probed; null or empty: any.</summary>
    public IReadOnlyList<string>? AllowedExtensions { get; init; }

    /// <summary>Reads <c>/vsis3/</c> objects without signing the requests (public buckets, no AWS credentials).</summary>
    public bool UnsignedS3 { get; init; }

    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("MaxRetries = ").Append(MaxRetries)
            .Append(", RetryDelay = ").Append(RetryDelay)
            .Append(", Timeout = ").Append(Timeout)
            .Append(", UserAgent = ").Append(UserAgent)
            .Append(", Headers = [").AppendJoin(", ", Headers.Select(h => h.Key + ": ***")).Append(']')
            .Append(", AllowedExtensions = ").Append(AllowedExtensions is null ? "" : "[" + string.Join(", ", AllowedExtensions) + "]")
            .Append(", UnsignedS3 = ").Append(UnsignedS3);
        return true;
    }
}
