using System.Globalization;
using System.Runtime.ExceptionServices;
using RailWatch.Core.Errors;
using RailWatch.Core.Imaging;
using RailWatch.Core.Labels;
using RailWatch.Core.Yards;
using RailWatch.Synth;
using RailWatch.Vision;
using RailWatch.Vision.Calibration;

namespace RailWatch.Cli.Commands.Calibrate;

/// <summary>
/// Counts scenes and scores each count against the scene's labels, scenes in parallel and results in their order:
/// the planned scenes of seeds (rendered), or any scenes a caller reads (<see cref="LabelledScenes"/>).
/// </summary>
internal static class SceneRunner
{
    /// <summary>Renders the planned scene of each seed, counts it and scores it against the scene's truth.</summary>
    public static List<SceneOutcome> Run(RailcarCounter counter, IReadOnlyList<int> seeds, IProgress<string>? progress, CancellationToken ct, bool atTrueShift = false) =>
        CountAll(seeds.Count, (i, token) =>
        {
            var (yard, options) = ScenePlan.For(seeds[i]);
            var scene = SceneRenderer.Render(yard, options, token);
            return (scene.Image, yard, SceneLabels.For(scene, $"seed {seeds[i]}"));
        }, counter, progress, ct, atTrueShift);

    /// <summary>
    /// Counts scenes 0 … <paramref name="count"/> − 1, each given by <paramref name="scene"/>, registered by the counter or
    /// at the label's true shift; a <see cref="RailWatchException"/> from one scene is rethrown as itself (its exit
    /// code and message), not wrapped by the parallel loop.
    /// </summary>
    public static List<SceneOutcome> CountAll(
        int count,
        Func<int, CancellationToken, (RasterImage Image, Yard Yard, SceneLabel Label)> scene,
        RailcarCounter counter,
        IProgress<string>? progress,
        CancellationToken ct,
        bool atTrueShift)
    {
        var outcomes = new SceneOutcome[count];
        var parallel = new ParallelOptions { CancellationToken = ct, MaxDegreeOfParallelism = Environment.ProcessorCount };
        try
        {
            Parallel.For(0, count, parallel, i =>
            {
                var (image, yard, label) = scene(i, ct);
                var options = new CountOptions { ImageName = label.Name, FixedShiftMetres = atTrueShift ? label.TrueShiftMetres : null };
                outcomes[i] = AccuracyEvaluator.Score(label, counter.CountDetailed(image, yard, options, ct));
                progress?.Report(Describe(outcomes[i]));
            });
        }
        catch (AggregateException e) when (e.InnerExceptions[0] is RailWatchException)
        {
            ExceptionDispatchInfo.Throw(e.InnerExceptions[0]);
        }

        return [.. outcomes];
    }

    /// <summary>One progress line: the scene, its GSD, truth, count and interval.</summary>
    public static string Describe(SceneOutcome o)
    {
        var total = o.Report.Count.Total;
        static string N(int? v) => v?.ToString(CultureInfo.InvariantCulture) ?? "null";
        return FormattableString.Invariant($"{o.Label.Name}: gsd {o.Label.GsdMetres:0.##} m, truth {o.Label.VisibleCount}, count {N(o.Count)} [{N(total.Low)}, {N(total.High)}]");
    }
}
