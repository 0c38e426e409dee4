using System.Diagnostics;
using System.Globalization;
using RailWatch.Core.Geometry;
using RailWatch.Core.Imaging;
using RailWatch.Core.Yards;
using RailWatch.Synth;
using RailWatch.Vision.Model;
using RailWatch.Vision.Preprocessing;
using RailWatch.Vision.Registration;
using RailWatch.Vision.Strips;

namespace RailWatch.Vision.Bench;

/// <summary>
/// `regcheck SEEDS`: renders each seed's scene and registers it twice, with the exhaustive search (every shift on
/// every point) and with the coarse-to-fine one the counter uses; prints both shifts and times and, at the end,
/// how many scenes differ by more than 0.1 m. Development seeds only (never the evaluation seeds). RW_REG_STRIDE,
/// RW_REG_MIN_POINTS, RW_REG_WIDE_KEEP, RW_REG_WIDE_REACH override the search's
/// settings (<see cref="ShiftSearch"/>) to try others.
/// </summary>
internal static class RegCheck
{
    public static int Run(CounterModel model, string seeds)
    {
        int Env(string name, int fallback) =>
            int.TryParse(Environment.GetEnvironmentVariable(name), CultureInfo.InvariantCulture, out var v) ? v : fallback;
        var defaults = ShiftSearch.CoarseToFine;
        var search = defaults with
        {
            SubsetStride = Env("RW_REG_STRIDE", defaults.SubsetStride),
            MinSubsetPoints = Env("RW_REG_MIN_POINTS", defaults.MinSubsetPoints),
            WideKeep = Env("RW_REG_WIDE_KEEP", defaults.WideKeep),
            WideReach = Env("RW_REG_WIDE_REACH", defaults.WideReach),
        };
        int scenes = 0, differ = 0;
        double exhaustiveSeconds = 0, fastSeconds = 0;
        foreach (var seed in ScenePlan.ParseSeeds(seeds))
        {
            var (yard, options) = ScenePlan.For(seed);
            if (options.GsdMetres >= 1.8)
            {
                continue; // corridor registration, unchanged
            }

            var scene = SceneRenderer.Render(yard, options);
            var (exhaustive, te) = Register(scene.Image, yard, model, ShiftSearch.Exhaustive);
            var (fast, tf) = Register(scene.Image, yard, model, search);
            var d = Math.Sqrt(Math.Pow(exhaustive.Shift.East - fast.Shift.East, 2) + Math.Pow(exhaustive.Shift.North - fast.Shift.North, 2));
            scenes++;
            differ += d > 0.1 ? 1 : 0;
            exhaustiveSeconds += te;
            fastSeconds += tf;
            Console.WriteLine(FormattableString.Invariant(
                $"seed {seed,5} gsd {options.GsdMetres,4} | exhaustive {exhaustive.Shift.East:F3},{exhaustive.Shift.North:F3} conf {exhaustive.Confidence:F3} {te:F3}s | coarse-to-fine {fast.Shift.East:F3},{fast.Shift.North:F3} conf {fast.Confidence:F3} {tf:F3}s | {(d > 0.1 ? "DIFFERS" : d > 0 ? "close" : "same")}"));
        }

        Console.WriteLine(FormattableString.Invariant(
            $"{scenes} scenes (GSD < 1.8 m), {differ} differ by > 0.1 m; registration time exhaustive {exhaustiveSeconds:F2} s, coarse-to-fine {fastSeconds:F2} s"));
        return differ == 0 ? 0 : 1;
    }

    private static (RegistrationResult Result, double Seconds) Register(RasterImage image, Yard yard, CounterModel model, ShiftSearch search)
    {
        var frame = new LocalMetricFrame(yard.Bounds.Center);
        var paths = yard.Tracks.Select(t => new TrackPath(t, frame)).ToList();
        var georeference = LocalAffineGeoreference.Fit(image.Georeference, frame, yard.Bounds.Expand(model.RegistrationRadiusMetres + 10));
        var planes = ScenePreparer.Prepare(image, RailcarCounter.TrackNeighbourhood(image, georeference, frame, paths));
        var sw = Stopwatch.StartNew();
        var result = TrackRegistrar.Register(planes, georeference, frame, paths, model.RegistrationRadiusMetres, search, default);
        return (result, sw.Elapsed.TotalSeconds);
    }
}
