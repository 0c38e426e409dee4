using RailWatch.Vision.Model;
using RailWatch.Vision.Strips;

namespace RailWatch.Vision.Occupancy;

/// <summary>
/// Car probability and boundary evidence along each strip from the model's trained classifiers
/// (<see cref="SampleFeatures"/> in, probabilities out); boundary evidence only where cars are segmented.
/// </summary>
internal static class LearnedOccupancy
{
    /// <summary>Boundary probability is scaled to the segmenter's evidence range (0 to this).</summary>
    private const float CutScale = 1.5f;

    public static IReadOnlyList<TrackProfile> Profile(IReadOnlyList<Strip> strips, double gsd, OccupancyClassifiers classifiers)
    {
        var shadow = ShadowDirection.Of(strips);
        var features = SampleFeatures.ComputeAll(strips, gsd, shadow);
        var profiles = new TrackProfile[strips.Count];
        var occupancy = classifiers.OccupancyAt(gsd);
        var boundary = classifiers.BoundaryAt(gsd);
        Parallel.For(0, strips.Count, k =>
        {
            var strip = strips[k];
            var profile = new TrackProfile(strip) { ShadowCrossing = shadow.CrossingAtMiddle(strip.Path) };
            var (rows, visible) = features[k];
            var car = occupancy.Predict(rows);
            var cut = boundary?.Predict(rows);
            var n = strip.Length;
            for (var t = 0; t < n; t++)
            {
                profile.Visible[t] = visible[t];
                profile.Probability[t] = visible[t] ? car[t] : 0.5f;
                profile.Contrast[t] = visible[t] ? car[t] : 0;
            }

            for (var t = 1; cut is not null && t < n; t++)
            {
                var p = Math.Max(visible[t - 1] ? cut[t - 1] : 0, visible[t] ? cut[t] : 0);
                profile.CutEvidence[t] = CutScale * p;
            }

            profiles[k] = profile;
        });

        return profiles;
    }
}
