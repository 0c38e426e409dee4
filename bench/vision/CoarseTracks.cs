using System.Globalization;
using RailWatch.Vision.Estimation;
using RailWatch.Vision.Model;

namespace RailWatch.Vision.Bench;

/// <summary>
/// Study of a per-track regression of the occupied share on coarse scenes. `tracksdump SEEDS OUT.tsv` writes one line
/// per track of every coarse scene (scene, truth, the counter's count, the track's visible length, its true visible
/// cars and <see cref="TrackFeatures"/>); `tracksfit TRAIN.tsv CAL.tsv EVAL.tsv...` trains a forest on the first,
/// fits the count scale on the second (median of truth over estimate) and scores the rest against ±20%.
/// </summary>
internal static class CoarseTracks
{
    /// <summary>
    /// `bigyarddump SEEDS OUT.tsv`: like <see cref="Dump"/>, on 3 m scenes of large, nearly empty yards (8–12 body
    /// tracks of 500–1000 m, 0–8% of the track under cars) with the plan's looks: a kind of yard the plan's 3 m
    /// scenes (3–7 tracks of at most 800 m) do not hold.
    /// </summary>
    public static void DumpBigYards(IEnumerable<int> seeds, RailcarCounter counter, string outPath)
    {
        using var writer = new StreamWriter(outPath);
        foreach (var seed in seeds)
        {
            var rng = new Random(unchecked((seed * 31) + 7));
            var yard = RailWatch.Synth.YardGenerator.Generate(new RailWatch.Synth.YardLayoutOptions
            {
                Seed = seed,
                Id = $"big-{seed}",
                BodyTracks = rng.Next(8, 13),
                MinTrackLengthMetres = 500,
                MaxTrackLengthMetres = 1000,
                MarginMetres = 15,
            });
            var (_, look) = RailWatch.Synth.ScenePlan.For(seed);
            var options = look with { GsdMetres = 3.0, Occupancy = rng.NextDouble() * 0.08, MarginMetres = 30 };
            var scene = RailWatch.Synth.SceneRenderer.Render(yard, options);
            var label = RailWatch.Synth.SceneLabels.For(scene, $"big {seed}");
            var report = counter.CountDetailed(scene.Image, yard, new CountOptions());
            var truth = label.Cars.Where(c => c.Visible).GroupBy(c => c.TrackId).ToDictionary(g => g.Key, g => g.Count());
            Write(writer, $"big-{seed}", options.GsdMetres, label.VisibleCount, report, truth);
            Console.Error.Write('.');
        }
    }

    public static void Dump(IEnumerable<int> seeds, RailcarCounter counter, string outPath, string? seriesDir = null, string? yardPath = null)
    {
        using var writer = new StreamWriter(outPath);
        if (seriesDir is not null && yardPath is not null)
        {
            var yard = RailWatch.Core.Yards.YardFile.Load(yardPath);
            foreach (var (file, image, truth) in SeriesScenes.Coarser(seriesDir, yard, counter.Model.MaxSegmentationGsdMetres))
            {
                var report = counter.CountDetailed(image, yard, new CountOptions());
                Write(writer, Path.GetFileNameWithoutExtension(file), image.GsdMetres, truth.GetProperty("visible_count").GetInt32(), report, SeriesScenes.TrackTruth(truth));
            }
        }

        foreach (var (seed, options, _, label, report) in CountedScenes.For(seeds, counter, o => o.GsdMetres > counter.Model.MaxSegmentationGsdMetres))
        {
            var truth = label.Cars.Where(c => c.Visible).GroupBy(c => c.TrackId).ToDictionary(g => g.Key, g => g.Count());
            var under = UnderStrips(label, report, new RailWatch.Core.Geometry.LocalMetricFrame(RailWatch.Synth.ScenePlan.For(seed).Yard.Bounds.Center));
            Write(writer, seed.ToString(CultureInfo.InvariantCulture), options.GsdMetres, label.VisibleCount, report, truth, under);
        }
    }

    /// <summary>
    /// Visible true cars under each strip as the counter placed it: a strip at the registered shift s over an image
    /// whose georeferencing is off by e sees the ground at its nominal line + (s − e).
    /// </summary>
    internal static int[] UnderStrips(RailWatch.Core.Labels.SceneLabel label, CountReport report, RailWatch.Core.Geometry.LocalMetricFrame frame)
    {
        var profiles = report.Profiles!;
        var under = new int[profiles.Count];
        var de = report.Count.ShiftMetres.East - label.TrueShiftMetres.East;
        var dn = report.Count.ShiftMetres.North - label.TrueShiftMetres.North;
        foreach (var car in label.Cars.Where(c => c.Visible))
        {
            var (ce, cn) = frame.ToMetres(car.Centre);
            var (e, n) = (ce - de, cn - dn);
            var best = -1;
            var bestDistance = 2.4;
            for (var k = 0; k < profiles.Count; k++)
            {
                var path = profiles[k].Strip.Path;
                var (pe, pn) = path.PointAt(path.Project(e, n));
                var d = Math.Sqrt(((pe - e) * (pe - e)) + ((pn - n) * (pn - n)));
                if (d < bestDistance)
                {
                    bestDistance = d;
                    best = k;
                }
            }

            if (best >= 0)
            {
                under[best]++;
            }
        }

        return under;
    }

    internal static void Write(StreamWriter writer, string scene, double gsd, int sceneTruth, CountReport report, Dictionary<string, int> truth, int[]? under = null)
    {
        if (report.Profiles is not { } profiles || report.Count.Total.Count is not { } count)
        {
            return;
        }

        var (rows, visible) = TrackFeatures.Of(profiles, gsd, report.RegistrationConfidence);
        var underTarget = under is not null && Environment.GetEnvironmentVariable("RW_TARGET") == "under";
        for (var k = 0; k < profiles.Count; k++)
        {
            var target = underTarget ? under![k] : truth.GetValueOrDefault(profiles[k].Strip.Path.Track.Id);
            writer.WriteLine(Line(scene, gsd, sceneTruth, count, report.RawTotal, visible[k], target, rows, k));
        }
    }

    /// <summary>One track's row: the scene, its truth and the counter's count, the track's visible length and target, then its features.</summary>
    internal static string Line(string scene, double gsd, int sceneTruth, int count, double? raw, double visibleMetres, int target, float[] rows, int k)
    {
        var features = string.Join('\t', Enumerable.Range(0, TrackFeatures.Count).Select(i => rows[(k * TrackFeatures.Count) + i].ToString("G6", CultureInfo.InvariantCulture)));
        return string.Create(CultureInfo.InvariantCulture, $"{scene}\t{gsd}\t{sceneTruth}\t{count}\t{raw:F3}\t{visibleMetres:F2}\t{target}\t{features}");
    }

    private sealed record Row(string Scene, double Gsd, int SceneTruth, int Count, double Raw, double VisibleMetres, int Truth, float[] Features);

    public static void Fit(string trainPath, string calPath, IEnumerable<string> evalPaths, double pitch, int trees, int depth)
    {
        var train = Load(trainPath).Where(r => r.VisibleMetres >= 30).ToList();
        var targets = train.Select(r => (float)Math.Clamp(r.Truth * pitch / r.VisibleMetres, 0, 1)).ToArray();
        using var forest = SampleForest.Train([.. train.SelectMany(r => r.Features)], targets, train[0].Features.Length, trees, depth);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"trained on {train.Count} tracks of {train.Select(r => r.Scene).Distinct().Count()} scenes ({trees} trees, depth {depth})"));

        // RW_HURDLE=τ,…: a second forest learns whether a track holds no visible car; a track it calls empty with
        // probability above τ counts zero (the regressor alone never says zero: a forest's average of leaves).
        SampleForest? empty = null;
        var thresholds = (Environment.GetEnvironmentVariable("RW_HURDLE") ?? string.Empty)
            .Split(',', StringSplitOptions.RemoveEmptyEntries).Select(x => double.Parse(x, CultureInfo.InvariantCulture)).Prepend(2.0).ToArray();
        if (thresholds.Length > 1)
        {
            empty = SampleForest.Train([.. train.SelectMany(r => r.Features)], [.. train.Select(r => r.Truth == 0 ? 1f : 0f)], train[0].Features.Length, trees, depth);
        }

        var sets = new List<(string Name, List<Row> Rows)> { ("calibration", Load(calPath)) };
        sets.AddRange(evalPaths.Select(p => (Path.GetFileName(p), Load(p))));
        foreach (var tau in thresholds)
        {
            Console.WriteLine(tau > 1 ? "regressor alone" : string.Create(CultureInfo.InvariantCulture, $"empty above {tau}"));
            var cal = Scenes(sets[0].Rows, forest, empty, tau, pitch);
            var k = Median(cal.Where(s => s.Truth >= 5 && s.Estimate > 0).Select(s => s.Truth / s.Estimate));
            var kRaw = Median(cal.Where(s => s.Truth >= 5 && s.Raw > 0).Select(s => s.Truth / s.Raw));
            foreach (var (name, rows) in sets)
            {
                Report(name, name == "calibration" ? cal : Scenes(rows, forest, empty, tau, pitch), k, kRaw);
            }
        }
    }

    private static void Report(string name, List<(string Scene, int Truth, int Count, double Raw, double Estimate)> scenes, double k, double kRaw)
    {
        static bool Within(double c, int t) => Math.Abs(c - t) <= (0.2 * t) + 1e-9;
        if (Environment.GetEnvironmentVariable("RW_VERBOSE") == "1")
        {
            foreach (var s in scenes.OrderBy(s => s.Truth))
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {s.Scene,-45} truth {s.Truth,4} regression {k * s.Estimate,6:F1} sum of p {kRaw * s.Raw,6:F1} count {s.Count,4}"));
            }
        }

        var within = scenes.Count(s => Within(Math.Round(k * s.Estimate), s.Truth));
        var withinRaw = scenes.Count(s => Within(Math.Round(kRaw * s.Raw), s.Truth));
        var withinCount = scenes.Count(s => Within(s.Count, s.Truth));
        var err = Median(scenes.Select(s => Math.Abs((k * s.Estimate) - s.Truth) / Math.Max(1, s.Truth)));
        var errCount = Median(scenes.Select(s => Math.Abs(s.Count - s.Truth) / (double)Math.Max(1, s.Truth)));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name}: {scenes.Count} scenes | regression within ±20% {within} ({100.0 * within / scenes.Count:F0}%), median |err| {err:P0} (scale {k:F3}) | sum of p × scale {withinRaw} | counter's count {withinCount} ({100.0 * withinCount / scenes.Count:F0}%), median |err| {errCount:P0}"));
    }

    private static List<(string Scene, int Truth, int Count, double Raw, double Estimate)> Scenes(List<Row> rows, SampleForest forest, SampleForest? empty, double tau, double pitch)
    {
        var predicted = forest.Predict([.. rows.SelectMany(r => r.Features)]);
        var pEmpty = empty?.Predict([.. rows.SelectMany(r => r.Features)]);
        return [.. rows.Select((r, i) => (r, e: pEmpty is not null && pEmpty[i] > tau ? 0 : predicted[i] * r.VisibleMetres / pitch))
            .GroupBy(x => x.r.Scene)
            .Select(g => (g.Key, g.First().r.SceneTruth, g.First().r.Count, g.First().r.Raw, g.Sum(x => x.e)))];
    }

    private static List<Row> Load(string path) =>
        [.. File.ReadLines(path).Select(line => line.Split('\t')).Select(f => new Row(
            f[0], double.Parse(f[1], CultureInfo.InvariantCulture), int.Parse(f[2], CultureInfo.InvariantCulture), int.Parse(f[3], CultureInfo.InvariantCulture),
            double.Parse(f[4], CultureInfo.InvariantCulture), double.Parse(f[5], CultureInfo.InvariantCulture), int.Parse(f[6], CultureInfo.InvariantCulture),
            [.. f.Skip(7).Select(x => float.Parse(x, CultureInfo.InvariantCulture))]))];

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? double.NaN : sorted[sorted.Count / 2];
    }
}
