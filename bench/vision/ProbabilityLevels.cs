using System.Globalization;

namespace RailWatch.Vision.Bench;

/// <summary>`plevels SEEDS`: coarse scenes only — truth, raw count and quantiles of the visible car probability.</summary>
internal static class ProbabilityLevels
{
    public static void Run(IEnumerable<int> seeds, RailcarCounter counter)
    {
        foreach (var (seed, options, scene, _, report) in CountedScenes.For(seeds, counter, o => o.GsdMetres > counter.Model.MaxSegmentationGsdMetres))
        {
            var p = report.Profiles!.SelectMany(pr => Enumerable.Range(0, pr.Strip.Length).Where(t => pr.Visible[t]).Select(t => (double)pr.Probability[t])).Order().ToList();
            var pitches = report.Profiles!.Sum(pr => pr.ObservedFraction * pr.Strip.Length * pr.Strip.StepMetres) / counter.Model.MeanPitchMetres;
            string Q(double q) => p.Count == 0 ? "-" : p[(int)(q * (p.Count - 1))].ToString("F2", CultureInfo.InvariantCulture);
            Console.WriteLine(FormattableString.Invariant($"seed {seed} gsd {options.GsdMetres} truth {scene.Truth.VisibleCount} raw {report.RawTotal:F1} pitches {pitches:F0} occ {scene.Truth.VisibleCount / Math.Max(1, pitches):F2} | p05 {Q(0.05)} p10 {Q(0.1)} p20 {Q(0.2)} p30 {Q(0.3)} p50 {Q(0.5)} p80 {Q(0.8)} p95 {Q(0.95)}"));
        }
    }
}
