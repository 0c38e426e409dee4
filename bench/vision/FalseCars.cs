using System.Globalization;
using System.Text;
using RailWatch.Core.Geometry;
using RailWatch.Vision.Calibration;

namespace RailWatch.Vision.Bench;

/// <summary>
/// One row per false car (found, matched to no visible true car) of the seeds' scenes: how far it lies from the
/// nearest true car and from the nearest other car found, the true cars on its track, its length and score, and
/// whether it lies beyond the ends of its track's true cars or among them (`place`; `none` on a track without
/// any). Tells a car found off its true place (a false car beside a matched one) from phantom trains (false cars
/// on an empty track). Prints how many of the true cars are as long as a locomotive.
/// </summary>
internal static class FalseCars
{
    /// <summary>Cars this long are locomotives in our renderer (its freight cars reach 19 m).</summary>
    private const double LongCarMetres = 19.5;

    public static void Run(IEnumerable<int> seeds, RailcarCounter counter, string tsvPath)
    {
        var trueLengths = new List<double>();
        var sb = new StringBuilder("seed\tgsd\ttrack\ttrack_truth\tlength_m\tscore\tnearest_true_m\tnearest_true_len_m\tnearest_found_m\tplace\n");
        foreach (var (seed, options, _, label, report) in CountedScenes.For(seeds, counter))
        {
            var truth = label.Cars.Where(c => c.Visible).ToList();
            if (options.GsdMetres <= 1.0)
            {
                trueLengths.AddRange(truth.Select(c => c.LengthMetres));
            }

            var cars = report.Count.Cars;
            if (cars.Count == 0)
            {
                continue;
            }

            var (matched, ambiguous) = AccuracyEvaluator.Match(label, report);
            var frame = PlacedCars.FrameOf(seed);
            var found = cars.Select(c => frame.ToMetres(c.Center)).ToList();
            var placed = report.Profiles is { } profiles ? PlacedCars.Of(report, profiles, frame) : null;
            var truePoints = truth.Select(c => frame.ToMetres(c.Centre)).ToList();
            for (var i = 0; i < cars.Count; i++)
            {
                if (matched[i] || ambiguous[i])
                {
                    continue;
                }

                var nearest = truth.Count == 0 ? -1 : Enumerable.Range(0, truth.Count).MinBy(t => Distance(truePoints[t], found[i]));
                var nearestFound = found.Where((_, j) => j != i).Select(p => Distance(p, found[i])).DefaultIfEmpty(double.NaN).Min();
                var onTrack = Enumerable.Range(0, truth.Count).Where(t => truth[t].TrackId == cars[i].TrackId).ToList();
                var place = "none";
                if (onTrack.Count > 0 && placed is not null)
                {
                    var path = report.Profiles![placed[i].Track].Strip.Path;
                    var arcs = onTrack.Select(t => path.Project(truePoints[t].East, truePoints[t].North)).ToList();
                    place = placed[i].Arc < arcs.Min() - 3 || placed[i].Arc > arcs.Max() + 3 ? "beyond" : "within";
                }

                var (nearestTrue, nearestLength) = nearest < 0 ? (double.NaN, double.NaN) : (Distance(truePoints[nearest], found[i]), truth[nearest].LengthMetres);
                sb.Append(CultureInfo.InvariantCulture, $"{seed}\t{options.GsdMetres}\t{cars[i].TrackId}\t{onTrack.Count}\t{cars[i].LengthMetres:F1}\t{cars[i].Score:F2}\t{nearestTrue:F1}\t{nearestLength:F1}\t{nearestFound:F1}\t{place}\n");
            }
        }

        File.WriteAllText(tsvPath, sb.ToString());
        var longCars = trueLengths.Count(l => l >= LongCarMetres);
        Console.WriteLine(FormattableString.Invariant($"visible true cars at ≤ 1 m: {trueLengths.Count}, of them {longCars} ({100.0 * longCars / Math.Max(1, trueLengths.Count):F1}%) at least {LongCarMetres} m long"));
    }

    /// <summary>Distance between two points in a local metric frame (metres).</summary>
    internal static double Distance((double East, double North) a, (double East, double North) b) =>
        Math.Sqrt(((a.East - b.East) * (a.East - b.East)) + ((a.North - b.North) * (a.North - b.North)));
}
