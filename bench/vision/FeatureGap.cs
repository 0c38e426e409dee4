using System.Globalization;
using RailWatch.Core.Imaging;
using RailWatch.Core.Labels;
using RailWatch.Core.Yards;
using RailWatch.Geo;
using RailWatch.Synth;
using RailWatch.Vision.Model;
using RailWatch.Vision.Occupancy;

namespace RailWatch.Vision.Bench;

/// <summary>
/// featuregap ALTDIR ALTSEEDS OURSEEDS [MAXGSD]: where the independent renderer's cars differ from ours in what the
/// occupancy forest sees. Reads the labelled scenes `bench/altscenes SEEDS --write ALTDIR` (or `--labels`) left
/// (alt-SEED.labels.json with its image and yard) and renders our plan's seeds, samples every strip at the true registration, labels samples inside
/// a visible car (more than 1 m from its ends, on its track) as car and those more than 3 m from every car as empty,
/// and splits cars by their core tone against the scene's empty track (darker by more than half the scene's spread,
/// or not). Prints each group's car probabilities, as seen and with the shadow side replaced by the sun side
/// (<see cref="SampleFeatures.FadeShadowSide"/>), and, feature by feature, the group medians and how far the
/// independent renderer's dark cars lie from ours in units of our dark cars' interquartile range. RW_SET="37=0.63,…"
/// scores every sample once more with those features imposed; RW_SCAN=1 sets each feature of the independent
/// renderer's dark cars in turn to our dark cars' median and prints what the forest then gives them.
/// </summary>
internal static class FeatureGap
{
    private static readonly string[] Names = BuildNames();

    public static int Run(RailcarCounter counter, string[] args)
    {
        var altDir = args[1];
        var altSeeds = ScenePlan.ParseSeeds(args[2]);
        var ourSeeds = ScenePlan.ParseSeeds(args[3]);
        var maxGsd = args.Length > 4 ? double.Parse(args[4], CultureInfo.InvariantCulture) : 1.0;
        var forests = OccupancyClassifiers.For(counter.Model) ?? throw new InvalidOperationException("the model has no forests");
        var groups = new Dictionary<string, List<(float[] Row, float P)>>(StringComparer.Ordinal);

        foreach (var seed in altSeeds)
        {
            var labelPath = Path.Combine(altDir, $"alt-{seed}{LabelFile.Extension}");
            if (!File.Exists(labelPath))
            {
                Console.Error.WriteLine($"{labelPath}: missing (run bench/altscenes with --write or --labels)");
                continue;
            }

            var scene = LabelFile.Load(labelPath);
            var yard = YardFile.Load(scene.YardPath);
            RasterImage image;
            using (var raster = GeoRaster.Open(scene.ImagePath))
            {
                image = raster.ReadWindow(yard.Bounds, new ReadWindowOptions { MarginMetres = 30 });
            }

            if (image.GsdMetres > maxGsd)
            {
                continue;
            }

            Collect("alt", counter, forests, image, yard, scene.ToSceneLabel($"alt-{seed}", image.GsdMetres), groups);
        }

        foreach (var seed in ourSeeds)
        {
            var (yard, options) = ScenePlan.For(seed);
            if (options.GsdMetres > maxGsd)
            {
                continue;
            }

            var scene = SceneRenderer.Render(yard, options);
            Collect("ours", counter, forests, scene.Image, yard, SceneLabels.For(scene, $"seed {seed}"), groups);
        }

        Print(groups);
        if (Environment.GetEnvironmentVariable("RW_SCAN") == "1")
        {
            Scan(groups, forests.OccupancyAt(maxGsd));
        }

        return 0;
    }

    private static void Collect(string renderer, RailcarCounter counter, OccupancyClassifiers forests, RasterImage image, Yard yard, SceneLabel label,
        Dictionary<string, List<(float[] Row, float P)>> groups)
    {
        var prepared = counter.PrepareTracks(image, yard, label.TrueShiftMetres, label.Name, CancellationToken.None);
        var features = SampleFeatures.ComputeAll(prepared.Strips, image.GsdMetres);
        var forest = forests.OccupancyAt(image.GsdMetres);
        var cars = label.Cars.Select(c => (Car: c, At: prepared.Frame.ToMetres(c.Centre))).ToList();
        var car = new List<float[]>();
        var empty = new List<float[]>();
        for (var k = 0; k < prepared.Strips.Count; k++)
        {
            var strip = prepared.Strips[k];
            var (rows, visible) = features[k];
            for (var t = 0; t < strip.Length; t++)
            {
                if (!visible[t])
                {
                    continue;
                }

                var (e, n) = strip.Path.PointAt(strip.ArcAt(t));
                var nearest = double.MaxValue;
                LabelledCar? on = null;
                foreach (var (c, at) in cars)
                {
                    var d = Math.Sqrt(((e - at.East) * (e - at.East)) + ((n - at.North) * (n - at.North)));
                    var reach = d - (c.LengthMetres / 2);
                    if (reach < nearest)
                    {
                        nearest = reach;
                        on = c;
                    }
                }

                var row = rows.AsSpan(t * SampleFeatures.Count, SampleFeatures.Count).ToArray();
                if (on is { Visible: true } && nearest < -1 && string.Equals(on.TrackId, strip.Path.Track.Id, StringComparison.Ordinal))
                {
                    car.Add(row);
                }
                else if (nearest > 3)
                {
                    empty.Add(row);
                }
            }
        }

        if (empty.Count < 20 || car.Count == 0)
        {
            return;
        }

        var emptyCore = Median(empty.Select(r => r[SampleFeatures.CoreIndex]));
        var all = car.Concat(empty).ToList();
        var p = forest.Predict([.. all.SelectMany(r => r)]);
        var pSym = forest.Predict([.. all.SelectMany(Symmetric)]);
        var pSet = Overrides.Count > 0 ? forest.Predict([.. all.SelectMany(WithOverrides)]) : null;
        void Add(string key, int i, float probability)
        {
            if (!groups.TryGetValue(key, out var list))
            {
                groups[key] = list = [];
            }

            list.Add((all[i], probability));
        }

        for (var i = 0; i < all.Count; i++)
        {
            var group = i >= car.Count ? "empty" : all[i][SampleFeatures.CoreIndex] < emptyCore - 0.5 ? "dark car" : "other car";
            var key = $"{renderer} {group}";
            Add(key, i, p[i]);
            Add(key + " (sun side mirrored)", i, pSym[i]);
            if (pSet is not null)
            {
                Add(key + " (RW_SET)", i, pSet[i]);
            }
        }
    }

    /// <summary>Feature values to impose for a third scoring, from RW_SET ("37=0.63,36=0.2"): what the forest makes of a sample with those alone changed.</summary>
    private static readonly List<(int Index, float Value)> Overrides = (Environment.GetEnvironmentVariable("RW_SET") ?? string.Empty)
        .Split(',', StringSplitOptions.RemoveEmptyEntries)
        .Select(p => p.Split('='))
        .Select(p => (int.Parse(p[0], CultureInfo.InvariantCulture), float.Parse(p[1], CultureInfo.InvariantCulture)))
        .ToList();

    private static float[] WithOverrides(float[] row)
    {
        var r = (float[])row.Clone();
        foreach (var (index, value) in Overrides)
        {
            r[index] = value;
        }

        return r;
    }

    /// <summary>The sample with its shadow side replaced by its sun side, mirrored: the look of a car whose shadow falls elsewhere.</summary>
    private static float[] Symmetric(float[] row)
    {
        var r = (float[])row.Clone();
        SampleFeatures.FadeShadowSide(r, 0);
        return r;
    }

    private static void Print(Dictionary<string, List<(float[] Row, float P)>> groups)
    {
        string[] order = ["ours empty", "ours dark car", "ours other car", "alt empty", "alt dark car", "alt other car"];
        var present = order.Where(groups.ContainsKey).ToList();
        foreach (var g in present.Concat(order.Select(o => o + " (sun side mirrored)")).Concat(order.Select(o => o + " (RW_SET)")).Where(groups.ContainsKey))
        {
            var ps = groups[g].Select(x => x.P).ToList();
            Console.WriteLine(FormattableString.Invariant($"{g,-15} samples {ps.Count,8}  mean car probability {ps.Average():F3}  median {Median(ps):F3}  share ≥ 0.5 {ps.Count(v => v >= 0.5) / (double)ps.Count:F3}"));
        }

        if (!groups.ContainsKey("ours dark car") || !groups.ContainsKey("alt dark car"))
        {
            return;
        }

        Console.WriteLine();
        Console.WriteLine($"| feature | {string.Join(" | ", present)} | (alt dark − ours dark) / ours dark IQR |");
        Console.WriteLine($"|---|{string.Concat(present.Select(_ => "---|"))}---|");
        var rowsOut = new List<(double Gap, string Line)>();
        for (var f = 0; f < SampleFeatures.Count; f++)
        {
            var medians = present.Select(g => Median(groups[g].Select(x => x.Row[f]))).ToList();
            var ours = groups["ours dark car"].Select(x => x.Row[f]).OrderBy(v => v).ToList();
            var iqr = Quantile(ours, 0.75) - Quantile(ours, 0.25);
            var gap = (Median(groups["alt dark car"].Select(x => x.Row[f])) - Median(ours)) / Math.Max(iqr, 1e-3);
            rowsOut.Add((Math.Abs(gap), FormattableString.Invariant($"| {f} {Names[f]} | {string.Join(" | ", medians.Select(m => m.ToString("F3", CultureInfo.InvariantCulture)))} | {gap:F2} |")));
        }

        foreach (var (_, line) in rowsOut.OrderByDescending(r => r.Gap))
        {
            Console.WriteLine(line);
        }
    }

    /// <summary>
    /// RW_SCAN=1: feature by feature, the independent renderer's dark car samples with that one feature set to our
    /// dark cars' median, and the mean car probability the forest then gives them (the features it holds against them).
    /// </summary>
    private static void Scan(Dictionary<string, List<(float[] Row, float P)>> groups, SampleForest forest)
    {
        if (!groups.TryGetValue("alt dark car", out var alt) || !groups.TryGetValue("ours dark car", out var ours))
        {
            return;
        }

        var baseline = alt.Average(x => x.P);
        var lines = new List<(double Gain, string Line)>();
        for (var f = 0; f < SampleFeatures.Count; f++)
        {
            var median = (float)Median(ours.Select(x => x.Row[f]));
            var rows = alt.SelectMany(x =>
            {
                var r = (float[])x.Row.Clone();
                r[f] = median;
                return r;
            }).ToArray();
            var mean = forest.Predict(rows).Average();
            lines.Add((mean - baseline, FormattableString.Invariant($"| {f} {Names[f]} | {median:F3} | {mean:F3} | {mean - baseline:+0.000;-0.000} |")));
        }

        Console.WriteLine();
        Console.WriteLine(FormattableString.Invariant($"Independent dark cars, mean car probability {baseline:F3}, with one feature set to our dark cars' median:"));
        Console.WriteLine("| feature | our median | mean probability | change |");
        Console.WriteLine("|---|---|---|---|");
        foreach (var (_, line) in lines.OrderByDescending(l => l.Gain))
        {
            Console.WriteLine(line);
        }
    }

    private static double Median(IEnumerable<float> values) => Quantile([.. values.OrderBy(v => v)], 0.5);

    private static double Quantile(List<float> sorted, double q) => sorted.Count == 0 ? double.NaN : sorted[(int)Math.Clamp(Math.Round(q * (sorted.Count - 1)), 0, sorted.Count - 1)];

    private static string[] BuildNames()
    {
        double[] offsets = [-5.0, -4.0, -3.0, -2.5, -2.0, -1.5, -1.0, -0.5, 0, 0.5, 1.0, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0];
        var names = new List<string>();
        names.AddRange(offsets.Select(o => FormattableString.Invariant($"tone at {o:+0.0;-0.0;0} m")));
        names.AddRange(["core tone", "rails", "texture", "edge near side", "edge far side", "chroma a", "chroma b", "chroma", "core −2 m", "core −1 m",
            "core +1 m", "core +2 m", "context ±4 m", "colour change", "core − track median", "track low − median", "track high − median", "gsd", "has colour",
            "scene spread", "scene median", "|lateral|", "shadow strength"]);
        names.AddRange(offsets.Skip(5).Take(7).Select(o => FormattableString.Invariant($"ratio at {o:+0.0;-0.0;0} m")));
        names.AddRange(["rails ratio", "texture ratio", "chroma a ratio", "chroma b ratio"]);
        return [.. names];
    }
}
