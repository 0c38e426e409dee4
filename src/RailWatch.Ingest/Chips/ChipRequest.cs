using RailWatch.Core.Scenes;
using RailWatch.Core.Yards;
using RailWatch.Ingest.Config;

namespace RailWatch.Ingest.Chips;

/// <summary>Everything needed to cut one chip out of an opened raster.</summary>
internal sealed record ChipRequest(SceneRef Scene, Yard Yard, string ChipPath, ChipOptions Options)
{
    /// <summary>A raster of classes (Sentinel-2 SCL) already opened, whose listed classes make chip pixels invalid.</summary>
    public Geo.GeoRaster? CloudMask { get; init; }

    public IReadOnlyList<int> CloudMaskInvalidClasses { get; init; } = [];
}
