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
/// column) and by variants of its criterion searched on a 1 m grid with sub-pixel shifts, against the true shift.
/// </summary>
internal static class CoarseReg
{
    private static readonly (string Name, double Corridor, double RingIn, double RingOut, int Kind)[] Criteria =
    [
        ("counter's registrar", 0, 0, 0, -1),
        ("fisher 2.5/6-16", 2.5, 6, 16, 0),
        ("fisher 2.5/4-9", 2.5, 4, 9, 0),
        ("fisher 2/3.5-7", 2.0, 3.5, 7, 0),
        ("tone 2.5/4-9", 2.5, 4, 9, 1),
        ("tone 2/3.5-7", 2.0, 3.5, 7, 1),
        ("tone 1.5/3-6", 1.5, 3, 6, 1),
        ("rough 2.5/4-9", 2.5, 4, 9, 2),
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
                (double E, double N) best = Criteria[c].Kind < 0
                    ? CorridorRegistrar.Register(planes, georeference, frame, paths, 12, CancellationToken.None).Shift
                    : Search(planes, georeference, frame, paths, Criteria[c]);
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
        var gsd = georeference.GsdMetres;
        var w = planes.Width;
        var h = planes.Height;
        var distance = CorridorRegistrar.DistanceToTracks(georeference, frame, paths, w, h, gsd, crit.RingOut + 12);
        var rough = CorridorRegistrar.Roughness(planes.Luma, w, h);
        var inside = new List<int>();
        var ring = new List<int>();
        for (var i = 0; i < distance.Length; i++)
        {
            if (distance[i] <= crit.Corridor) inside.Add(i);
            else if (distance[i] >= crit.RingIn && distance[i] <= crit.RingOut) ring.Add(i);
        }

        var j = RegistrationResult.PixelsPerMetre(georeference, frame);
        var best = (0.0, 0.0);
        var bestScore = double.NegativeInfinity;
        for (var de = -12.0; de <= 12.0; de += 1)
        {
            for (var dn = -12.0; dn <= 12.0; dn += 1)
            {
                if ((de * de) + (dn * dn) > 144.01) continue;
                var dx = (de * j.Ex) + (dn * j.Nx);
                var dy = (de * j.Ey) + (dn * j.Ny);
                var a = Moments(planes, rough, inside, dx, dy, w, h);
                var b = Moments(planes, rough, ring, dx, dy, w, h);
                if (a.N < 10 || b.N < 10) continue;
                var tone = Sq(a.M - b.M) / (a.V + b.V + 1e-6);
                var tex = Sq(a.RM - b.RM) / (a.RV + b.RV + 1e-6);
                var score = crit.Kind switch { 0 => tone + tex, 1 => tone, _ => tex };
                score *= 1 - (0.002 * ((de * de) + (dn * dn)) / 144);
                if (score > bestScore)
                {
                    bestScore = score;
                    best = (de, dn);
                }
            }
        }

        return best;
    }

    private static (int N, double M, double V, double RM, double RV) Moments(ScenePlanes planes, float[] rough, List<int> pixels, double dx, double dy, int w, int h)
    {
        double s = 0, s2 = 0, r = 0, r2 = 0;
        var n = 0;
        foreach (var i in pixels)
        {
            var x = (i % w) + dx;
            var y = (i / w) + dy;
            var x0 = (int)Math.Floor(x);
            var y0 = (int)Math.Floor(y);
            if (x0 < 0 || y0 < 0 || x0 + 1 >= w || y0 + 1 >= h) continue;
            var k = (y0 * w) + x0;
            if (!planes.Visible[k] || !planes.Visible[k + 1] || !planes.Visible[k + w] || !planes.Visible[k + w + 1]) continue;
            var fx = x - x0;
            var fy = y - y0;
            double Bi(float[] p) => (p[k] * (1 - fx) * (1 - fy)) + (p[k + 1] * fx * (1 - fy)) + (p[k + w] * (1 - fx) * fy) + (p[k + w + 1] * fx * fy);
            var v = Bi(planes.Luma);
            var q = Bi(rough);
            s += v; s2 += v * v; r += q; r2 += q * q; n++;
        }

        if (n == 0) return (0, 0, 0, 0, 0);
        var m = s / n;
        var rm = r / n;
        return (n, m, Math.Max(0, (s2 / n) - (m * m)), rm, Math.Max(0, (r2 / n) - (rm * rm)));
    }

    private static double Sq(double v) => v * v;
}
