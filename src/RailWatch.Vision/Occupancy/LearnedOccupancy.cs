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

    /// <summary>Features per sample of the second look: <see cref="SampleFeatures"/>, then <see cref="ShadowContext"/>'s.</summary>
    public const int InContextCount = SampleFeatures.Count + ShadowContext.Count;

    public static IReadOnlyList<TrackProfile> Profile(IReadOnlyList<Strip> strips, double gsd, OccupancyClassifiers classifiers)
    {
        var shadow = ShadowDirection.Of(strips);
        var features = SampleFeatures.ComputeAll(strips, gsd, shadow);
        var profiles = new TrackProfile[strips.Count];
        var occupancy = classifiers.OccupancyAt(gsd);
        var boundary = classifiers.BoundaryAt(gsd);
        var cars = new float[strips.Count][];
        Parallel.For(0, strips.Count, k => cars[k] = occupancy.Predict(features[k].Rows));
        if (classifiers.OccupancyInContextAt(gsd) is { } secondLook)
        {
            var inContext = InContext(strips, features, cars, shadow);
            Parallel.For(0, strips.Count, k => cars[k] = secondLook.Predict(inContext[k]));
        }

        Parallel.For(0, strips.Count, k =>
        {
            var strip = strips[k];
            var profile = new TrackProfile(strip) { ShadowCrossing = shadow.CrossingAtMiddle(strip.Path) };
            var (rows, visible) = features[k];
            var car = cars[k];
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

    /// <summary>
    /// Rows of the second look (<see cref="InContextCount"/> per sample): each sample's features followed by its
    /// <see cref="ShadowContext"/> from the first look's probabilities <paramref name="firstLook"/>.
    /// </summary>
    public static float[][] InContext(IReadOnlyList<Strip> strips, (float[] Rows, bool[] Visible)[] features, IReadOnlyList<float[]> firstLook, ShadowDirection shadow)
    {
        var context = ShadowContext.Compute(strips, firstLook, [.. features.Select(f => f.Visible)], shadow);
        var rows = new float[strips.Count][];
        for (var k = 0; k < strips.Count; k++)
        {
            var n = strips[k].Length;
            var joined = new float[n * InContextCount];
            for (var t = 0; t < n; t++)
            {
                Array.Copy(features[k].Rows, t * SampleFeatures.Count, joined, t * InContextCount, SampleFeatures.Count);
                Array.Copy(context[k], t * ShadowContext.Count, joined, (t * InContextCount) + SampleFeatures.Count, ShadowContext.Count);
            }

            rows[k] = joined;
        }

        return rows;
    }
}
