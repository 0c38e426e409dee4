using System.Globalization;

namespace RailWatch.Geo.Native;

/// <summary>The GDAL configuration options a raster opens and reads under: the remote defaults and a <see cref="RemoteAccess"/>.</summary>
internal static class RemoteConfig
{
    /// <summary>What every remote read gets unless <see cref="RemoteAccess"/> says otherwise.</summary>
    internal static readonly IReadOnlyDictionary<string, string> Defaults = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["GDAL_DISABLE_READDIR_ON_OPEN"] = "EMPTY_DIR",
        ["GDAL_HTTP_MAX_RETRY"] = "3",
        ["GDAL_HTTP_RETRY_DELAY"] = "1",
        ["GDAL_HTTP_TIMEOUT"] = "60",
        ["GDAL_HTTP_CONNECTTIMEOUT"] = "20",
        ["GDAL_HTTP_MERGE_CONSECUTIVE_RANGES"] = "YES",
        ["GDAL_HTTP_MULTIPLEX"] = "YES",
    };

    /// <summary>The options for one raster: the remote defaults (not for a local file), overridden by <paramref name="access"/>.</summary>
    public static Dictionary<string, string> For(bool local, RemoteAccess? access)
    {
        var config = local ? new Dictionary<string, string>(StringComparer.Ordinal) : new Dictionary<string, string>(Defaults, StringComparer.Ordinal);
        if (access is not null)
        {
            foreach (var (key, value) in ToGdal(access))
            {
                config[key] = value;
            }
        }

        return config;
    }

    /// <summary>The GDAL configuration options that say what <paramref name="access"/> says (only for the properties it sets).</summary>
    public static IEnumerable<KeyValuePair<string, string>> ToGdal(RemoteAccess access)
    {
        ArgumentNullException.ThrowIfNull(access);
        if (access.MaxRetries is { } retries)
        {
            yield return new("GDAL_HTTP_MAX_RETRY", retries.ToString(CultureInfo.InvariantCulture));
        }

        if (access.RetryDelay is { } delay)
        {
            yield return new("GDAL_HTTP_RETRY_DELAY", Math.Max(0.001, delay.TotalSeconds).ToString("0.###", CultureInfo.InvariantCulture));
        }

        if (access.Timeout is { } timeout)
        {
            var seconds = Math.Max(1, (int)Math.Ceiling(timeout.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            yield return new("GDAL_HTTP_TIMEOUT", seconds);
            yield return new("GDAL_HTTP_CONNECTTIMEOUT", seconds);
        }

        if (access.UserAgent is { } userAgent)
        {
            yield return new("GDAL_HTTP_USERAGENT", userAgent);
        }

        if (access.AllowedExtensions is { Count: > 0 } extensions)
        {
            yield return new("CPL_VSIL_CURL_ALLOWED_EXTENSIONS", string.Join(',', extensions));
        }

        if (access.Headers is { Count: > 0 } headers)
        {
            // One header per line.
            yield return new("GDAL_HTTP_HEADERS", string.Join("\r\n", headers.Select(h => $"{h.Key}: {h.Value}")));
        }

        if (access.UnsignedS3)
        {
            yield return new("AWS_NO_SIGN_REQUEST", "YES");
        }
    }
}
