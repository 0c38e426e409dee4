using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using RailWatch.Ingest.Config;

namespace RailWatch.Ingest.Http;

/// <summary>
/// The HTTP client of one source: a token-bucket rate limit, a timeout per attempt, and retries with exponential
/// back-off and jitter (or the server's <c>Retry-After</c>) on 408/425/429/5xx, network errors, timeouts and truncated
/// or corrupt bodies. Back-off and rate-limit waits and the per-attempt timeout run on the injected
/// <see cref="TimeProvider"/>. Every message it produces is redacted of the source's secrets.
/// </summary>
internal sealed class ResilientHttpClient : IDisposable
{
    private const int MagicLength = 16;

    // Bodies go to servers, not browsers: "<=" stays "<=" rather than "\u003C=".
    private static readonly JsonSerializerOptions BodyJson = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly string sourceName;
    private readonly HttpOptions options;
    private readonly IngestContext context;
    private readonly HttpClient client;
    private readonly TokenBucket bucket;
    private readonly Backoff backoff;
    private readonly IReadOnlyList<KeyValuePair<string, string>> headers;
    private readonly Func<string, string>? authorizeUrl;

    public ResilientHttpClient(
        string sourceName,
        HttpOptions options,
        IngestContext context,
        SecretRedactor redactor,
        IReadOnlyList<KeyValuePair<string, string>>? headers = null,
        Random? jitter = null,
        Func<string, string>? authorizeUrl = null)
    {
        this.authorizeUrl = authorizeUrl;
        this.sourceName = sourceName;
        this.options = options;
        this.context = context;
        Redactor = redactor;
        this.headers = headers ?? [];
        var handler = context.Handler ?? new SocketsHttpHandler
        {
            // No automatic decompression: ranges and Content-Length must count the bytes on the wire.
            AutomaticDecompression = DecompressionMethods.None,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            ConnectTimeout = options.Timeout,
        };
        client = new HttpClient(handler, disposeHandler: context.Handler is null) { Timeout = Timeout.InfiniteTimeSpan };
        bucket = new TokenBucket(options.RateLimitPerSecond, context.Time);
        backoff = new Backoff(options.RetryBaseDelay, options.RetryMaxDelay, jitter);
    }

    public SecretRedactor Redactor { get; }

    /// <summary>Sends a request whose answer is JSON; <paramref name="body"/> (POST) is sent as <c>application/json</c>.</summary>
    public Task<JsonDocument> SendJsonAsync(HttpMethod method, Uri uri, JsonNode? body, IReadOnlyDictionary<string, string>? extraHeaders, CancellationToken cancellationToken)
    {
        var bodyText = body?.ToJsonString(BodyJson);
        return RetryAsync(uri, async token =>
        {
            using var request = NewRequest(method, uri, extraHeaders);
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/geo+json"));
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
            if (bodyText is not null)
            {
                request.Content = new StringContent(bodyText, Encoding.UTF8, "application/json");
            }

            using var response = await SendAsync(request, token).ConfigureAwait(false);
            var bytes = await ReadAllAsync(response, PayloadKind.Json, token).ConfigureAwait(false);
            try
            {
                return JsonDocument.Parse(bytes);
            }
            catch (JsonException e)
            {
                throw new RetryableException($"body is not valid JSON ({e.Message.Split('\n')[0]})");
            }
        }, cancellationToken);
    }

    /// <summary>GETs a small body whole (a map tile); null when the server answers 404/204 and <paramref name="missingIsNull"/>.</summary>
    public Task<byte[]?> GetBytesAsync(Uri uri, PayloadKind kind, bool missingIsNull, CancellationToken cancellationToken) =>
        RetryAsync<byte[]?>(uri, async token =>
        {
            using var request = NewRequest(HttpMethod.Get, uri, null);
            using var response = await SendAsync(request, token, missingIsNull).ConfigureAwait(false);
            if (response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.NoContent)
            {
                return null;
            }

            return await ReadAllAsync(response, kind, token).ConfigureAwait(false);
        }, cancellationToken);

    /// <summary>
    /// Downloads <paramref name="uri"/> to <paramref name="destination"/>, resuming a partial download
    /// (<c>destination.part</c>) with a Range request, checking the length against Content-Length/Content-Range and
    /// the first bytes against <paramref name="kind"/>; the file appears under its final name only when complete.
    /// </summary>
    public Task DownloadAsync(Uri uri, string destination, PayloadKind kind, CancellationToken cancellationToken)
    {
        var part = destination + ".part";
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(destination))!);
        return RetryAsync(uri, async token =>
        {
            var have = File.Exists(part) ? new FileInfo(part).Length : 0;
            using var request = NewRequest(HttpMethod.Get, uri, null);
            if (have > 0)
            {
                request.Headers.Range = new RangeHeaderValue(have, null);
            }

            using var response = await SendAsync(request, token, rangeNotSatisfiableOk: true).ConfigureAwait(false);
            if (response.StatusCode == HttpStatusCode.RequestedRangeNotSatisfiable)
            {
                File.Delete(part);
                throw new RetryableException($"server refused to resume at byte {have}; starting over", TimeSpan.Zero);
            }

            long start = 0;
            long? total = response.Content.Headers.ContentLength;
            if (response.StatusCode == HttpStatusCode.PartialContent)
            {
                var range = response.Content.Headers.ContentRange;
                if (range?.From != have)
                {
                    File.Delete(part);
                    throw new RetryableException($"server resumed at byte {range?.From} instead of {have}; starting over", TimeSpan.Zero);
                }

                start = have;
                total = range.Length ?? (response.Content.Headers.ContentLength + have);
            }

            await using (var file = new FileStream(part, start > 0 ? FileMode.Append : FileMode.Create, FileAccess.Write, FileShare.None))
            {
                var stream = await response.Content.ReadAsStreamAsync(token).ConfigureAwait(false);
                await using (stream.ConfigureAwait(false))
                {
                    try
                    {
                        await stream.CopyToAsync(file, token).ConfigureAwait(false);
                    }
                    catch (IOException e)
                    {
                        // Keep the part: the next attempt resumes from where this one stopped.
                        await file.FlushAsync(token).ConfigureAwait(false);
                        throw new RetryableException(Truncated("download", file.Length, total, e));
                    }
                }
            }

            var length = new FileInfo(part).Length;
            if (total is { } expected && length != expected)
            {
                // Keep the part: the next attempt resumes from where this one stopped.
                throw new RetryableException(Truncated("download", length, expected, null));
            }

            var head = new byte[MagicLength];
            int read;
            await using (var check = File.OpenRead(part))
            {
                read = await check.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, token).ConfigureAwait(false);
            }

            if (MagicBytes.Check(head.AsSpan(0, read), kind) is { } problem)
            {
                File.Delete(part);
                throw new RetryableException(problem);
            }

            File.Move(part, destination, overwrite: true);
            return true;
        }, cancellationToken);
    }

    public void Dispose()
    {
        client.Dispose();
        bucket.Dispose();
    }

    private HttpRequestMessage NewRequest(HttpMethod method, Uri uri, IReadOnlyDictionary<string, string>? extraHeaders)
    {
        // A key that travels as a query parameter goes on every request, next-page links included.
        var request = new HttpRequestMessage(method, authorizeUrl is null ? uri : new Uri(authorizeUrl(uri.ToString())));
        request.Headers.UserAgent.ParseAdd(options.UserAgent);
        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        foreach (var (name, value) in extraHeaders ?? new Dictionary<string, string>())
        {
            request.Headers.Remove(name);
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return request;
    }

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken token, bool missingIsOk = false, bool rangeNotSatisfiableOk = false)
    {
        var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, token).ConfigureAwait(false);
        var status = (int)response.StatusCode;
        if (response.IsSuccessStatusCode && response.StatusCode != HttpStatusCode.NoContent)
        {
            return response;
        }

        if ((missingIsOk && response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.NoContent)
            || (rangeNotSatisfiableOk && response.StatusCode == HttpStatusCode.RequestedRangeNotSatisfiable))
        {
            return response;
        }

        using (response)
        {
            var detail = await ErrorDetailAsync(response, token).ConfigureAwait(false);
            var message = $"HTTP {status} {response.ReasonPhrase}{detail}";
            if (status is 408 or 425 or 429 || status >= 500)
            {
                throw new RetryableException(message, RetryAfter.From(response, context.Time.GetUtcNow()));
            }

            throw new PermanentHttpException(message);
        }
    }

    private static async Task<string> ErrorDetailAsync(HttpResponseMessage response, CancellationToken token)
    {
        try
        {
            var text = await response.Content.ReadAsStringAsync(token).ConfigureAwait(false);
            text = string.Join(' ', text.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries)).Trim();
            return text.Length == 0 ? "" : ": " + (text.Length > 200 ? text[..200] + "…" : text);
        }
        catch (Exception e) when (e is HttpRequestException or IOException)
        {
            return "";
        }
    }

    private static async Task<byte[]> ReadAllAsync(HttpResponseMessage response, PayloadKind kind, CancellationToken token)
    {
        var expected = response.Content.Headers.ContentLength;
        using var buffer = new MemoryStream(expected is > 0 and < int.MaxValue ? (int)expected.Value : 0);
        var stream = await response.Content.ReadAsStreamAsync(token).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            try
            {
                await stream.CopyToAsync(buffer, token).ConfigureAwait(false);
            }
            catch (IOException e)
            {
                throw new RetryableException(Truncated("body", buffer.Length, expected, e));
            }
        }

        if (expected is { } n && buffer.Length != n)
        {
            throw new RetryableException(Truncated("body", buffer.Length, expected, null));
        }

        var bytes = buffer.ToArray();
        return MagicBytes.Check(bytes.AsSpan(0, Math.Min(bytes.Length, MagicLength)), kind) is { } problem
            ? throw new RetryableException(problem)
            : bytes;
    }

    private static string Truncated(string what, long received, long? expected, IOException? error) =>
        string.Create(CultureInfo.InvariantCulture, $"truncated {what}: {received} of {(expected is { } e ? e.ToString(CultureInfo.InvariantCulture) : "?")} bytes") +
        (error is null ? "" : $" ({(error.InnerException ?? error).Message.TrimEnd('.')})");

    private async Task<T> RetryAsync<T>(Uri uri, Func<CancellationToken, Task<T>> attempt, CancellationToken cancellationToken)
    {
        for (var n = 1; ; n++)
        {
            await bucket.AcquireAsync(cancellationToken).ConfigureAwait(false);
            string reason;
            TimeSpan? retryAfter = null;
            using (var timeout = new CancellationTokenSource(options.Timeout, context.Time))
            using (var attemptToken = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token))
            {
                try
                {
                    return await attempt(attemptToken.Token).ConfigureAwait(false);
                }
                catch (RetryableException e)
                {
                    reason = e.Message;
                    retryAfter = e.RetryAfter;
                }
                catch (PermanentHttpException e)
                {
                    throw Failed(uri, e.Message, n);
                }
                catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
                {
                    reason = string.Create(CultureInfo.InvariantCulture, $"no complete answer within {options.Timeout.TotalSeconds:0.###} s");
                }
                catch (HttpRequestException e)
                {
                    reason = e.InnerException is IOException io ? $"{e.Message} ({io.Message})" : e.Message;
                }
                catch (IOException e)
                {
                    reason = $"connection broke: {e.Message}";
                }
            }

            if (n > options.MaxRetries)
            {
                throw Failed(uri, reason, n);
            }

            var delay = retryAfter ?? backoff.Delay(n);
            if (delay > options.MaxRetryAfter)
            {
                throw Failed(uri, string.Create(CultureInfo.InvariantCulture, $"{reason}; server asks to retry after {delay.TotalSeconds:0} s, more than the {options.MaxRetryAfter.TotalSeconds:0} s allowed"), n);
            }

            context.Log?.Report(Redactor.Redact(string.Create(
                CultureInfo.InvariantCulture,
                $"{sourceName}: {uri}: {reason}; retry {n}/{options.MaxRetries} in {delay.TotalSeconds:0.###} s{(retryAfter is null ? "" : " (Retry-After)")}")));
            await Task.Delay(delay, context.Time, cancellationToken).ConfigureAwait(false);
        }
    }

    private SceneFetchException Failed(Uri uri, string reason, int attempts) =>
        new(Redactor.Redact(string.Create(
            CultureInfo.InvariantCulture,
            $"{sourceName}: {uri}: {reason} (after {attempts} attempt{(attempts == 1 ? "" : "s")})")));

    private sealed class PermanentHttpException(string message) : Exception(message);
}
