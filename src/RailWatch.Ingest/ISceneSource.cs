using RailWatch.Core.Scenes;
using RailWatch.Core.Yards;

namespace RailWatch.Ingest;

/// <summary>
/// One configured imagery source (a folder, a STAC API, an XYZ tile service). It lists the scenes that cover a yard
/// and cuts the yard's window out of one of them into a chip GeoTIFF.
/// </summary>
public interface ISceneSource
{
    /// <summary>The source's name from the config (<c>sources[i].name</c>).</summary>
    string Name { get; }

    /// <summary>Scenes whose footprint intersects the yard and whose acquisition time lies in the query's range, oldest first where the source can order them.</summary>
    IAsyncEnumerable<SceneRef> FindScenesAsync(Yard yard, SceneQuery query, CancellationToken cancellationToken);

    /// <summary>
    /// Reads the yard window (bounds plus the source's margin) of the scene at native resolution (coarser when the
    /// window would be too large) and writes it as a tiled DEFLATE GeoTIFF at <paramref name="chipPath"/>
    /// (written to a temporary file, then renamed). Throws <see cref="SceneFetchException"/> when the scene cannot
    /// be fetched; no file is left at <paramref name="chipPath"/> then.
    /// </summary>
    Task<ChipResult> FetchChipAsync(SceneRef scene, Yard yard, string chipPath, CancellationToken cancellationToken);
}
