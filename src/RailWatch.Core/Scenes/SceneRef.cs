namespace RailWatch.Core.Scenes;

/// <summary>
/// One image of a yard as a source offers it, before anything is read: who provides it, its id there,
/// when it was taken and where its pixels are (<see cref="Href"/>: a path, a URL or a GDAL <c>/vsi…/</c> name).
/// </summary>
public sealed record SceneRef(string Provider, string SceneId, DateTimeOffset Acquired, string Href)
{
    public string? Sensor { get; init; }

    public double? GsdMetres { get; init; }

    /// <summary>Cloud cover of the whole product in percent (0–100), where the provider states it.</summary>
    public double? CloudCoverPercent { get; init; }

    /// <summary>A raster mask of clouds for the scene (e.g. Sentinel-2 SCL), where the provider has one.</summary>
    public string? CloudMaskHref { get; init; }

    /// <summary>Name of the configured source that found the scene.</summary>
    public string? Source { get; init; }
}
