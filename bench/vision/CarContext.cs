using System.Globalization;
using System.Text;
using RailWatch.Vision.Calibration;

namespace RailWatch.Vision.Bench;

/// <summary>
/// Experiment: every car found on the fine scenes with its place in its run of cars along the track (alone, at an
/// end, inside), its score, the score of its neighbour inward and whether it is a true car. `carcontext SEEDS OUT.tsv`.
/// </summary>
internal static class CarContext
{
    public static void Run(IEnumerable<int> seeds, RailcarCounter counter, string tsvPath)
    {
        var sb = new StringBuilder("seed\tgsd\ttrack\ttrue_car\tplace\tscore\tinner_score\tlength_m\tgap_m\n");
        foreach (var (seed, options, _, label, report) in CountedScenes.For(seeds, counter, o => o.GsdMetres <= 1.0))
        {
            if (report.Profiles is not { } profiles || report.Count.Cars.Count == 0)
            {
                continue;
            }

            var (matched, ambiguous) = AccuracyEvaluator.Match(label, report);
            var placed = PlacedCars.Of(report, profiles, PlacedCars.FrameOf(seed));
            for (var k = 0; k < profiles.Count; k++)
            {
                var path = profiles[k].Strip.Path;
                var mine = placed.Where(p => p.Track == k).OrderBy(p => p.Arc).ToList();
                for (var j = 0; j < mine.Count; j++)
                {
                    if (ambiguous[mine[j].Index])
                    {
                        continue;
                    }

                    var reach = 1.4 * (mine[j].Car.LengthMetres + 1.5);
                    var prev = j > 0 && mine[j].Arc - mine[j - 1].Arc <= reach;
                    var next = j < mine.Count - 1 && mine[j + 1].Arc - mine[j].Arc <= reach;
                    var place = (prev, next) switch { (false, false) => "alone", (true, true) => "inside", _ => "end" };
                    var inner = place == "end" ? (prev ? mine[j - 1].Car.Score : mine[j + 1].Car.Score) : double.NaN;
                    var gap = place == "end" ? (prev ? mine[j].Arc - mine[j - 1].Arc : mine[j + 1].Arc - mine[j].Arc) : double.NaN;
                    sb.Append(CultureInfo.InvariantCulture, $"{seed}\t{options.GsdMetres}\t{path.Track.Id}\t{(matched[mine[j].Index] ? 1 : 0)}\t{place}\t{mine[j].Car.Score:F3}\t{inner:F3}\t{mine[j].Car.LengthMetres:F1}\t{gap:F1}\n");
                }
            }
        }

        File.WriteAllText(tsvPath, sb.ToString());
    }
}
