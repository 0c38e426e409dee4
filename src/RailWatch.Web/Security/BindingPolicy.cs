using System.Net;
using RailWatch.Core.Errors;
using RailWatch.Web.Server;

namespace RailWatch.Web.Security;

/// <summary>Loopback by default; any other address only with a token.</summary>
public static class BindingPolicy
{
    /// <summary>True when the URL binds only a loopback interface (127.0.0.0/8, ::1 or "localhost").</summary>
    public static bool IsLoopback(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var host = HostOf(url);
        if (string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return IPAddress.TryParse(host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip);
    }

    /// <summary>Throws <see cref="UsageException"/> for a URL that is malformed, or off loopback without a token.</summary>
    public static void Validate(ReviewServerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Urls.Count == 0)
        {
            throw new UsageException("--urls: no URL given");
        }

        foreach (var url in options.Urls)
        {
            if (!url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) && !url.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
            {
                throw new UsageException($"--urls: \"{url}\" is not an http:// or https:// URL");
            }

            if (!IsLoopback(url) && string.IsNullOrEmpty(options.Token))
            {
                throw new UsageException(
                    $"--urls: {url} is not a loopback address; set web.token in the config or RAILWATCH_WEB_TOKEN to serve it");
            }
        }
    }

    public static bool AllLoopback(IEnumerable<string> urls) => urls.All(IsLoopback);

    private static string HostOf(string url)
    {
        var rest = url[(url.IndexOf("://", StringComparison.Ordinal) + 3)..];
        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        if (slash >= 0)
        {
            rest = rest[..slash];
        }

        if (rest.StartsWith('['))
        {
            var close = rest.IndexOf(']', StringComparison.Ordinal);
            return close < 0 ? rest : rest[..(close + 1)];
        }

        var colon = rest.LastIndexOf(':');
        return colon < 0 ? rest : rest[..colon];
    }
}
