using RailWatch.Ingest.Config;

namespace RailWatch.Ingest.Http;

/// <summary>A source's API key, read once from its environment variable, and how it is attached to requests.</summary>
internal sealed class SourceCredentials
{
    public SourceCredentials(ApiKeyOptions? options, IngestContext context)
    {
        Options = options;
        Key = options is null ? null : context.GetEnvironmentVariable(options.Env);
        if (options is not null && string.IsNullOrEmpty(Key))
        {
            throw new Core.Errors.UsageException($"environment variable {options.Env} (the API key) is not set");
        }

        Redactor = new SecretRedactor([Key]);
    }

    public ApiKeyOptions? Options { get; }

    public string? Key { get; }

    public SecretRedactor Redactor { get; }

    /// <summary>The key's request header, when it travels in one.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Headers =>
        Options?.Header is { } name && Key is not null ? [new(name, Options.Prefix + Key)] : [];

    /// <summary><paramref name="url"/> with the key as its query parameter, when it travels in one (once: a URL that has the parameter is left alone).</summary>
    public string AddToUrl(string url)
    {
        if (Options?.QueryParameter is not { } name || Key is null)
        {
            return url;
        }

        var parameter = Uri.EscapeDataString(name) + "=";
        var query = url.IndexOf('?', StringComparison.Ordinal) is var q and >= 0 ? url[q..] : "";
        if (query.Contains("?" + parameter, StringComparison.Ordinal) || query.Contains("&" + parameter, StringComparison.Ordinal))
        {
            return url;
        }

        var separator = query.Length > 0 ? '&' : '?';
        return $"{url}{separator}{Uri.EscapeDataString(name)}={Uri.EscapeDataString(Key)}";
    }
}
