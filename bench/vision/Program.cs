using System.Diagnostics;
using System.Globalization;
using RailWatch.Cli.Commands.Calibrate;
using RailWatch.Synth;
using RailWatch.Vision;
using RailWatch.Vision.Calibration;
using RailWatch.Vision.Model;

var mode = args.Length > 0 ? args[0] : "explore";
var modelPath = Environment.GetEnvironmentVariable("RW_MODEL");
var model = modelPath is null ? new CounterModel() : CounterModel.Load(modelPath);
var counter = new RailcarCounter(model);
switch (mode)
{
    case "explore":
    {
        var seeds = ScenePlan.ParseSeeds(args.Length > 1 ? args[1] : "1-10");
        var debug = args.Length > 2 ? args[2] : null;
        var outcomes = new List<SceneOutcome>();
        foreach (var seed in seeds)
        {
            var (yard, options) = ScenePlan.For(seed);
            var sw = Stopwatch.StartNew();
            var scene = SceneRenderer.Render(yard, options);
            var render = sw.Elapsed.TotalSeconds;
            sw.Restart();
            var report = counter.CountDetailed(scene.Image, yard, new CountOptions { DebugDirectory = debug is null ? null : Path.Combine(debug, seed.ToString(CultureInfo.InvariantCulture)) });
            var count = sw.Elapsed.TotalSeconds;
            var label = ScenePlan.Label(scene, $"seed {seed}");
            var o = AccuracyEvaluator.Score(label, report);
            outcomes.Add(o);
            var t = scene.Truth;
            if (Environment.GetEnvironmentVariable("RW_DIAG") == "3")
            {
                var sd = RailWatch.Vision.Occupancy.ShadowDirection.Of(report.Profiles!.Select(p => p.Strip).ToList());
                var az = (Math.Atan2(sd.East, sd.North) * 180 / Math.PI + 360) % 360;
                Console.WriteLine(FormattableString.Invariant($"   shadow towards {az:F0}° (strength {sd.Strength:F3}); sun azimuth {options.SunAzimuthDegrees:F0}° → shadows towards {(options.SunAzimuthDegrees + 180) % 360:F0}°"));
            }

            if (Environment.GetEnvironmentVariable("RW_DIAG") == "1")
            {
                RailWatch.Vision.Bench.Diagnose.Run(scene, report);
            }

            Console.WriteLine(FormattableString.Invariant(
                $"seed {seed,5} gsd {options.GsdMetres,4} {options.Season,-6} {options.Sensor,-6} cloud {options.CloudCover:F2} haze {options.Haze:F2} | truth {label.VisibleCount,4} count {report.Count.Total.Count,4} [{report.Count.Total.Low},{report.Count.Total.High}] raw {report.RawTotal:F1} ok {AccuracyEvaluator.MeetsCountTarget(o),-5} | tp {o.TruePositives} fp {o.FalsePositives} fn {o.FalseNegatives} | shift {report.Count.ShiftMetres.East:F1},{report.Count.ShiftMetres.North:F1} true {t.GeolocationError.EastM:F1},{t.GeolocationError.NorthM:F1} | obs {report.Count.ObservedFraction:F2}/{t.ObservedFraction:F2} | {scene.Image.Width}x{scene.Image.Height} render {render:F1}s count {count:F2}s"));
        }

        Console.WriteLine(AccuracyEvaluator.MarkdownTable(outcomes));
        break;
    }

    case "write":
    {
        foreach (var seed in ScenePlan.ParseSeeds(args[1]))
        {
            var (yard, options) = ScenePlan.For(seed);
            var scene = SceneRenderer.Render(yard, options);
            var path = Path.Combine(args[2], $"scene-{seed}.tif");
            Directory.CreateDirectory(args[2]);
            SceneWriter.Write(scene, path);
            File.WriteAllText(Path.Combine(args[2], $"scene-{seed}.yard.geojson"), RailWatch.Core.Yards.YardFile.ToGeoJson(yard));
            Console.WriteLine(path);
        }

        break;
    }

    case "speed":
    {
        // speed IMAGE YARD [REPEATS]: GDAL window read alone vs read + count, best of N.
        var yard = RailWatch.Core.Yards.YardFile.Load(args[2]);
        var repeats = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 3;
        double bestRead = double.MaxValue, bestBoth = double.MaxValue;
        var pixels = 0L;
        for (var i = 0; i < repeats; i++)
        {
            var sw = Stopwatch.StartNew();
            using (var raster = RailWatch.Geo.GeoRaster.Open(args[1]))
            {
                var img = raster.ReadWindow(yard.Bounds, new RailWatch.Geo.ReadWindowOptions { MarginMetres = 30 });
                pixels = (long)img.Width * img.Height;
            }

            bestRead = Math.Min(bestRead, sw.Elapsed.TotalSeconds);
            sw.Restart();
            using (var raster = RailWatch.Geo.GeoRaster.Open(args[1]))
            {
                var img = raster.ReadWindow(yard.Bounds, new RailWatch.Geo.ReadWindowOptions { MarginMetres = 30 });
                counter.Count(img, yard);
            }

            bestBoth = Math.Min(bestBoth, sw.Elapsed.TotalSeconds);
        }

        Console.WriteLine(FormattableString.Invariant($"window {pixels / 1e6:F1} Mpx: read {bestRead:F3} s, read+count {bestBoth:F3} s, ratio {bestBoth / bestRead:F1}, {pixels / 1e6 / bestBoth:F1} Mpx/s, {1 / bestBoth:F2} scenes/s"));
        break;
    }

    case "train":
    {
        // train SEEDS OUTDIR: trains the classifiers on the seeds' scenes and writes OUTDIR/model.json beside them.
        var trainer = new ClassifierTrainer(model);
        var sw = Stopwatch.StartNew();
        foreach (var seed in ScenePlan.ParseSeeds(args[1]))
        {
            var (yard, options) = ScenePlan.For(seed);
            var scene = SceneRenderer.Render(yard, options);
            trainer.Add(scene.Image, yard, ScenePlan.Label(scene, $"seed {seed}"));
        }

        Console.WriteLine(FormattableString.Invariant($"samples: occupancy {trainer.OccupancySamples}, boundary {trainer.BoundarySamples}, {sw.Elapsed.TotalSeconds:F0} s"));
        sw.Restart();
        var trained = trainer.TrainAndSave(model, args[2]);
        trained.Save(Path.Combine(args[2], CounterModel.FileName));
        Console.WriteLine(FormattableString.Invariant($"trained in {sw.Elapsed.TotalSeconds:F0} s"));
        break;
    }

    case "profile":
    {
        // profile IMAGE YARD: time per stage of one count (best of 3).
        var yard = RailWatch.Core.Yards.YardFile.Load(args[2]);
        using var raster = RailWatch.Geo.GeoRaster.Open(args[1]);
        var img = raster.ReadWindow(yard.Bounds, new RailWatch.Geo.ReadWindowOptions { MarginMetres = 30 });
        for (var i = 0; i < 3; i++)
        {
            var sw = Stopwatch.StartNew();
            var frame = new RailWatch.Core.Geometry.LocalMetricFrame(yard.Bounds.Center);
            var paths = yard.Tracks.Select(t => new RailWatch.Vision.Strips.TrackPath(t, frame)).ToList();
            var geo = RailWatch.Vision.Strips.LocalAffineGeoreference.Fit(img.Georeference, frame, yard.Bounds.Expand(22));
            var planes = RailWatch.Vision.Preprocessing.ScenePreparer.Prepare(img);
            var prep = sw.Elapsed.TotalSeconds;
            sw.Restart();
            var reg = RailWatch.Vision.Registration.TrackRegistrar.Register(planes, geo, frame, paths, 12, default);
            var regT = sw.Elapsed.TotalSeconds;
            sw.Restart();
            var prepared = counter.PrepareTracks(img, yard, reg.Shift, "x", default);
            var stripsT = sw.Elapsed.TotalSeconds;
            sw.Restart();
            var classifiers = RailWatch.Vision.Model.OccupancyClassifiers.For(model)!;
            var profiles = RailWatch.Vision.Occupancy.LearnedOccupancy.Profile(prepared.Strips, img.GsdMetres, classifiers);
            var occT = sw.Elapsed.TotalSeconds;
            Console.WriteLine(FormattableString.Invariant($"prepare {prep:F3} s, register {regT:F3} s, prepare+strips with fixed shift {stripsT:F3} s, occupancy {occT:F3} s"));
        }

        break;
    }

    case "truthshift":
    {
        // truthshift DIR YARD: counts every scene of a Synth series twice, registered and at the true shift.
        var yard = RailWatch.Core.Yards.YardFile.Load(args[2]);
        foreach (var file in Directory.GetFiles(args[1], "*.tif").Order(StringComparer.Ordinal))
        {
            var truth = SceneTruth.FromJson(File.ReadAllText(Path.ChangeExtension(file, ".truth.json")));
            using var raster = RailWatch.Geo.GeoRaster.Open(file);
            var img = raster.ReadWindow(yard.Bounds, new RailWatch.Geo.ReadWindowOptions { MarginMetres = 30 });
            var registered = counter.Count(img, yard);
            var fixedShift = counter.Count(img, yard, new CountOptions { FixedShiftMetres = (truth.GeolocationError.EastM, truth.GeolocationError.NorthM) });
            Console.WriteLine(FormattableString.Invariant(
                $"{Path.GetFileName(file),-60} truth {truth.VisibleCount,4} registered {registered.Total.Count,4} (shift {registered.ShiftMetres.East:F1},{registered.ShiftMetres.North:F1} vs {truth.GeolocationError.EastM:F1},{truth.GeolocationError.NorthM:F1}) true-shift {fixedShift.Total.Count,4} obs {registered.ObservedFraction:F2}/{truth.ObservedFraction:F2}"));
        }

        break;
    }

    case "series":
    {
        // series DIR YARD: reads the yard window of every GeoTIFF in DIR and counts it; scenes/s and megapixels/s.
        var yard = RailWatch.Core.Yards.YardFile.Load(args[2]);
        var files = Directory.GetFiles(args[1], "*.tif").Order(StringComparer.Ordinal).ToList();
        double read = 0, count = 0;
        long pixels = 0;
        foreach (var file in files)
        {
            var sw = Stopwatch.StartNew();
            using var raster = RailWatch.Geo.GeoRaster.Open(file);
            var img = raster.ReadWindow(yard.Bounds, new RailWatch.Geo.ReadWindowOptions { MarginMetres = 30 });
            read += sw.Elapsed.TotalSeconds;
            sw.Restart();
            counter.Count(img, yard);
            count += sw.Elapsed.TotalSeconds;
            pixels += (long)img.Width * img.Height;
        }

        var total = read + count;
        Console.WriteLine(FormattableString.Invariant($"{files.Count} scenes, {pixels / 1e6:F1} Mpx: read {read:F2} s, count {count:F2} s, {files.Count / total:F2} scenes/s, {pixels / 1e6 / total:F2} Mpx/s (read + count), ratio {total / read:F1}"));
        break;
    }

    case "default-model":
        new CounterModel().Save(args[1]);
        break;

    default:
        Console.Error.WriteLine("usage: bench explore SEEDS [DEBUGDIR]");
        return 2;
}

return 0;
