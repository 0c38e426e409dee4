namespace RailWatch.Web.Model;

/// <summary>Where a scene came from: provider, its id there, when it was taken, resolution and cloud.</summary>
public sealed record SceneInfo(string Provider, string SceneId, DateTimeOffset Acquired)
{
    public string? Sensor { get; init; }

    public double? GsdMetres { get; init; }

    public double? CloudCoverPercent { get; init; }
}
