using System.Globalization;
using RailWatch.Core.Labels;
using RailWatch.Synth;
using RailWatch.Vision;
using RailWatch.Vision.Calibration;

namespace RailWatch.Cli.Commands.Calibrate;

/// <summary>Renders the planned scene of each seed, counts it and scores the count against the scene's truth (seeds in parallel, results in seed order).</summary>
internal static class SceneRunner
{
    public static List<SceneOutcome> Run(RailcarCounter counter, IReadOnlyList<int> seeds, IProgress<string>? progress, CancellationToken ct, bool atTrueShift = false)
    {
        var outcomes = new SceneOutcome[seeds.Count];
        var parallel = new ParallelOptions { CancellationToken = ct, MaxDegreeOfParallelism = Environment.ProcessorCount };
        Parallel.For(0, seeds.Count, parallel, i =>
        {
            var seed = seeds[i];
            var (yard, options) = ScenePlan.For(seed);
            var scene = SceneRenderer.Render(yard, options, ct);
            var label = SceneLabels.For(scene, $"seed {seed}");
            var report = counter.CountDetailed(scene.Image, yard, OptionsFor(label, atTrueShift), ct);
            outcomes[i] = AccuracyEvaluator.Score(label, report);
            progress?.Report(Describe(outcomes[i]));
        });

        return [.. outcomes];
    }

    /// <summary>How a labelled scene is counted: registered by the counter, or placed at its true shift (<c>--at-true-shift</c>).</summary>
    public static CountOptions OptionsFor(SceneLabel label, bool atTrueShift) =>
        new() { ImageName = label.Name, FixedShiftMetres = atTrueShift ? label.TrueShiftMetres : null };

    /// <summary>One progress line: the scene, its GSD, truth, count and interval.</summary>
    public static string Describe(SceneOutcome o)
    {
        var total = o.Report.Count.Total;
        static string N(int? v) => v?.ToString(CultureInfo.InvariantCulture) ?? "null";
        return FormattableString.Invariant($"{o.Label.Name}: gsd {o.Label.GsdMetres:0.##} m, truth {o.Label.VisibleCount}, count {N(o.Count)} [{N(total.Low)}, {N(total.High)}]");
    }
}
