using System.Globalization;
using System.Text;
using RailWatch.Synth;
using RailWatch.Cli.Commands.Calibrate;

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
        foreach (var seed in seeds)
        {
            var (yard, options) = ScenePlan.For(seed);
            var scene = SceneRenderer.Render(yard, options);
            var report = counter.CountDetailed(scene.Image, yard);
            var label = ScenePlan.Label(scene, $"seed {seed}");
            var total = report.Count.Total;
            sb.Append(CultureInfo.InvariantCulture, $"{seed},{options.GsdMetres},{label.VisibleCount},{report.RawTotal},{total.Count},{total.Low},{total.High},{report.Count.ObservedFraction},{report.RegistrationConfidence:F4},{report.UnsureCars:F3},{report.ObservedPitches:F2}\n");
            Console.Error.Write('.');
        }

        File.WriteAllText(csvPath, sb.ToString());
        Console.Error.WriteLine();
    }
}
