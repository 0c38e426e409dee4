using System.Globalization;
using System.Text;
using RailWatch.Vision.Calibration;

namespace RailWatch.Vision.Bench;

/// <summary>
/// Experiment: per track of every fine scene, the cars found with their scores and how many of them are true,
/// against the true cars on it. `trackscores SEEDS OUT.tsv`.
/// </summary>
internal static class TrackScores
{
    public static void Run(IEnumerable<int> seeds, RailcarCounter counter, string tsvPath)
    {
        var sb = new StringBuilder("seed\tgsd\ttrack\ttruth\tfound\tmatched\tmedian_score\tmean_score\tmax_score\tscores\n");
        foreach (var (seed, options, _, label, report) in CountedScenes.For(seeds, counter, o => o.GsdMetres <= 1.0))
        {
            var (matched, _) = AccuracyEvaluator.Match(label, report);
            var cars = report.Count.Cars;
            foreach (var track in report.Count.Tracks)
            {
                var mine = cars.Select((c, i) => (c, i)).Where(x => x.c.TrackId == track.TrackId).ToList();
                var truth = label.Cars.Count(c => c.Visible && c.TrackId == track.TrackId);
                if (mine.Count == 0 && truth == 0)
                {
                    continue;
                }

                var scores = mine.Select(x => x.c.Score).Order().ToList();
                var median = scores.Count == 0 ? 0 : scores[scores.Count / 2];
                sb.Append(CultureInfo.InvariantCulture, $"{seed}\t{options.GsdMetres}\t{track.TrackId}\t{truth}\t{mine.Count}\t{mine.Count(x => matched[x.i])}\t{median:F3}\t{(scores.Count == 0 ? 0 : scores.Average()):F3}\t{(scores.Count == 0 ? 0 : scores[^1]):F3}\t{string.Join(',', scores.Select(s => s.ToString("F2", CultureInfo.InvariantCulture)))}\n");
            }
        }

        File.WriteAllText(tsvPath, sb.ToString());
    }
}
