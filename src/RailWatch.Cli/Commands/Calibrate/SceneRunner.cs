using RailWatch.Synth;
using RailWatch.Vision;
using RailWatch.Vision.Calibration;

namespace RailWatch.Cli.Commands.Calibrate;

/// <summary>Renders the planned scene of each seed, counts it and scores the count against the scene's truth (seeds in parallel, results in seed order).</summary>
internal static class SceneRunner
{
    public static List<SceneOutcome> Run(RailcarCounter counter, IReadOnlyList<int> seeds, IProgress<string>? progress, CancellationToken ct)
    {
        var outcomes = new SceneOutcome[seeds.Count];
        var parallel = new ParallelOptions { CancellationToken = ct, MaxDegreeOfParallelism = Environment.ProcessorCount };
        Parallel.For(0, seeds.Count, parallel, i =>
        {
            var seed = seeds[i];
            var (yard, options) = ScenePlan.For(seed);
            var scene = SceneRenderer.Render(yard, options, ct);
            var label = SceneLabels.For(scene, $"seed {seed}");
            var report = counter.CountDetailed(scene.Image, yard, new CountOptions { ImageName = label.Name }, ct);
            var outcome = AccuracyEvaluator.Score(label, report);
            outcomes[i] = outcome;
            progress?.Report(FormattableString.Invariant(
                $"seed {seed}: gsd {options.GsdMetres} m, truth {label.VisibleCount}, count {outcome.Count?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "null"} [{report.Count.Total.Low}, {report.Count.Total.High}]"));
        });

        return [.. outcomes];
    }
}
