using System.Collections.Concurrent;
using RailWatch.Core.Errors;
using RailWatch.Vision.Occupancy;

namespace RailWatch.Vision.Model;

/// <summary>
/// The trained classifiers of a model: per sample, car versus empty track (with one of its own for coarse scenes
/// when the model has one) and boundary between cars; per candidate car, the verifier; per track of a coarse scene,
/// the share under cars (the last two when the model has them).
/// </summary>
internal sealed class OccupancyClassifiers(SampleForest occupancy, SampleForest boundary, SampleForest? verifier, SampleForest? coarseOccupancy, SampleForest? coarseTracks, double coarseAboveGsdMetres)
{
    private static readonly ConcurrentDictionary<string, OccupancyClassifiers> Loaded = new(StringComparer.Ordinal);

    public SampleForest Occupancy { get; } = occupancy;

    public SampleForest Boundary { get; } = boundary;

    public SampleForest? Verifier { get; } = verifier;

    /// <summary>Per track of a coarse scene, the share under cars (when the model has one).</summary>
    public SampleForest? CoarseTracks { get; } = coarseTracks;

    /// <summary>
    /// The boundary classifier for a scene of this ground sample distance, or null above the model's coarsest
    /// segmented GSD: only the segmenter and its verifier read boundaries.
    /// </summary>
    public SampleForest? BoundaryAt(double gsdMetres) => gsdMetres > coarseAboveGsdMetres ? null : Boundary;

    /// <summary>The car/empty classifier for a scene of this ground sample distance.</summary>
    public SampleForest OccupancyAt(double gsdMetres) =>
        coarseOccupancy is not null && gsdMetres > coarseAboveGsdMetres ? coarseOccupancy : Occupancy;

    /// <summary>The model's classifiers (loaded once per process and file), or null when the model has none.</summary>
    public static OccupancyClassifiers? For(CounterModel model)
    {
        if (model.OccupancyClassifier is null || model.BoundaryClassifier is null)
        {
            return null;
        }

        if (model.Directory is null)
        {
            throw new UsageException("the counter model names classifier files but was not loaded from a file");
        }

        var occupancy = Path.Combine(model.Directory, model.OccupancyClassifier);
        var boundary = Path.Combine(model.Directory, model.BoundaryClassifier);
        var verifier = model.VerifierClassifier is null ? null : Path.Combine(model.Directory, model.VerifierClassifier);
        var coarse = model.CoarseOccupancyClassifier is null ? null : Path.Combine(model.Directory, model.CoarseOccupancyClassifier);
        var tracks = model.CoarseTrackRegressor is null ? null : Path.Combine(model.Directory, model.CoarseTrackRegressor);
        var cache = ForestCache.DefaultFolder();
        return Loaded.GetOrAdd(string.Join('\n', occupancy, boundary, verifier, coarse, tracks, model.MaxSegmentationGsdMetres), _ => new OccupancyClassifiers(
            SampleForest.Load(occupancy, SampleFeatures.Count, cache),
            SampleForest.Load(boundary, SampleFeatures.Count, cache),
            verifier is null ? null : SampleForest.Load(verifier, Segmentation.SegmentFeatures.Count, cache),
            coarse is null ? null : SampleForest.Load(coarse, SampleFeatures.Count, cache),
            tracks is null ? null : SampleForest.Load(tracks, Estimation.TrackFeatures.Count, cache),
            model.MaxSegmentationGsdMetres));
    }
}
