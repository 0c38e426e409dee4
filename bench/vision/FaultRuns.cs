using System.Globalization;
using RailWatch.Synth;
using RailWatch.Vision.Calibration;

namespace RailWatch.Vision.Bench;

/// <summary>
/// `faults SEEDS [FAULT,...]`: every scene of the seeds counted as rendered and once more under each sensor fault
/// (<see cref="SensorFaults"/>); per fault and resolution band, the scenes within target, car precision and recall,
/// and how many scenes the fault moved out of (and into) the target. One line per scene and fault with RW_VERBOSE=1.
/// </summary>
internal static class FaultRuns
{
    public static void Run(IEnumerable<int> seeds, RailcarCounter counter, IReadOnlyList<string> faults)
    {
        var runs = new[] { "clean" }.Concat(faults).ToArray();
        var outcomes = runs.ToDictionary(r => r, _ => new List<SceneOutcome>());
        foreach (var seed in seeds)
        {
            var (yard, options) = ScenePlan.For(seed);
            var scene = SceneRenderer.Render(yard, options);
            var label = SceneLabels.For(scene, $"seed {seed}");
            foreach (var run in runs)
            {
                var image = run == "clean" ? scene.Image : SensorFaults.Apply(scene.Image, run, seed);
                var o = AccuracyEvaluator.Score(label, counter.CountDetailed(image, yard, new CountOptions()));
                outcomes[run].Add(o);
                if (Environment.GetEnvironmentVariable("RW_VERBOSE") == "1")
                {
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"seed {seed,5} gsd {options.GsdMetres,4} {options.Sensor,-6} {run,-10} truth {label.VisibleCount,4} count {o.Count,4} ok {AccuracyEvaluator.MeetsCountTarget(o),-5} tp {o.TruePositives} fp {o.FalsePositives} fn {o.FalseNegatives} shift {o.Report.Count.ShiftMetres.East:F1},{o.Report.Count.ShiftMetres.North:F1} obs {o.Report.Count.ObservedFraction:F2}"));
                }
            }

            Console.Error.Write('.');
        }

        Console.Error.WriteLine();
        Console.WriteLine("| fault | band | scenes | within target | lost / gained against clean | car precision | car recall | truth in [low, high] |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|");
        foreach (var run in runs)
        {
            var list = outcomes[run];
            foreach (var band in list.Select((o, i) => (o, i)).GroupBy(x => AccuracyEvaluator.BandName(x.o.Label.GsdMetres)).OrderBy(g => g.First().o.Label.GsdMetres))
            {
                var items = band.ToList();
                var within = items.Count(x => AccuracyEvaluator.MeetsCountTarget(x.o));
                var clean = outcomes["clean"];
                var lost = items.Count(x => AccuracyEvaluator.MeetsCountTarget(clean[x.i]) && !AccuracyEvaluator.MeetsCountTarget(x.o));
                var gained = items.Count(x => !AccuracyEvaluator.MeetsCountTarget(clean[x.i]) && AccuracyEvaluator.MeetsCountTarget(x.o));
                var tp = items.Sum(x => x.o.TruePositives);
                var fp = items.Sum(x => x.o.FalsePositives);
                var fn = items.Sum(x => x.o.FalseNegatives);
                var fine = items.Any(x => x.o.Report.Count.Cars.Count > 0);
                var covered = items.Count(x => x.o.WithinInterval);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {run} | {band.Key} | {items.Count} | {within} ({100.0 * within / items.Count:F0}%) | {(run == "clean" ? "–" : $"{lost} / {gained}")} | {(fine ? $"{tp / (double)Math.Max(1, tp + fp):F3}" : "–")} | {(fine ? $"{tp / (double)Math.Max(1, tp + fn):F3}" : "–")} | {covered} |"));
            }
        }
    }
}
