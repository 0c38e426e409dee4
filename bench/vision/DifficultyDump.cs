using System.Globalization;
using System.Text;

namespace RailWatch.Vision.Bench;

/// <summary>
/// One CSV row per scene: the truth, the raw and corrected counts and what the counter knew about its own
/// difficulty, for choosing what per-scene intervals scale with.
/// </summary>
internal static class DifficultyDump
{
    public static void Run(IEnumerable<int> seeds, RailcarCounter counter, string csvPath)
    {
        var sb = new StringBuilder("seed,gsd,truth,raw,count,low,high,observed,registration,unsure,pitches\n");
        foreach (var (seed, options, _, label, report) in CountedScenes.For(seeds, counter))
        {
            var total = report.Count.Total;
            sb.Append(CultureInfo.InvariantCulture, $"{seed},{options.GsdMetres},{label.VisibleCount},{report.RawTotal},{total.Count},{total.Low},{total.High},{report.Count.ObservedFraction},{report.RegistrationConfidence:F4},{report.UnsureCars:F3},{report.ObservedPitches:F2}\n");
        }

        File.WriteAllText(csvPath, sb.ToString());
    }
}
