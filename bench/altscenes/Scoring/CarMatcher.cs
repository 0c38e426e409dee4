using RailWatch.AltScenes.Bench.Truth;
using RailWatch.Core.Geometry;
using RailWatch.Vision.Calibration;

namespace RailWatch.AltScenes.Bench.Scoring;

/// <summary>Match counts, and the indices (<see cref="TruthCar.Index"/>) of the visible true cars that were found.</summary>
internal readonly record struct CarMatch(int TruePositives, int FalsePositives, int FalseNegatives, IReadOnlySet<int> FoundTruth);

/// <summary>
/// Matches found cars to visible true cars as the project's evaluator does (one to one, nearest pairs first, within 6 m). A found car left over that lies
/// within 6 m of a car that is not visible (under cloud, or mostly outside) is neither right nor wrong.
/// </summary>
internal static class CarMatcher
{
    public static CarMatch Match(IReadOnlyList<GeoPoint> found, IReadOnlyList<TruthCar> truth, LocalMetricFrame frame)
    {
        var foundXy = found.Select(frame.ToMetres).ToArray();
        var visibleCars = truth.Where(t => t.Visible).ToArray();
        var hidden = truth.Where(t => !t.Visible).Select(t => frame.ToMetres(t.Center)).ToArray();
        var (foundUsed, truthUsed) = AccuracyEvaluator.PairNearest(foundXy, [.. visibleCars.Select(t => frame.ToMetres(t.Center))]);
        var foundTruth = visibleCars.Where((_, t) => truthUsed[t]).Select(t => t.Index).ToHashSet();
        var falsePositives = Enumerable.Range(0, foundXy.Length)
            .Count(f => !foundUsed[f] && !hidden.Any(h => Distance(foundXy[f], h) <= AccuracyEvaluator.MatchDistanceMetres));
        return new CarMatch(foundTruth.Count, falsePositives, visibleCars.Length - foundTruth.Count, foundTruth);
    }

    private static double Distance((double E, double N) a, (double E, double N) b) => Math.Sqrt(((a.E - b.E) * (a.E - b.E)) + ((a.N - b.N) * (a.N - b.N)));
}
