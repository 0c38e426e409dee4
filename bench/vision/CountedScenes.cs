using RailWatch.Cli.Commands.Calibrate;
using RailWatch.Synth;
using RailWatch.Vision.Calibration;

namespace RailWatch.Vision.Bench;

/// <summary>The plan's scenes of some seeds, rendered, labelled and counted one at a time (a dot on stderr each).</summary>
internal static class CountedScenes
{
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
            var report = counter.CountDetailed(scene.Image, yard);
            yield return (seed, options, scene, ScenePlan.Label(scene, $"seed {seed}"), report);
            Console.Error.Write('.');
        }

        Console.Error.WriteLine();
    }
}
