using System.Diagnostics;
using System.Globalization;
using RailWatch.ThirdScenes.Bench.Output;
using RailWatch.ThirdScenes.Bench.Plan;

namespace RailWatch.ThirdScenes.Bench.Cli;

/// <summary>Renders and writes every seed, one line per scene.</summary>
internal static class SceneRunner
{
    public static int Run(ThirdArguments arguments)
    {
        var watch = Stopwatch.StartNew();
        foreach (var seed in arguments.Seeds)
        {
            var started = watch.Elapsed;
            var scene = SceneMaker.Make(seed);
            SceneWriter.Write(arguments.Directory, scene, arguments.Preview);
            Console.WriteLine(Describe(scene, (watch.Elapsed - started).TotalSeconds));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{arguments.Seeds.Count} scenes in {watch.Elapsed.TotalSeconds:F1} s -> {arguments.Directory}"));
        return 0;
    }

    private static string Describe(MadeScene scene, double seconds)
    {
        var plan = scene.Plan;
        var sensor = plan.Sensor;
        var visible = scene.Cars.Count(c => c.Visible);
        var kind = sensor.Acquisition switch
        {
            Acquisition.Panchromatic => "pan",
            Acquisition.PanSharpened => "pansharp",
            _ => "ms",
        };
        var bands = sensor.Acquisition == Acquisition.Panchromatic ? "gray" : sensor.Layout.ToString().ToUpperInvariant();
        var words = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture, $"sun {plan.Light.SunElevationDeg:F0}°"),
            string.Create(CultureInfo.InvariantCulture, $"off-nadir {plan.Light.OffNadirDeg:F0}°"),
            plan.Ground.Ballast.ToString().ToLowerInvariant() + " ballast",
        };
        AddIf(words, plan.Weather.Snow, plan.Weather.Ploughed ? "snow (ploughed)" : "snow");
        AddIf(words, plan.Weather.CirrusOpacity > 0, "cirrus");
        AddIf(words, plan.Weather.Puddles, "puddles");
        AddIf(words, plan.Ground.Catenary, plan.Ground.Portals ? "portals" : "catenary");
        AddIf(words, scene.Partial, "partial");
        AddIf(words, sensor.SharpenAmount > 0, "sharpened");
        AddIf(words, sensor.StripeAmplitude > 0 || sensor.DeadColumns > 0, "striping");
        AddIf(words, scene.Product.Compression != Compression.None, scene.Product.Compression == Compression.Jpeg ? "jpeg" : "wavelet");
        AddIf(words, scene.Layout.Shape.Curvature != 0, "curved");
        AddIf(words, scene.Layout.Ladders.Count > 0, "ladder");
        return string.Create(
            CultureInfo.InvariantCulture,
            $"third-{plan.Seed}  gsd {plan.Gsd:F2} m  {kind} {bands} {sensor.Bits}-bit  {scene.Product.Grid.Width}x{scene.Product.Grid.Height}  cars {visible}/{scene.Cars.Count} visible  cloud {scene.CloudShare:P0}  {string.Join(", ", words)}  ({seconds:F1} s)");
    }

    private static void AddIf(List<string> words, bool condition, string word)
    {
        if (condition)
        {
            words.Add(word);
        }
    }
}
