using RailWatch.AltScenes.Bench.Truth;
using RailWatch.Core.Geometry;

namespace RailWatch.AltScenes.Bench.Scoring;

/// <summary>Match counts, and the indices (<see cref="TruthCar.Index"/>) of the visible true cars that were found.</summary>
internal readonly record struct CarMatch(int TruePositives, int FalsePositives, int FalseNegatives, IReadOnlySet<int> FoundTruth);

/// <summary>
/// Matches found cars to visible true cars one to one, nearest pairs first, within 6 m. A found car left over that lies
/// within 6 m of a car that is not visible (under cloud, or mostly outside) is neither right nor wrong.
/// </summary>
internal static class CarMatcher
{
    public const double MatchRadiusMetres = 6;

    public static CarMatch Match(IReadOnlyList<GeoPoint> found, IReadOnlyList<TruthCar> truth, LocalMetricFrame frame)
    {
        var foundXy = found.Select(frame.ToMetres).ToArray();
        var visibleCars = truth.Where(t => t.Visible).ToArray();
        var visible = visibleCars.Select(t => frame.ToMetres(t.Center)).ToArray();
        var hidden = truth.Where(t => !t.Visible).Select(t => frame.ToMetres(t.Center)).ToArray();
        var pairs = new List<(double Distance, int Found, int Truth)>();
        for (var f = 0; f < foundXy.Length; f++)
        {
            for (var t = 0; t < visible.Length; t++)
            {
                var d = Distance(foundXy[f], visible[t]);
                if (d <= MatchRadiusMetres)
                {
                    pairs.Add((d, f, t));
                }
            }
        }

        var foundUsed = new bool[foundXy.Length];
        var truthUsed = new bool[visible.Length];
        var foundTruth = new HashSet<int>();
        foreach (var (_, f, t) in pairs.OrderBy(p => p.Distance))
        {
            if (!foundUsed[f] && !truthUsed[t])
            {
                foundUsed[f] = truthUsed[t] = true;
                foundTruth.Add(visibleCars[t].Index);
            }
        }

        var falsePositives = Enumerable.Range(0, foundXy.Length)
            .Count(f => !foundUsed[f] && !hidden.Any(h => Distance(foundXy[f], h) <= MatchRadiusMetres));
        return new CarMatch(foundTruth.Count, falsePositives, visible.Length - foundTruth.Count, foundTruth);
    }

    private static double Distance((double E, double N) a, (double E, double N) b) => Math.Sqrt(((a.E - b.E) * (a.E - b.E)) + ((a.N - b.N) * (a.N - b.N)));
}
