using System.Diagnostics;
using System.Globalization;
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

            // Ablations: the same scene without clouds, or with clouds that cast no shadow.
            if (Environment.GetEnvironmentVariable("RW_NOCLOUD") == "1")
            {
                options = options with { CloudCover = 0 };
            }

            if (Environment.GetEnvironmentVariable("RW_NOCLOUDSHADOW") == "1")
            {
                options = options with { CloudShadows = false };
            }

            var sw = Stopwatch.StartNew();
            var scene = SceneRenderer.Render(yard, options);
            var render = sw.Elapsed.TotalSeconds;
            sw.Restart();
            var report = counter.CountDetailed(scene.Image, yard, new CountOptions { DebugDirectory = debug is null ? null : Path.Combine(debug, seed.ToString(CultureInfo.InvariantCulture)) });
            var count = sw.Elapsed.TotalSeconds;
            var label = SceneLabels.For(scene, $"seed {seed}");
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

    case "liftcheck":
        RailWatch.Vision.Bench.LiftCheck.Run(ScenePlan.ParseSeeds(args[1]), counter);
        break;

    case "cloudmask":
        // cloudmask SEEDS: the cloud mask against the renderer's opaque-cloud mask, per cloudy scene.
        RailWatch.Vision.Bench.CloudMaskCheck.Run(ScenePlan.ParseSeeds(args[1]), counter);
        break;

    case "shadowcars":
        // shadowcars SEEDS [MAX_ELEVATION]: are the false and missed cars in true cars' shadows?
        RailWatch.Vision.Bench.ShadowedCars.Run(ScenePlan.ParseSeeds(args[1]), counter, args.Length > 2 ? double.Parse(args[2], CultureInfo.InvariantCulture) : 40);
        break;

    case "shadowcheck":
        RailWatch.Vision.Bench.ShadowCheck.Run(ScenePlan.ParseSeeds(args[1]), counter);
        break;

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
        // speed IMAGE YARD [REPEATS]: GDAL window read alone vs read + count, back to back in one process, best of N
        // (wall and process CPU time). Run under `taskset -c 0` for single-core figures.
        var yard = RailWatch.Core.Yards.YardFile.Load(args[2]);
        var repeats = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 3;
        double bestRead = double.MaxValue, bestBoth = double.MaxValue, cpuRead = double.MaxValue, cpuBoth = double.MaxValue;
        var pixels = 0L;
        var process = Process.GetCurrentProcess();
        double Cpu()
        {
            process.Refresh();
            return process.TotalProcessorTime.TotalSeconds;
        }

        for (var i = 0; i < repeats; i++)
        {
            var c0 = Cpu();
            var sw = Stopwatch.StartNew();
            using (var raster = RailWatch.Geo.GeoRaster.Open(args[1]))
            {
                var img = raster.ReadWindow(yard.Bounds, new RailWatch.Geo.ReadWindowOptions { MarginMetres = 30 });
                pixels = (long)img.Width * img.Height;
            }

            bestRead = Math.Min(bestRead, sw.Elapsed.TotalSeconds);
            cpuRead = Math.Min(cpuRead, Cpu() - c0);
            c0 = Cpu();
            sw.Restart();
            using (var raster = RailWatch.Geo.GeoRaster.Open(args[1]))
            {
                var img = raster.ReadWindow(yard.Bounds, new RailWatch.Geo.ReadWindowOptions { MarginMetres = 30 });
                counter.Count(img, yard);
            }

            bestBoth = Math.Min(bestBoth, sw.Elapsed.TotalSeconds);
            cpuBoth = Math.Min(cpuBoth, Cpu() - c0);
        }

        Console.WriteLine(FormattableString.Invariant($"window {pixels / 1e6:F1} Mpx: read {bestRead:F3} s, read+count {bestBoth:F3} s, ratio {bestBoth / bestRead:F1}, {pixels / 1e6 / bestBoth:F1} Mpx/s, {1 / bestBoth:F2} scenes/s (wall); CPU: read {cpuRead:F3} s, read+count {cpuBoth:F3} s, ratio {cpuBoth / cpuRead:F1}"));
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
            trainer.Add(scene.Image, yard, SceneLabels.For(scene, $"seed {seed}"));
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
        // profile IMAGE YARD [REPEATS]: time per stage of one count as RailcarCounter runs it (best of N, after a
        // warm-up). Run under `taskset -c 0` for single-core figures.
        var yard = RailWatch.Core.Yards.YardFile.Load(args[2]);
        var repeats = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 3;
        var sw = Stopwatch.StartNew();
        RailWatch.Core.Imaging.RasterImage img;
        using (var raster = RailWatch.Geo.GeoRaster.Open(args[1]))
        {
            img = raster.ReadWindow(yard.Bounds, new RailWatch.Geo.ReadWindowOptions { MarginMetres = 30 });
        }

        var readT = sw.Elapsed.TotalSeconds;
        var classifiers = RailWatch.Vision.Model.OccupancyClassifiers.For(model);
        var best = new double[7];
        Array.Fill(best, double.MaxValue);
        var cpuBest = new double[7];
        Array.Fill(cpuBest, double.MaxValue);
        var process = Process.GetCurrentProcess();
        double Cpu()
        {
            process.Refresh();
            return process.TotalProcessorTime.TotalSeconds;
        }
        for (var i = 0; i <= repeats; i++)
        {
            var t = new double[7];
            var c = new double[7];
            var c0 = Cpu();
            sw.Restart();
            var frame = new RailWatch.Core.Geometry.LocalMetricFrame(yard.Bounds.Center);
            var paths = yard.Tracks.Select(tr => new RailWatch.Vision.Strips.TrackPath(tr, frame)).ToList();
            var geo = RailWatch.Vision.Strips.LocalAffineGeoreference.Fit(img.Georeference, frame, yard.Bounds.Expand(model.RegistrationRadiusMetres + 10));
            var region = RailcarCounter.TrackNeighbourhood(img, geo, frame, paths);
            t[0] = sw.Elapsed.TotalSeconds;
            c[0] = Cpu() - c0;
            c0 = Cpu();
            sw.Restart();
            var planes = RailWatch.Vision.Preprocessing.ScenePreparer.Prepare(img, region);
            t[1] = sw.Elapsed.TotalSeconds;
            c[1] = Cpu() - c0;
            c0 = Cpu();
            sw.Restart();
            var reg = img.GsdMetres >= 1.8
                ? RailWatch.Vision.Registration.CorridorRegistrar.Register(planes, geo, frame, paths, model.RegistrationRadiusMetres, default)
                : RailWatch.Vision.Registration.TrackRegistrar.Register(planes, geo, frame, paths, model.RegistrationRadiusMetres, default);
            t[2] = sw.Elapsed.TotalSeconds;
            c[2] = Cpu() - c0;
            c0 = Cpu();
            sw.Restart();
            var step = Math.Clamp(img.GsdMetres * 0.75, 0.2, 1.0);
            var lateral = Math.Clamp(img.GsdMetres * 0.5, 0.15, 0.75);
            var half = (int)Math.Ceiling(5.2 / lateral);
            var offsets = Enumerable.Range(-half, (2 * half) + 1).Select(k => k * lateral).ToArray();
            var strips = paths.Select(p => RailWatch.Vision.Strips.StripSampler.Sample(planes, geo, frame, p, reg.Shift, step, offsets)).ToList();
            t[3] = sw.Elapsed.TotalSeconds;
            c[3] = Cpu() - c0;
            c0 = Cpu();
            sw.Restart();
            if (classifiers is not null)
            {
                RailWatch.Vision.Occupancy.LearnedOccupancy.Profile(strips, img.GsdMetres, classifiers);
            }

            t[4] = sw.Elapsed.TotalSeconds;
            c[4] = Cpu() - c0;
            c0 = Cpu();
            sw.Restart();
            var count = counter.Count(img, yard);
            t[5] = sw.Elapsed.TotalSeconds;
            c[5] = Cpu() - c0;
            if (i > 0)
            {
                for (var k = 0; k < t.Length; k++)
                {
                    best[k] = Math.Min(best[k], t[k]);
                    cpuBest[k] = Math.Min(cpuBest[k], c[k]);
                }
            }

            Console.WriteLine(FormattableString.Invariant(
                $"{(i == 0 ? "warm-up" : "run " + i)}: setup+neighbourhood {t[0]:F3} s, prepare {t[1]:F3} s, register {t[2]:F3} s (shift {reg.Shift.East:F2},{reg.Shift.North:F2}), strips {t[3]:F3} s, features+forests {t[4]:F3} s | whole count {t[5]:F3} s (total {count.Total.Count})"));
        }

        Console.WriteLine(FormattableString.Invariant(
            $"best of {repeats} ({img.Width}x{img.Height}, {img.Width * (long)img.Height / 1e6:F1} Mpx, gsd {img.GsdMetres:F2} m, first read {readT:F3} s): setup+neighbourhood {best[0]:F3}, prepare {best[1]:F3}, register {best[2]:F3}, strips {best[3]:F3}, features+forests {best[4]:F3}, whole count {best[5]:F3} s wall; CPU: prepare {cpuBest[1]:F3}, register {cpuBest[2]:F3}, strips {cpuBest[3]:F3}, features+forests {cpuBest[4]:F3}, whole count {cpuBest[5]:F3} s"));
        break;
    }

    case "plan":
    {
        // plan SEEDS: each scene's GSD, season, sun against the direction of its first track, and cloud cover (no rendering).
        foreach (var seed in ScenePlan.ParseSeeds(args[1]))
        {
            var (yard, options) = ScenePlan.For(seed);
            var p = yard.Tracks[0].Points;
            var east = (p[^1].Lon - p[0].Lon) * Math.Cos(p[0].Lat * Math.PI / 180);
            var heading = ((Math.Atan2(east, p[^1].Lat - p[0].Lat) * 180 / Math.PI) + 360) % 180;
            var off = Math.Abs((((options.SunAzimuthDegrees - heading) % 180) + 180) % 180);
            off = Math.Min(off, 180 - off);
            Console.WriteLine(FormattableString.Invariant($"{seed} {options.GsdMetres} {options.Season} {options.SunAzimuthDegrees:F0} {options.SunElevationDegrees:F0} {heading:F0} {off:F0} {options.CloudCover:F2}"));
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

    case "difficulty":
        // difficulty SEEDS OUT.csv: truth, counts and the counter's own difficulty measures per scene.
        RailWatch.Vision.Bench.DifficultyDump.Run(ScenePlan.ParseSeeds(args[1]), counter, args[2]);
        break;

    case "carscores":
        // carscores SEEDS OUT.csv: every car found, its score and length and whether it matches a true car.
        RailWatch.Vision.Bench.CarScores.Run(ScenePlan.ParseSeeds(args[1]), counter, args[2]);
        break;

    case "falsecars":
        // falsecars SEEDS OUT.tsv: every false car found, how far from the nearest true car and the nearest other car found.
        RailWatch.Vision.Bench.FalseCars.Run(ScenePlan.ParseSeeds(args[1]), counter, args[2]);
        break;

    case "labelledfalsecars":
        // labelledfalsecars DIR [MAX_GSD]: the false cars of a folder of labelled scenes, by where they lie (default ≤ 1 m).
        RailWatch.Vision.Bench.LabelledFalseCars.Run(args[1], counter, args.Length > 2 ? double.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 1.0);
        break;

    case "ghostpairs":
        // ghostpairs SEEDS OUT.tsv: cars found that repeat a car on another track along the shadow direction (an experiment).
        RailWatch.Vision.Bench.GhostPairs.Run(ScenePlan.ParseSeeds(args[1]), counter, args[2]);
        break;

    case "trackscores":
        // trackscores SEEDS OUT.tsv: per track of every fine scene, the cars found, their scores and how many are true (an experiment).
        RailWatch.Vision.Bench.TrackScores.Run(ScenePlan.ParseSeeds(args[1]), counter, args[2]);
        break;

    case "carcontext":
        // carcontext SEEDS OUT.tsv: every car found on the fine scenes, its place in its run along the track, its score and whether it is true (an experiment).
        RailWatch.Vision.Bench.CarContext.Run(ScenePlan.ParseSeeds(args[1]), counter, args[2]);
        break;

    case "plevels":
        // plevels SEEDS: coarse scenes only — truth, raw count and quantiles of the visible car probability.
        RailWatch.Vision.Bench.ProbabilityLevels.Run(ScenePlan.ParseSeeds(args[1]), counter);
        break;

    case "tracksdump":
        // tracksdump SEEDS OUT.tsv: per track of every coarse scene, truth and the coarse track regressor's features.
        RailWatch.Vision.Bench.CoarseTracks.Dump(ScenePlan.ParseSeeds(args[1]), counter, args[2], args.Length > 4 ? args[3] : null, args.Length > 4 ? args[4] : null);
        break;

    case "bigyarddump":
        // bigyarddump SEEDS OUT.tsv: tracksdump's rows on 3 m scenes of large, nearly empty yards (an experiment).
        RailWatch.Vision.Bench.CoarseTracks.DumpBigYards(ScenePlan.ParseSeeds(args[1]), counter, args[2]);
        break;

    case "phantomdump":
        // phantomdump SEEDS OUT.tsv: tracksdump's rows with strips beside the outermost tracks (an experiment).
        RailWatch.Vision.Bench.PhantomTracks.Dump(ScenePlan.ParseSeeds(args[1]), counter, args[2]);
        break;

    case "seriestrue":
    {
        // seriestrue DIR YARD: the series' coarse scenes counted at the registered and at the true shift.
        var yard = RailWatch.Core.Yards.YardFile.Load(args[2]);
        foreach (var (file, image, truth) in RailWatch.Vision.Bench.SeriesScenes.Coarser(args[1], yard, model.MaxSegmentationGsdMetres))
        {
            var error = truth.GetProperty("geolocation_error");
            var trueShift = (error.GetProperty("east_m").GetDouble(), error.GetProperty("north_m").GetDouble());
            var registered = counter.CountDetailed(image, yard, new CountOptions());
            var atTruth = counter.CountDetailed(image, yard, new CountOptions { FixedShiftMetres = trueShift });
            Console.WriteLine(FormattableString.Invariant($"{Path.GetFileName(file)[16..32]} truth {truth.GetProperty("visible_count").GetInt32(),3} | registered {registered.Count.Total.Count,4} at {registered.Count.ShiftMetres.East:F0},{registered.Count.ShiftMetres.North:F0} | at true shift {atTruth.Count.Total.Count,4} ({trueShift.Item1:F1},{trueShift.Item2:F1})"));
        }

        break;
    }

    case "tracksfit":
        // tracksfit TRAIN.tsv CAL.tsv EVAL.tsv...: train the coarse track regressor, fit its scale, score it (RW_TREES, RW_DEPTH).
        RailWatch.Vision.Bench.CoarseTracks.Fit(args[1], args[2], args.Skip(3), model.MeanPitchMetres,
            int.Parse(Environment.GetEnvironmentVariable("RW_TREES") ?? "100", CultureInfo.InvariantCulture),
            int.Parse(Environment.GetEnvironmentVariable("RW_DEPTH") ?? "10", CultureInfo.InvariantCulture));
        break;

    case "faults":
        // faults SEEDS [FAULT,...]: every scene as rendered and under each sensor fault the renderer does not make.
        RailWatch.Vision.Bench.FaultRuns.Run(ScenePlan.ParseSeeds(args[1]), counter, args.Length > 2 ? args[2].Split(',') : RailWatch.Vision.Bench.SensorFaults.Names);
        break;

    case "coarsedump":
        // coarsedump SEEDS OUT.jsonl [SERIESDIR YARD]: coarse scenes' truth per track and car probabilities along it.
        RailWatch.Vision.Bench.CoarseDump.Run(ScenePlan.ParseSeeds(args[1]), counter, args[2], args.Length > 4 ? args[3] : null, args.Length > 4 ? args[4] : null);
        break;

    case "coarsereg":
        // coarsereg SEEDS [SERIESDIR YARD]: registration criteria on coarse scenes against the true shift.
        RailWatch.Vision.Bench.CoarseReg.Run(ScenePlan.ParseSeeds(args[1]), model.MaxSegmentationGsdMetres, args.Length > 3 ? args[2] : null, args.Length > 3 ? args[3] : null);
        break;

    case "regcheck":
        // regcheck SEEDS: exhaustive vs coarse-to-fine registration on the seeds' scenes (RegCheck.cs).
        return RailWatch.Vision.Bench.RegCheck.Run(model, args[1]);

    case "serieslooks": // serieslooks YARD [GSD]: the sample series' scenes counted as rendered, without cloud shadows, without clouds
        RailWatch.Vision.Bench.SeriesLooks.Run(counter, args[1], args.Length > 2 ? double.Parse(args[2], CultureInfo.InvariantCulture) : 3);
        break;

    case "yardlooks": // yardlooks YARD SEEDS: the plan's cloudless 3 m looks on their own yards and on YARD with about 20 cars
        RailWatch.Vision.Bench.YardLooks.Run(counter, args[1], ScenePlan.ParseSeeds(args[2]));
        break;

    case "prepcheck": // prepcheck SEEDS [SERIESDIR YARD]: digests of the prepared planes, to compare two builds
        RailWatch.Vision.Bench.PrepCheck.Run(ScenePlan.ParseSeeds(args[1]), args.Length > 3 ? args[2] : null, args.Length > 3 ? args[3] : null);
        break;

    case "featuregap": return RailWatch.Vision.Bench.FeatureGap.Run(counter, args); // featuregap ALTDIR ALTSEEDS OURSEEDS [MAXGSD]: forest features of the independent renderer's cars against ours
    case "forests": return RailWatch.Vision.Bench.ForestTiming.Run(model, args); // features and forests of one scene, managed vs OpenCV
    case "seriesreg": return RailWatch.Vision.Bench.SeriesRegCheck.Run(counter, args); // sample series + dev seeds: shift vs truth
    case "default-model":
        new CounterModel().Save(args[1]);
        break;

    default:
        Console.Error.WriteLine("usage: bench explore SEEDS [DEBUGDIR]");
        return 2;
}

return 0;
