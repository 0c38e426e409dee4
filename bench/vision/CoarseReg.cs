using System.Globalization;
using System.Text.Json;
using RailWatch.Core.Geometry;
using RailWatch.Core.Imaging;
using RailWatch.Core.Yards;
using RailWatch.Synth;
using RailWatch.Vision.Preprocessing;
using RailWatch.Vision.Registration;
using RailWatch.Vision.Strips;

namespace RailWatch.Vision.Bench;

/// <summary>
/// `coarsereg SEEDS [SERIESDIR YARD]`: coarse scenes registered by the counter's own corridor registrar (first
/// column), by the profile registrar tried in its place (<see cref="ProfileRegistrar"/>, second) and by variants of
/// their criteria searched on a 1 m grid with sub-pixel shifts, against the true shift.
/// Kinds: 0–2 Fisher's criterion of a corridor against a ring on tone and roughness, tone alone or roughness alone,
/// the image interpolated at the shift; 3–4 the correlation ratio over hard distance bands (1, 2, 3, 4.5, 6, 9, 12 m
/// …), tone and roughness or tone alone, the image interpolated; 7 Fisher's criterion and 8 the correlation ratio
/// with the bands moved instead (the distance map interpolated, the image not).
/// </summary>
internal static class CoarseReg
{
    private static readonly (string Name, double Corridor, double RingIn, double RingOut, int Kind)[] Criteria =
    [
        ("counter's registrar", 0, 0, 0, -1),
        ("profile registrar", 0, 0, 0, -2),
        ("fisher 2.5/6-16", 2.5, 6, 16, 0),
        ("fisher 2.5/4-9", 2.5, 4, 9, 0),
        ("fisher 2/3.5-7", 2.0, 3.5, 7, 0),
        ("tone 2.5/4-9", 2.5, 4, 9, 1),
        ("tone 2/3.5-7", 2.0, 3.5, 7, 1),
        ("tone 1.5/3-6", 1.5, 3, 6, 1),
        ("rough 2.5/4-9", 2.5, 4, 9, 2),
        ("ratio bins/16", 0, 0, 16, 3),
        ("ratio tone/16", 0, 0, 16, 4),
        ("ratio maskshift/16", 0, 0, 16, 8),
        ("ratio maskshift/12", 0, 0, 12, 8),
        ("ratio maskshift/24", 0, 0, 24, 8),
        ("maskshift 2.5/6-16", 2.5, 6, 16, 7),
        ("maskshift 2.5/4-9", 2.5, 4, 9, 7),
        ("maskshift 2/3.5-7", 2.0, 3.5, 7, 7),
    ];

    public static void Run(IEnumerable<int> seeds, double maxSegGsd, string? seriesDir, string? yardPath)
    {
        var errors = Criteria.Select(_ => new List<(double Cross, double Along)>()).ToArray();
        void One(string name, RasterImage image, Yard yard, (double E, double N) truth)
        {
            var frame = new LocalMetricFrame(yard.Bounds.Center);
            var paths = yard.Tracks.Select(t => new TrackPath(t, frame)).ToList();
            var georeference = LocalAffineGeoreference.Fit(image.Georeference, frame, yard.Bounds.Expand(22));
            var planes = ScenePreparer.Prepare(image, RailcarCounter.TrackNeighbourhood(image, georeference, frame, paths));
            var (dx0, dy0) = TrackRegistrar.DominantDirection(paths);
            var line = name + " ";
            for (var c = 0; c < Criteria.Length; c++)
            {
                (double E, double N) best = Criteria[c].Kind switch
                {
                    -1 => CorridorRegistrar.Register(planes, georeference, frame, paths, 12, CancellationToken.None).Shift,
                    -2 => ProfileRegistrar.Register(planes, georeference, frame, paths, 12, CancellationToken.None).Shift,
                    _ => Search(planes, georeference, frame, paths, Criteria[c]),
                };
                var e = best.E - truth.E;
                var n = best.N - truth.N;
                var along = (e * dx0) + (n * dy0);
                var cross = (-e * dy0) + (n * dx0);
                errors[c].Add((cross, along));
                line += FormattableString.Invariant($"| {cross,5:F1} {along,5:F1} ");
            }

            Console.WriteLine(line);
        }

        foreach (var seed in seeds)
        {
            var (yard, options) = ScenePlan.For(seed);
            if (options.GsdMetres <= maxSegGsd)
            {
                continue;
            }

            var scene = SceneRenderer.Render(yard, options);
            One($"seed {seed,5}", scene.Image, yard, SceneLabels.For(scene, "").TrueShiftMetres);
        }

        if (seriesDir is not null && yardPath is not null)
        {
            var yard = YardFile.Load(yardPath);
            foreach (var file in Directory.GetFiles(seriesDir, "*3m.tif").Order(StringComparer.Ordinal))
            {
                using var raster = RailWatch.Geo.GeoRaster.Open(file);
                var img = raster.ReadWindow(yard.Bounds, new RailWatch.Geo.ReadWindowOptions { MarginMetres = 30 });
                using var doc = JsonDocument.Parse(File.ReadAllText(Path.ChangeExtension(file, null) + ".truth.json"));
                var error = doc.RootElement.GetProperty("geolocation_error");
                One(Path.GetFileName(file)[15..30], img, yard, (error.GetProperty("east_m").GetDouble(), error.GetProperty("north_m").GetDouble()));
            }
        }

        for (var c = 0; c < Criteria.Length; c++)
        {
            var l = errors[c];
            Console.WriteLine(FormattableString.Invariant($"{Criteria[c].Name,-18} cross<=1.5 {l.Count(x => Math.Abs(x.Cross) <= 1.5) / (double)l.Count:F2} cross<=2.5 {l.Count(x => Math.Abs(x.Cross) <= 2.5) / (double)l.Count:F2} along<=5 {l.Count(x => Math.Abs(x.Along) <= 5) / (double)l.Count:F2} n {l.Count}"));
        }
    }

    private static (double E, double N) Search(ScenePlanes planes, IPixelGeoreference georeference, LocalMetricFrame frame, List<TrackPath> paths, (string Name, double Corridor, double RingIn, double RingOut, int Kind) crit)
    {
        var w = planes.Width;
        var h = planes.Height;
        var distance = CorridorRegistrar.DistanceToTracks(georeference, frame, paths, w, h, georeference.GsdMetres, crit.RingOut + 12);
        var rough = CorridorRegistrar.Roughness(planes.Luma, w, h);
        var j = RegistrationResult.PixelsPerMetre(georeference, frame);
        var edges = crit.RingOut > 16 ? [.. BinEdges, 16.0, 20.0] : BinEdges.Where(e => e < crit.RingOut).ToArray();
        var near = Enumerable.Range(0, distance.Length).Where(i => planes.Visible[i] && distance[i] <= crit.RingOut + 14).ToList();
        return crit.Kind switch
        {
            <= 2 => ImageMovedFisher(planes, rough, distance, j, crit),
            <= 4 => BestShift(j, (dx, dy) => ImageMovedRatio(planes, rough, distance, crit.RingOut, crit.Kind == 4, dx, dy)),
            7 => BestShift(j, (dx, dy) => BandsMovedFisher(planes, rough, distance, near, crit, dx, dy)),
            _ => BestShift(j, (dx, dy) => BandsMovedRatio(planes, rough, distance, near, edges, crit.RingOut, dx, dy)),
        };
    }

    /// <summary>The best shift of a 1 m grid within 12 m, with a faint preference for small shifts.</summary>
    private static (double E, double N) BestShift((double Ex, double Ey, double Nx, double Ny) j, Func<double, double, double> score)
    {
        var best = (0.0, 0.0);
        var bestScore = double.NegativeInfinity;
        for (var de = -12.0; de <= 12.0; de += 1)
        {
            for (var dn = -12.0; dn <= 12.0; dn += 1)
            {
                if ((de * de) + (dn * dn) > 144.01) continue;
                var s = score((de * j.Ex) + (dn * j.Nx), (de * j.Ey) + (dn * j.Ny)) * (1 - (0.002 * ((de * de) + (dn * dn)) / 144));
                if (s > bestScore)
                {
                    bestScore = s;
                    best = (de, dn);
                }
            }
        }

        return best;
    }

    private static (double E, double N) ImageMovedFisher(ScenePlanes planes, float[] rough, float[] distance, (double Ex, double Ey, double Nx, double Ny) j, (string Name, double Corridor, double RingIn, double RingOut, int Kind) crit)
    {
        var inside = new List<int>();
        var ring = new List<int>();
        for (var i = 0; i < distance.Length; i++)
        {
            if (distance[i] <= crit.Corridor) inside.Add(i);
            else if (distance[i] >= crit.RingIn && distance[i] <= crit.RingOut) ring.Add(i);
        }

        var sums = new BandSums(2);
        return BestShift(j, (dx, dy) =>
        {
            sums.Clear();
            foreach (var (pixels, band) in new[] { (inside, 0), (ring, 1) })
            {
                foreach (var i in pixels)
                {
                    if (ImageAt(planes, rough, i, dx, dy, out var v, out var q)) sums.Add(band, v, q);
                }
            }

            return crit.Kind switch { 0 => sums.Fisher(), 1 => sums.ToneFisher(), _ => sums.RoughnessFisher() };
        });
    }

    private static readonly double[] BinEdges = [1, 2, 3, 4.5, 6, 9, 12];

    /// <summary>Correlation ratio of tone (and roughness) over hard bands of distance at zero shift, the image moved.</summary>
    private static double ImageMovedRatio(ScenePlanes planes, float[] rough, float[] distance, double reach, bool toneOnly, double dx, double dy)
    {
        var sums = new BandSums(BinEdges.Length + 1);
        for (var i = 0; i < distance.Length; i++)
        {
            if (distance[i] > reach || !ImageAt(planes, rough, i, dx, dy, out var v, out var q)) continue;
            sums.Add(Bin(BinEdges, distance[i]), v, q);
        }

        return Score(sums, toneOnly);
    }

    /// <summary>Fisher's criterion with the bands moved by sub-pixel shifts (the distance map interpolated, the image never).</summary>
    private static double BandsMovedFisher(ScenePlanes planes, float[] rough, float[] distance, List<int> near, (string Name, double Corridor, double RingIn, double RingOut, int Kind) crit, double dx, double dy)
    {
        var sums = new BandSums(2);
        foreach (var k in near)
        {
            var d = DistanceAt(distance, planes.Width, planes.Height, k, dx, dy);
            if (d <= crit.Corridor) sums.Add(0, planes.Luma[k], rough[k]);
            else if (d >= crit.RingIn && d <= crit.RingOut) sums.Add(1, planes.Luma[k], rough[k]);
        }

        return sums.Fisher();
    }

    /// <summary>Correlation ratio over hard bands of distance, the bands moved (the distance map interpolated, the image never).</summary>
    private static double BandsMovedRatio(ScenePlanes planes, float[] rough, float[] distance, List<int> near, double[] edges, double reach, double dx, double dy)
    {
        var sums = new BandSums(edges.Length + 1);
        foreach (var k in near)
        {
            var d = DistanceAt(distance, planes.Width, planes.Height, k, dx, dy);
            if (d <= reach) sums.Add(Bin(edges, d), planes.Luma[k], rough[k]);
        }

        return Score(sums, toneOnly: false);
    }

    /// <summary>The correlation ratio of tone (and roughness); −∞ where under 50 pixels, or under 10 in the innermost band, were scored.</summary>
    private static double Score(BandSums sums, bool toneOnly) =>
        sums.Total < 50 || sums.Count[0] < 10 ? double.NegativeInfinity : toneOnly ? sums.ToneRatio() : sums.ToneRatio() + sums.RoughnessRatio();

    private static int Bin(double[] edges, double d)
    {
        var bin = 0;
        while (bin < edges.Length && d >= edges[bin]) bin++;
        return bin;
    }

    /// <summary>Tone and roughness interpolated at pixel <paramref name="i"/> moved by (dx, dy); false off the image or near masked pixels.</summary>
    private static bool ImageAt(ScenePlanes planes, float[] rough, int i, double dx, double dy, out double tone, out double roughness)
    {
        var w = planes.Width;
        var x = (i % w) + dx;
        var y = (i / w) + dy;
        var x0 = (int)Math.Floor(x);
        var y0 = (int)Math.Floor(y);
        tone = roughness = 0;
        if (x0 < 0 || y0 < 0 || x0 + 1 >= w || y0 + 1 >= planes.Height) return false;
        var k = (y0 * w) + x0;
        if (!planes.Visible[k] || !planes.Visible[k + 1] || !planes.Visible[k + w] || !planes.Visible[k + w + 1]) return false;
        var fx = x - x0;
        var fy = y - y0;
        double Bi(float[] p) => (p[k] * (1 - fx) * (1 - fy)) + (p[k + 1] * fx * (1 - fy)) + (p[k + w] * (1 - fx) * fy) + (p[k + w + 1] * fx * fy);
        tone = Bi(planes.Luma);
        roughness = Bi(rough);
        return true;
    }

    /// <summary>The distance map interpolated at pixel <paramref name="k"/> moved back by (dx, dy); +∞ off the map or beyond its reach.</summary>
    private static double DistanceAt(float[] distance, int w, int h, int k, double dx, double dy)
    {
        var x = (k % w) - dx;
        var y = (k / w) - dy;
        var x0 = (int)Math.Floor(x);
        var y0 = (int)Math.Floor(y);
        if (x0 < 0 || y0 < 0 || x0 + 1 >= w || y0 + 1 >= h) return double.PositiveInfinity;
        var m = (y0 * w) + x0;
        float a = distance[m], b = distance[m + 1], c = distance[m + w], d = distance[m + w + 1];
        if (a == float.MaxValue || b == float.MaxValue || c == float.MaxValue || d == float.MaxValue) return double.PositiveInfinity;
        var fx = x - x0;
        var fy = y - y0;
        return (a * (1 - fx) * (1 - fy)) + (b * fx * (1 - fy)) + (c * (1 - fx) * fy) + (d * fx * fy);
    }
}
