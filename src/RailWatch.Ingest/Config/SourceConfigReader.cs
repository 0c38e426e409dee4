namespace RailWatch.Ingest.Config;

/// <summary>Reads the fields of each source type from its config object into the options records.</summary>
internal static class SourceConfigReader
{
    public static FolderSourceOptions ReadFolder(ConfigSection s, string name, IngestContext context)
    {
        var path = s.OptionalPath("path") ?? throw s.Error("path", "is required");
        if (!Directory.Exists(path))
        {
            throw s.Error("path", $"folder \"{path}\" does not exist");
        }

        var timeFrom = s.OptionalStringList("time_from")?.Select((t, i) => t switch
        {
            "tiff_tag" => TimeFrom.TiffTag,
            "stac_json" => TimeFrom.StacJson,
            "file_name" => TimeFrom.FileName,
            _ => throw s.Error($"time_from[{i}]", $"unknown time source \"{t}\" (known: tiff_tag, stac_json, file_name)"),
        }).ToList();
        var regex = s.OptionalString("file_name_regex");
        if (regex is not null && !SourceConfig.IsValidRegex(regex))
        {
            throw s.Error("file_name_regex", $"\"{regex}\" is not a valid regular expression");
        }

        var defaults = new FolderSourceOptions { Name = name, Path = path };
        return defaults with
        {
            Patterns = s.OptionalStringList("pattern") ?? defaults.Patterns,
            Recursive = s.OptionalBool("recursive") ?? false,
            TimeFrom = timeFrom ?? defaults.TimeFrom,
            FileNameRegex = regex,
            FileNameFormats = s.OptionalStringList("file_name_format"),
            Sensor = s.OptionalString("sensor"),
            Chip = ReadChip(s, context),
        };
    }

    public static StacSourceOptions ReadStac(ConfigSection s, string name, IngestContext context)
    {
        var url = ReadHttpUrl(s, "url");
        var defaults = new StacSourceOptions { Name = name, Url = url };
        var filterLang = s.OptionalString("filter_lang") switch
        {
            null or "cql2-json" => StacFilterLanguage.Cql2Json,
            "query" => StacFilterLanguage.Query,
            var other => throw s.Error("filter_lang", $"unknown filter language \"{other}\" (known: cql2-json, query)"),
        };
        var maskIsNull = s.Element.TryGetProperty("cloud_mask_asset", out var m) && m.ValueKind == System.Text.Json.JsonValueKind.Null;
        var mask = maskIsNull ? null : s.OptionalString("cloud_mask_asset") ?? defaults.CloudMaskAsset;
        _ = s.Has("cloud_mask_asset");

        var opts = defaults with
        {
            Collections = s.OptionalStringList("collections") ?? [],
            MaxCloudCover = s.OptionalDouble("max_cloud_cover", 0, 100),
            FilterLanguage = filterLang,
            Assets = s.OptionalStringList("assets") ?? defaults.Assets,
            CloudMaskAsset = mask,
            CloudMaskInvalidClasses = s.OptionalIntList("cloud_mask_classes", 0, 255) ?? defaults.CloudMaskInvalidClasses,
            Sign = ReadSign(s),
            ApiKey = ReadApiKey(s, context),
            MaxItems = s.OptionalInt("max_items", 1, 100_000) ?? defaults.MaxItems,
            PageSize = s.OptionalInt("page_size", 1, 10_000) ?? defaults.PageSize,
            Read = s.OptionalString("read") switch
            {
                null or "window" => ReadMode.Window,
                "download" => ReadMode.Download,
                var other => throw s.Error("read", $"unknown read mode \"{other}\" (known: window, download)"),
            },
            Http = ReadHttp(s),
            Chip = ReadChip(s, context),
        };
        return opts;
    }

    public static XyzSourceOptions ReadXyz(ConfigSection s, string name, IngestContext context)
    {
        var template = s.RequiredString("url");
        if (!template.Contains("{z}", StringComparison.Ordinal) || !template.Contains("{x}", StringComparison.Ordinal)
            || !(template.Contains("{y}", StringComparison.Ordinal) || template.Contains("{-y}", StringComparison.Ordinal)))
        {
            throw s.Error("url", "a tile URL template needs {z}, {x} and {y} (or {-y})");
        }

        var probe = template.Replace("{z}", "0", StringComparison.Ordinal).Replace("{x}", "0", StringComparison.Ordinal)
            .Replace("{-y}", "0", StringComparison.Ordinal).Replace("{y}", "0", StringComparison.Ordinal)
            .Replace("{s}", "a", StringComparison.Ordinal).Replace("{api_key}", "k", StringComparison.Ordinal);
        if (!Uri.TryCreate(probe, UriKind.Absolute, out var u) || (u.Scheme != Uri.UriSchemeHttp && u.Scheme != Uri.UriSchemeHttps))
        {
            throw s.Error("url", "must be an http(s) URL template");
        }

        var apiKey = ReadApiKey(s, context);
        if (template.Contains("{api_key}", StringComparison.Ordinal) && apiKey is null)
        {
            throw s.Error("api_key", "the url has {api_key} but no api_key.env is configured");
        }

        var zoom = s.OptionalInt("zoom", 0, 24);
        var targetGsd = s.OptionalDouble("target_gsd_metres", 0.01, 100_000);
        var defaults = new XyzSourceOptions { Name = name, UrlTemplate = template };
        var maxZoom = s.OptionalInt("max_zoom", 0, 24) ?? defaults.MaxZoom;
        if (zoom is null && targetGsd is null)
        {
            throw s.Error("zoom", "give either zoom or target_gsd_metres");
        }

        return defaults with
        {
            Subdomains = s.OptionalStringList("subdomains") ?? defaults.Subdomains,
            Tms = s.OptionalBool("tms") ?? false,
            Zoom = zoom,
            TargetGsdMetres = targetGsd,
            MaxZoom = maxZoom,
            TileSize = s.OptionalInt("tile_size", 16, 4096) ?? defaults.TileSize,
            MaxTiles = s.OptionalInt("max_tiles", 1, 1_000_000) ?? defaults.MaxTiles,
            ApiKey = apiKey,
            Acquired = s.OptionalTime("acquired"),
            Sensor = s.OptionalString("sensor"),
            Http = ReadHttp(s),
            MarginMetres = s.OptionalDouble("margin_metres", 0, 100_000) ?? context.ChipMarginMetres,
        };
    }

    private static Uri ReadHttpUrl(ConfigSection s, string field)
    {
        var text = s.RequiredString(field);
        return Uri.TryCreate(text, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps)
            ? url
            : throw s.Error(field, $"\"{text}\" is not an http(s) URL");
    }

    private static ChipOptions ReadChip(ConfigSection s, IngestContext context)
    {
        var defaults = new ChipOptions();
        return new ChipOptions
        {
            MarginMetres = s.OptionalDouble("margin_metres", 0, 100_000) ?? context.ChipMarginMetres,
            MaxChipPixels = s.OptionalInt("max_chip_pixels", 16, 65_536) ?? defaults.MaxChipPixels,
            TargetGsdMetres = s.OptionalDouble("target_gsd_metres", 0.01, 100_000),
        };
    }

    private static HttpOptions ReadHttp(ConfigSection s)
    {
        var defaults = new HttpOptions();
        return new HttpOptions
        {
            RateLimitPerSecond = s.OptionalDouble("rate_limit_per_second", 0.001, 10_000) ?? defaults.RateLimitPerSecond,
            Timeout = s.OptionalDouble("timeout_seconds", 0.001, 86_400) is { } t ? TimeSpan.FromSeconds(t) : defaults.Timeout,
            MaxRetries = s.OptionalInt("max_retries", 0, 100) ?? defaults.MaxRetries,
            RetryBaseDelay = s.OptionalDouble("retry_base_delay_seconds", 0, 3600) is { } b ? TimeSpan.FromSeconds(b) : defaults.RetryBaseDelay,
            RetryMaxDelay = s.OptionalDouble("retry_max_delay_seconds", 0, 86_400) is { } m ? TimeSpan.FromSeconds(m) : defaults.RetryMaxDelay,
        };
    }

    private static SignOptions? ReadSign(ConfigSection s)
    {
        var sign = s.OptionalObject("sign");
        if (sign is null)
        {
            return null;
        }

        var type = sign.RequiredString("type");
        if (type != "planetary-computer")
        {
            throw sign.Error("type", $"unknown signing type \"{type}\" (known: planetary-computer)");
        }

        var mode = sign.OptionalString("mode") switch
        {
            null or "token" => SignMode.Token,
            "sign" => SignMode.Sign,
            var other => throw sign.Error("mode", $"unknown mode \"{other}\" (known: token, sign)"),
        };
        var result = new SignOptions { Url = ReadHttpUrl(sign, "url"), Mode = mode };
        sign.RejectUnknownFields();
        return result;
    }

    private static ApiKeyOptions? ReadApiKey(ConfigSection s, IngestContext context)
    {
        var key = s.OptionalObject("api_key");
        if (key is null)
        {
            return null;
        }

        var env = key.RequiredString("env");
        if (string.IsNullOrEmpty(context.GetEnvironmentVariable(env)))
        {
            throw key.Error("env", $"environment variable {env} is not set (it must hold the API key)");
        }

        var result = new ApiKeyOptions
        {
            Env = env,
            Header = key.OptionalString("header"),
            Prefix = !key.Element.TryGetProperty("prefix", out var p) || p.ValueKind == System.Text.Json.JsonValueKind.Null
                ? ""
                : p.ValueKind == System.Text.Json.JsonValueKind.String ? p.GetString()! : throw key.Error("prefix", "must be a string (it may be empty)"),
            QueryParameter = key.OptionalString("query_parameter"),
        };
        key.Has("prefix");
        key.RejectUnknownFields();
        return result;
    }
}
