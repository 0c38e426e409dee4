using System.Globalization;
using System.Text;
using RailWatch.Vision.Calibration;

namespace RailWatch.Vision.Bench;

/// <summary>
/// One CSV row per car found on the seeds' scenes: its score and length and whether a visible true car lies within
/// the match distance, for choosing how sure a segment must be to count as a car.
/// </summary>
internal static class CarScores
{
    public static void Run(IEnumerable<int> seeds, RailcarCounter counter, string csvPath)
    {
        var sb = new StringBuilder("seed,gsd,truth,found,score,length_m,matched,ambiguous\n");
        foreach (var (seed, options, _, label, report) in CountedScenes.For(seeds, counter))
        {
            var (matched, nearAmbiguous) = AccuracyEvaluator.Match(label, report);
            var cars = report.Count.Cars;
            for (var i = 0; i < cars.Count; i++)
            {
                sb.Append(CultureInfo.InvariantCulture, $"{seed},{options.GsdMetres},{label.VisibleCount},{cars.Count},{cars[i].Score},{cars[i].LengthMetres},{(matched[i] ? 1 : 0)},{(nearAmbiguous[i] ? 1 : 0)}\n");
            }
        }

        File.WriteAllText(csvPath, sb.ToString());
    }
}
