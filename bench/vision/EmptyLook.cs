using System.Globalization;
using RailWatch.Vision.Estimation;

namespace RailWatch.Vision.Bench;

/// <summary>
/// `emptylook SEEDS`: per fine scene, how unlike the rest of it the track called empty looks
/// (<see cref="EmptyTrackLook"/>), against how far the count falls short of the truth and whether the interval
/// holds it. A train the occupancy forest reads as empty track should make the measure high.
/// </summary>
internal static class EmptyLook
{
    public static void Run(IEnumerable<int> seeds, RailcarCounter counter)
    {
        foreach (var (seed, options, _, label, report) in CountedScenes.For(seeds, counter, o => o.GsdMetres <= 1.0))
        {
            var truth = label.VisibleCount;
            var total = report.Count.Total;
            var inside = total.Low <= truth && truth <= total.High;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{seed,6} gsd {options.GsdMetres:F2} rusty {options.RustyTrackBeds,-5} cloud {options.CloudCover:F2} | truth {truth,4} count {total.Count,4} [{total.Low},{total.High}] {(inside ? "in " : "out")} short {(truth - (total.Count ?? 0)) / (double)Math.Max(1, truth),6:F2} | inconsistency {EmptyTrackLook.Inconsistency(report.Profiles!):F3}"));
        }
    }
}
