using System.Diagnostics;
using System.Globalization;
using RailWatch.Core.Yards;
using RailWatch.Geo;
using RailWatch.Vision.Model;
using RailWatch.Vision.Occupancy;

namespace RailWatch.Vision.Bench;

/// <summary>
/// `forests IMAGE YARD [REPEATS]`: the sample features of one scene's strips (as the counter computes them, a task
/// per strip: run under `taskset -c 0` for one core), then the occupancy and boundary forests over them, each timed
/// on its own (best of REPEATS after a warm-up), the forests both as the counter predicts them (managed,
/// <see cref="SampleForest.Predict"/>) and through OpenCV; checks that the two give the same bits.
/// </summary>
internal static class ForestTiming
{
    public static int Run(CounterModel model, string imagePath, string yardPath, int repeats)
    {
        var classifiers = OccupancyClassifiers.For(model) ?? throw new InvalidOperationException("the model has no classifiers (set RW_MODEL)");
        var yard = YardFile.Load(yardPath);
        using var raster = GeoRaster.Open(imagePath);
        var img = raster.ReadWindow(yard.Bounds, new ReadWindowOptions { MarginMetres = 30 });
        var strips = new RailcarCounter(model).PrepareTracks(img, yard, fixedShift: null, imagePath, default).Strips;

        var features = Best(repeats, () => SampleFeatures.ComputeAll(strips, img.GsdMetres).Select(f => f.Rows).ToList(), out var rows);
        var all = rows.SelectMany(r => r).ToArray();
        var samples = all.Length / SampleFeatures.Count;
        var occupancy = classifiers.OccupancyAt(img.GsdMetres);
        var managed = Best(repeats, () => (occupancy.Predict(all), classifiers.Boundary.Predict(all)), out var ours);
        using var openCvOccupancy = occupancy.AsOpenCv();
        using var openCvBoundary = classifiers.Boundary.AsOpenCv();
        var openCv = Best(repeats, () => (openCvOccupancy.Predict(all), openCvBoundary.Predict(all)), out var theirs);
        static bool Same(float[] managed, float[] openCv) => managed.Zip(openCv, (a, b) => a == Math.Clamp(b, 0f, 1f)).All(x => x);
        var same = Same(ours.Item1, theirs.Item1) && Same(ours.Item2, theirs.Item2);
        Console.WriteLine(FormattableString.Invariant(
            $"{samples} samples on {strips.Count} strips (gsd {img.GsdMetres:F2} m), best of {repeats}: features {features * 1e3:F1} ms ({features / samples * 1e6:F2} µs/sample); occupancy + boundary forests managed {managed * 1e3:F1} ms, OpenCV {openCv * 1e3:F1} ms; same bits: {same}"));
        return same ? 0 : 1;
    }

    private static double Best<T>(int repeats, Func<T> work, out T result)
    {
        result = work();
        var best = double.MaxValue;
        for (var i = 0; i < repeats; i++)
        {
            var sw = Stopwatch.StartNew();
            result = work();
            best = Math.Min(best, sw.Elapsed.TotalSeconds);
        }

        return best;
    }

    public static int Run(CounterModel model, string[] args) =>
        Run(model, args[1], args[2], args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 5);
}
