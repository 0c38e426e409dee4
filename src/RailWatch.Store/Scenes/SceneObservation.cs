using RailWatch.Core.Counting;
using RailWatch.Core.Scenes;

namespace RailWatch.Store;

/// <summary>Everything about one yard × scene, saved in one transaction by <see cref="RailWatchStore.SaveObservation"/>.</summary>
public sealed record SceneObservation(string YardId, SceneRef Scene, ChipFiles Chip, YardCount Count, long RunId);

/// <summary>
/// The yard window kept for review. Paths are relative to the store's chip folder (an absolute path inside that
/// folder is accepted and stored relative). <see cref="CarsOnPreview"/> is empty or has one entry per
/// <see cref="YardCount.Cars"/>, in the same order.
/// </summary>
public sealed record ChipFiles(string GeoTiffPath, string? PreviewPngPath, int PreviewWidth, int PreviewHeight, IReadOnlyList<ChipCar> CarsOnPreview)
{
    public ChipFiles(string geoTiffPath)
        : this(geoTiffPath, null, 0, 0, [])
    {
    }
}

/// <summary>A car's position on the chip preview in pixels (centre, angle clockwise from +x in degrees, length), for drawing overlays.</summary>
public sealed record ChipCar(double X, double Y, double AngleDeg, double LengthPx);
