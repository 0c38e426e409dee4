using System.Globalization;
using RailWatch.Core.Geometry;
using RailWatch.Core.Imaging;
using RailWatch.Core.Labels;
using RailWatch.Core.Yards;
using RailWatch.Geo;
using RailWatch.Vision.Calibration;

namespace RailWatch.Vision.Bench;

/// <summary>
/// Where the false cars of a folder of labelled scenes lie (`labelledfalsecars DIR [MAX_GSD]`): each scene is counted
/// as `count` reads it, its cars are matched to the visible labelled cars as `evaluate` matches them, and every
/// false car is put in the first kind it fits: within 6 m of a hidden car (`hidden`); within 12 m of a labelled car
/// on its own track (`own-track`: a car split in two or placed off its car); within 12 m of one on another track
/// only (`next-track`: a car read beside a train); on a track without labelled cars (`empty-track`); or on an empty
/// stretch of an occupied track (`empty-stretch`). One line per scene, with its registration error, and the totals,
/// also over the scenes registered within 2 m.
/// </summary>
internal static class LabelledFalseCars
{
    private const double WindowMarginMetres = 30;
    private const double NearMetres = 12;
    private const double WellRegisteredMetres = 2;

    private static readonly string[] Kinds = ["hidden", "own-track", "next-track", "empty-track", "empty-stretch"];

    public static void Run(string folder, RailcarCounter counter, double maxGsd)
    {
        var all = Kinds.ToDictionary(k => k, _ => 0);
        var registered = Kinds.ToDictionary(k => k, _ => 0);
        Console.WriteLine("scene\tgsd\ttruth\tcount\tregistration_error_m\t" + string.Join('\t', Kinds));
        foreach (var file in LabelFile.In(folder))
        {
            var scene = LabelFile.Load(file);
            var yard = YardFile.Load(scene.YardPath);
            RasterImage image;
            using (var raster = GeoRaster.Open(scene.ImagePath))
            {
                image = raster.ReadWindow(yard.Bounds, new ReadWindowOptions { MarginMetres = WindowMarginMetres });
            }

            if (image.GsdMetres > maxGsd)
            {
                continue;
            }

            var label = scene.ToSceneLabel(Path.GetFileName(file)[..^LabelFile.Extension.Length], image.GsdMetres);
            var report = counter.CountDetailed(image, yard);
            var kinds = Classify(scene, label, report);
            var error = FalseCars.Distance(report.Count.ShiftMetres, label.TrueShiftMetres);
            foreach (var kind in Kinds)
            {
                all[kind] += kinds[kind];
                registered[kind] += error <= WellRegisteredMetres ? kinds[kind] : 0;
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{label.Name}\t{image.GsdMetres:F2}\t{label.VisibleCount}\t{report.Count.Total.Count}\t{error:F1}\t{string.Join('\t', Kinds.Select(k => kinds[k]))}"));
        }

        Console.WriteLine("all scenes: " + string.Join(", ", Kinds.Select(k => $"{k} {all[k]}")));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"registered within {WellRegisteredMetres} m: ") + string.Join(", ", Kinds.Select(k => $"{k} {registered[k]}")));
    }

    private static Dictionary<string, int> Classify(LabelledScene scene, SceneLabel label, CountReport report)
    {
        var kinds = Kinds.ToDictionary(k => k, _ => 0);
        var cars = report.Count.Cars;
        if (cars.Count == 0)
        {
            return kinds;
        }

        var (matched, _) = AccuracyEvaluator.Match(label, report);
        var frame = new LocalMetricFrame(cars[0].Center);
        var visible = scene.Cars.Where(c => c.Visible).Select(c => (c.TrackId, At: frame.ToMetres(c.Centre))).ToList();
        var hidden = scene.Cars.Where(c => !c.Visible).Select(c => frame.ToMetres(c.Centre)).ToList();
        for (var i = 0; i < cars.Count; i++)
        {
            if (matched[i])
            {
                continue;
            }

            var at = frame.ToMetres(cars[i].Center);
            var near = visible.Where(v => FalseCars.Distance(v.At, at) <= NearMetres).ToList();
            var kind = hidden.Any(h => FalseCars.Distance(h, at) <= AccuracyEvaluator.MatchDistanceMetres) ? "hidden"
                : near.Any(v => v.TrackId == cars[i].TrackId) ? "own-track"
                : near.Count > 0 ? "next-track"
                : visible.All(v => v.TrackId != cars[i].TrackId) ? "empty-track"
                : "empty-stretch";
            kinds[kind]++;
        }

        return kinds;
    }
}
