using System.Globalization;

namespace RailWatch.Ingest.Http;

/// <summary>Reads a <c>Retry-After</c> header: delay seconds or an HTTP date (RFC 9110 §10.2.3).</summary>
internal static class RetryAfter
{
    public static TimeSpan? From(HttpResponseMessage response, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(response);
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (header?.Date is { } date)
        {
            var wait = date - now;
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        // Some servers send fractional seconds, which the typed header rejects.
        if (response.Headers.TryGetValues("Retry-After", out var raw))
        {
            var text = raw.FirstOrDefault();
            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0 && seconds < 1e7)
            {
                return TimeSpan.FromSeconds(seconds);
            }
        }

        return null;
    }

    public static TimeSpan? Parse(string text, DateTimeOffset now)
    {
        using var response = new HttpResponseMessage();
        response.Headers.TryAddWithoutValidation("Retry-After", text);
        return From(response, now);
    }
}
