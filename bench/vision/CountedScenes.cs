using RailWatch.Core.Labels;
using RailWatch.Synth;
using RailWatch.Vision.Calibration;

namespace RailWatch.Vision.Bench;

/// <summary>The plan's scenes of some seeds, rendered, labelled and counted one at a time (a dot on stderr each).</summary>
internal static class CountedScenes
{
    /// <summary>RW_TRUE_SHIFT=1 counts at the scene's true registration (what a perfect registration would give).</summary>
    public static bool AtTrueShift { get; } = Environment.GetEnvironmentVariable("RW_TRUE_SHIFT") == "1";

    public static IEnumerable<(int Seed, SceneOptions Options, RenderedScene Scene, SceneLabel Label, CountReport Report)> For(
        IEnumerable<int> seeds, RailcarCounter counter, Func<SceneOptions, bool>? include = null)
    {
        foreach (var seed in seeds)
        {
            var (yard, options) = ScenePlan.For(seed);
            if (include is not null && !include(options))
            {
                continue;
            }

            var scene = SceneRenderer.Render(yard, options);
            var label = SceneLabels.For(scene, $"seed {seed}");
            var report = counter.CountDetailed(scene.Image, yard, new CountOptions { FixedShiftMetres = AtTrueShift ? label.TrueShiftMetres : null });
            yield return (seed, options, scene, label, report);
            Console.Error.Write('.');
        }

        Console.Error.WriteLine();
    }
}
