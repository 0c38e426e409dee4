namespace RailWatch.Ingest.Config;

/// <summary>
/// An API key read from an environment variable named in the config (the key itself never appears in the config),
/// sent either as a header (<see cref="Header"/>, with <see cref="Prefix"/>) or as a query parameter.
/// </summary>
public sealed record ApiKeyOptions
{
    /// <summary>Name of the environment variable that holds the key.</summary>
    public required string Env { get; init; }

    /// <summary>Header to send the key in (e.g. <c>Authorization</c>, <c>X-Api-Key</c>); null when it goes in the URL.</summary>
    public string? Header { get; init; }

    /// <summary>Text before the key in the header value (e.g. <c>Bearer </c>).</summary>
    public string Prefix { get; init; } = "";

    /// <summary>Query parameter to append the key as (e.g. <c>key</c>); XYZ templates may instead say <c>{api_key}</c>.</summary>
    public string? QueryParameter { get; init; }
}
