namespace RailWatch.Store;

/// <summary>A stored scene (one provider product), shared by every yard it covers.</summary>
public sealed record SceneRow(string Provider, string SceneId, DateTimeOffset Acquired, string Href)
{
    public string? Sensor { get; init; }

    public double? GsdMetres { get; init; }

    public double? CloudCoverPercent { get; init; }

    public string? Source { get; init; }
}
