using System.Diagnostics;
using System.Globalization;
using RailWatch.Core.Geometry;
using RailWatch.Core.Imaging;
using RailWatch.Core.Yards;
using RailWatch.Synth;
using RailWatch.Vision.Registration;
using RailWatch.Vision.Strips;

namespace RailWatch.Vision.Bench;

/// <summary>
/// `seriesreg [SERIES_DIR YARD] [SEEDS]`: registers every scene of a Synth series (GeoTIFF + `.truth.json`, default
/// samples/series with samples/yards/tumangang-like.geojson) and every development seed's rendered scene (default
/// 300–419) the way the counter does (<see cref="RailcarCounter.PrepareTracks"/>), and prints the reported shift
/// against the truth's geolocation error, the error across and along the yard's main track direction, and per set
/// and registrar how many scenes are off by more than 1 m and 2.5 m. Development seeds only (never evaluation seeds).
/// An empty argument ("-") skips that set.
/// </summary>
internal static class SeriesRegCheck
{
    public static int Run(RailcarCounter counter, string[] args)
    {
        if (args.Length > 1 && args[1] == "diag")
        {
            return Diagnose(counter, args[2], args.Length > 3 ? args[3] : "samples/yards/tumangang-like.geojson", args.Length > 4 ? args[4] : null);
        }

        var dir = args.Length > 1 ? args[1] : "samples/series";
        var yardPath = args.Length > 2 ? args[2] : "samples/yards/tumangang-like.geojson";
        var seeds = args.Length > 3 ? args[3] : "300-419";
        if (dir != "-")
        {
            var yard = YardFile.Load(yardPath);
            var rows = new List<Row>();
            foreach (var file in Directory.GetFiles(dir, "*.tif").Order(StringComparer.Ordinal))
            {
                var truth = SceneTruth.FromJson(File.ReadAllText(Path.ChangeExtension(file, ".truth.json")));
                using var raster = RailWatch.Geo.GeoRaster.Open(file);
                if (!Wanted(truth.GsdMetres))
                {
                    continue;
                }

                var img = raster.ReadWindow(yard.Bounds, new RailWatch.Geo.ReadWindowOptions { MarginMetres = 30 });
                rows.Add(Measure(counter, Path.GetFileNameWithoutExtension(file), img, yard, truth.GeolocationError));
            }

            Summarise("series", rows);
        }

        if (seeds != "-")
        {
            var rows = new List<Row>();
            foreach (var seed in ScenePlan.ParseSeeds(seeds))
            {
                var (yard, options) = ScenePlan.For(seed);
                if (!Wanted(options.GsdMetres))
                {
                    continue;
                }

                var scene = SceneRenderer.Render(yard, options);
                rows.Add(Measure(counter, $"seed {seed}", scene.Image, yard, scene.Truth.GeolocationError));
            }

            Summarise("seeds", rows);
        }

        return 0;
    }

    /// <summary>RW_REG_ONLY=track or corridor limits the run to one registrar's scenes.</summary>
    private static bool Wanted(double gsd) => Environment.GetEnvironmentVariable("RW_REG_ONLY") switch
    {
        "track" => gsd < 1.8,
        "corridor" => gsd >= 1.8,
        _ => true,
    };

    private static Row Measure(RailcarCounter counter, string name, RasterImage image, Yard yard, GeolocationError truth)
    {
        var sw = Stopwatch.StartNew();
        var prepared = counter.PrepareTracks(image, yard, null, name, default);
        var seconds = sw.Elapsed.TotalSeconds;
        var (east, north) = prepared.Registration.Shift;
        var de = east - truth.EastM;
        var dn = north - truth.NorthM;
        var (ux, uy) = TrackRegistrar.DominantDirection([.. yard.Tracks.Select(t => new TrackPath(t, prepared.Frame))]);
        var along = (de * ux) + (dn * uy);
        var across = (-de * uy) + (dn * ux);
        var row = new Row(name, image.GsdMetres, Math.Sqrt((de * de) + (dn * dn)), across, along, seconds);
        Console.WriteLine(FormattableString.Invariant(
            $"{name,-52} gsd {image.GsdMetres,4:F2} shift {east,6:F2},{north,6:F2} truth {truth.EastM,6:F2},{truth.NorthM,6:F2} | error {row.Error,5:F2} across {across,6:F2} along {along,6:F2} | conf {prepared.Registration.Confidence:F3} {seconds:F2}s"));
        return row;
    }

    /// <summary>
    /// `seriesreg diag FILE [YARD] [PNG]`: the track registrar's score along a line across the main direction and one
    /// along it, through the true shift (0.25 m steps, ±8 m), and the prepared luminance as a PNG. FILE is a Synth
    /// GeoTIFF with its `.truth.json` beside it, or a label file (which names its image and yard).
    /// </summary>
    private static int Diagnose(RailcarCounter counter, string file, string yardPath, string? png)
    {
        // A label file (railwatch evaluate --labelled) names its own image, yard and true shift.
        var labelled = file.EndsWith(RailWatch.Core.Labels.LabelFile.Extension, StringComparison.Ordinal) ? RailWatch.Core.Labels.LabelFile.Load(file) : null;
        var yard = YardFile.Load(labelled?.YardPath ?? yardPath);
        var truth = labelled is null
            ? SceneTruth.FromJson(File.ReadAllText(Path.ChangeExtension(file, ".truth.json"))).GeolocationError
            : new GeolocationError(labelled.GeoreferenceErrorMetres.East, labelled.GeoreferenceErrorMetres.North);
        using var raster = RailWatch.Geo.GeoRaster.Open(labelled?.ImagePath ?? file);
        var image = raster.ReadWindow(yard.Bounds, new RailWatch.Geo.ReadWindowOptions { MarginMetres = 30 });
        var model = counter.Model;
        var frame = new LocalMetricFrame(yard.Bounds.Center);
        var paths = yard.Tracks.Select(t => new TrackPath(t, frame)).ToList();
        var georeference = LocalAffineGeoreference.Fit(image.Georeference, frame, yard.Bounds.Expand(model.RegistrationRadiusMetres + 10));
        var planes = RailWatch.Vision.Preprocessing.ScenePreparer.Prepare(image, RailcarCounter.TrackNeighbourhood(image, georeference, frame, paths));
        var (ux, uy) = TrackRegistrar.DominantDirection(paths);
        foreach (var (label, dx, dy) in new[] { ("across", -uy, ux), ("along", ux, uy) })
        {
            var shifts = Enumerable.Range(-32, 65).Select(k => (truth.EastM + (k * 0.25 * dx), truth.NorthM + (k * 0.25 * dy))).ToList();
            var scores = RailWatch.Vision.Registration.TrackRegistrar.ScoreShifts(planes, georeference, frame, paths, shifts);
            Console.WriteLine($"{label}:");
            for (var k = 0; k < shifts.Count; k++)
            {
                Console.WriteLine(FormattableString.Invariant($"  {(k - 32) * 0.25,6:F2} {scores[k]:F4} {new string('#', (int)Math.Max(0, scores[k] * 200))}"));
            }
        }

        if (png is not null)
        {
            using var mat = new OpenCvSharp.Mat(planes.Height, planes.Width, OpenCvSharp.MatType.CV_8UC1);
            for (var y = 0; y < planes.Height; y++)
            {
                for (var x = 0; x < planes.Width; x++)
                {
                    mat.Set(y, x, (byte)Math.Clamp(planes.Luma[(y * planes.Width) + x] * 255, 0, 255));
                }
            }

            var crop = Environment.GetEnvironmentVariable("RW_CROP")?.Split(',').Select(int.Parse).ToArray();
            if (crop is { Length: 5 })
            {
                using var part = new OpenCvSharp.Mat(mat, new OpenCvSharp.Rect(crop[0], crop[1], crop[2], crop[3]));
                using var big = part.Resize(new OpenCvSharp.Size(crop[2] * crop[4], crop[3] * crop[4]), 0, 0, OpenCvSharp.InterpolationFlags.Nearest);
                OpenCvSharp.Cv2.ImWrite(png, big);
            }
            else
            {
                OpenCvSharp.Cv2.ImWrite(png, mat);
            }
        }

        return 0;
    }

    private static void Summarise(string set, List<Row> rows)
    {
        foreach (var (label, group) in new[]
                 {
                     ("track (< 1.8 m)", rows.Where(r => r.Gsd < 1.8).ToList()),
                     ("corridor (>= 1.8 m)", rows.Where(r => r.Gsd >= 1.8).ToList()),
                 })
        {
            if (group.Count == 0)
            {
                continue;
            }

            var errors = group.Select(r => r.Error).Order().ToList();
            Console.WriteLine(FormattableString.Invariant(
                $"SUMMARY {set} {label}: {group.Count} scenes, error > 1 m: {group.Count(r => r.Error > 1)}, > 2.5 m: {group.Count(r => r.Error > 2.5)}, |across| > 1 m: {group.Count(r => Math.Abs(r.Across) > 1)}, median {errors[errors.Count / 2]:F2} m, mean {errors.Average():F2} m, max {errors[^1]:F2} m, time {group.Sum(r => r.Seconds):F1} s"));
        }
    }

    private sealed record Row(string Name, double Gsd, double Error, double Across, double Along, double Seconds);
}
