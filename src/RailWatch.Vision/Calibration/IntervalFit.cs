using RailWatch.Vision.Model;

namespace RailWatch.Vision.Calibration;

/// <summary>One calibration scene as the interval fit needs it.</summary>
internal readonly record struct IntervalScene(double Raw, double ObservedPitches, int Truth, IntervalEvidence Evidence);

/// <summary>
/// Normalised split-conformal intervals for one resolution band. Each scene's error is divided by its own scale
/// (<see cref="GsdBand.Scale"/>: the count, widened where tracks were hidden or undecided); the bounds are
/// conformal quantiles of those scores, so coverage holds on new scenes whatever the weights, and the weights are
/// the ones whose intervals are narrowest on each calibration scene left out in turn.
/// </summary>
internal static class IntervalFit
{
    private static readonly double[] ObservedWeights = [0, 1, 2, 4, 8];
    private static readonly double[] UnsureWeights = [0, 0.25, 0.5, 1, 2, 4, 8, 16];

    public static GsdBand Fit(GsdBand band, IReadOnlyList<IntervalScene> scenes, double coverage)
    {
        var tail = (1 - coverage) / 2;
        var best = band with { ObservedWeight = 0, UnsureWeight = 0 };
        var bestWidth = double.PositiveInfinity;
        foreach (var observedWeight in ObservedWeights)
        {
            foreach (var unsureWeight in UnsureWeights)
            {
                var candidate = band with { ObservedWeight = observedWeight, UnsureWeight = unsureWeight };
                var width = LeaveOneOutLogWidth(candidate, scenes, tail);
                if (width < bestWidth - 1e-9)
                {
                    bestWidth = width;
                    best = candidate;
                }
            }
        }

        return WithBounds(best, scenes, tail);
    }

    /// <summary>Mean log of (high + 1) / (low + 1) over scenes each given the interval fitted without it.</summary>
    private static double LeaveOneOutLogWidth(GsdBand band, IReadOnlyList<IntervalScene> scenes, double tail)
    {
        var total = 0.0;
        for (var i = 0; i < scenes.Count; i++)
        {
            var left = i;
            var fitted = WithBounds(band, [.. scenes.Where((_, j) => j != left)], tail);
            var scene = scenes[i];
            var (low, high) = fitted.Interval(fitted.Apply(scene.Raw, scene.ObservedPitches), scene.Evidence);
            total += Math.Log((high + 1.0) / (low + 1.0));
        }

        return total / scenes.Count;
    }

    private static GsdBand WithBounds(GsdBand band, IReadOnlyList<IntervalScene> scenes, double tail)
    {
        var scores = scenes.Select(s => Score(band, s)).Order().ToList();
        return band with
        {
            RelativeLow = Math.Round(Math.Max(0.01, -ConformalLower(scores, tail)), 4),
            RelativeHigh = Math.Round(Math.Max(0.01, ConformalUpper(scores, tail)), 4),
        };
    }

    private static double Score(GsdBand band, IntervalScene scene)
    {
        var estimate = band.Apply(scene.Raw, scene.ObservedPitches);
        return (scene.Truth - estimate) / band.Scale(estimate, scene.Evidence);
    }

    /// <summary>
    /// Split-conformal bounds: with n calibration scores, the ⌈(n + 1)(1 − tail)⌉-th smallest (largest) keeps a
    /// new scene above (below) it with probability at least 1 − tail — a plain quantile of a few dozen scenes
    /// falls short of that on new ones.
    /// </summary>
    private static double ConformalUpper(List<double> sorted, double tail)
    {
        var rank = (int)Math.Ceiling((sorted.Count + 1) * (1 - tail));
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }

    private static double ConformalLower(List<double> sorted, double tail)
    {
        var rank = (int)Math.Floor((sorted.Count + 1) * tail);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }
}
