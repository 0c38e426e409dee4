using RailWatch.Core.Geometry;
using RailWatch.Core.Imaging;
using RailWatch.Vision.Preprocessing;
using RailWatch.Vision.Strips;

namespace RailWatch.Vision.Registration;

/// <summary>
/// Registration where rails and car sides are below the pixel (coarse imagery, ~2 m and more): the yard's track
/// bed — the union of corridors along all tracks, cars included — differs in tone and texture from the ground
/// around it, and its outline (bundle edges, ends, ladders) fixes the shift both ways. The shift that best
/// separates the corridor's pixels from a ring of ground around it wins (Fisher's criterion on tone and local
/// roughness).
/// </summary>
internal static class CorridorRegistrar
{
    private const double CorridorHalfWidth = 2.5;
    private const double RingInner = 6.0;
    private const double RingOuter = 16.0;

    public static RegistrationResult Register(
        ScenePlanes planes,
        IPixelGeoreference georeference,
        LocalMetricFrame frame,
        IReadOnlyList<TrackPath> paths,
        double radiusMetres,
        CancellationToken ct)
    {
        var gsd = Math.Max(0.05, georeference.GsdMetres);
        var w = planes.Width;
        var h = planes.Height;
        var rough = Roughness(planes.Luma, w, h);

        // Distance (metres) from each pixel near the yard to the nearest centre line, at zero shift.
        var distance = DistanceToTracks(georeference, frame, paths, w, h, gsd, RingOuter + radiusMetres);
        var inside = new List<int>();
        var ring = new List<int>();
        for (var i = 0; i < distance.Length; i++)
        {
            if (distance[i] <= CorridorHalfWidth)
            {
                inside.Add(i);
            }
            else if (distance[i] >= RingInner && distance[i] <= RingOuter)
            {
                ring.Add(i);
            }
        }

        if (inside.Count < 20 || ring.Count < 20)
        {
            return new RegistrationResult((0, 0), 0);
        }

        var j = RegistrationResult.PixelsPerMetre(georeference, frame);

        var best = (East: 0.0, North: 0.0);
        var bestScore = double.NegativeInfinity;
        var scores = new List<double>();
        void SearchAround((double East, double North) centre, double half, double step)
        {
            var n = (int)Math.Round(half / step);
            var localBest = best;
            for (var a = -n; a <= n; a++)
            {
                ct.ThrowIfCancellationRequested();
                for (var b = -n; b <= n; b++)
                {
                    var de = centre.East + (a * step);
                    var dn = centre.North + (b * step);
                    if ((de * de) + (dn * dn) > radiusMetres * radiusMetres * 1.0001)
                    {
                        continue;
                    }

                    var dx = (int)Math.Round((de * j.Ex) + (dn * j.Nx));
                    var dy = (int)Math.Round((de * j.Ey) + (dn * j.Ny));
                    var score = Separation(planes, rough, inside, ring, dx, dy, w, h);
                    scores.Add(score);
                    score *= 1 - (0.002 * ((de * de) + (dn * dn)) / (radiusMetres * radiusMetres));
                    if (score > bestScore)
                    {
                        bestScore = score;
                        localBest = (de, dn);
                    }
                }
            }

            best = localBest;
        }

        var coarseStep = Math.Max(1.0, gsd);
        SearchAround((0, 0), radiusMetres, coarseStep);
        SearchAround(best, coarseStep, Math.Max(0.25, gsd / 3));
        return RegistrationResult.FromSearch(best, bestScore, scores);
    }

    /// <summary>Fisher separation of corridor and ring pixels on tone and roughness, with the masks moved by (dx, dy) pixels.</summary>
    private static double Separation(ScenePlanes planes, float[] rough, List<int> inside, List<int> ring, int dx, int dy, int w, int h)
    {
        var a = Moments(planes, rough, inside, dx, dy, w, h);
        var b = Moments(planes, rough, ring, dx, dy, w, h);
        if (a.N < 10 || b.N < 10)
        {
            return double.NegativeInfinity;
        }

        var tone = Sq(a.Mean - b.Mean) / (a.Var + b.Var + 1e-6);
        var texture = Sq(a.RoughMean - b.RoughMean) / (a.RoughVar + b.RoughVar + 1e-6);
        return tone + texture;
    }

    private static (int N, double Mean, double Var, double RoughMean, double RoughVar) Moments(
        ScenePlanes planes, float[] rough, List<int> pixels, int dx, int dy, int w, int h)
    {
        double s = 0, s2 = 0, r = 0, r2 = 0;
        var n = 0;
        foreach (var i in pixels)
        {
            var x = (i % w) + dx;
            var y = (i / w) + dy;
            if (x < 0 || y < 0 || x >= w || y >= h)
            {
                continue;
            }

            var k = (y * w) + x;
            if (!planes.Visible[k])
            {
                continue;
            }

            var v = planes.Luma[k];
            s += v;
            s2 += v * v;
            r += rough[k];
            r2 += rough[k] * rough[k];
            n++;
        }

        if (n == 0)
        {
            return (0, 0, 0, 0, 0);
        }

        var mean = s / n;
        var roughMean = r / n;
        return (n, mean, Math.Max(0, (s2 / n) - (mean * mean)), roughMean, Math.Max(0, (r2 / n) - (roughMean * roughMean)));
    }

    /// <summary>Local absolute deviation from the 3×3 mean: cars and rails make the bed rough, fields are smooth.</summary>
    internal static float[] Roughness(float[] luma, int w, int h)
    {
        var mean = PlaneOps.BoxMean(luma, w, h, 3);
        var rough = new float[luma.Length];
        for (var i = 0; i < rough.Length; i++)
        {
            rough[i] = Math.Abs(luma[i] - mean[i]);
        }

        return PlaneOps.BoxMean(rough, w, h, 3);
    }

    internal static float[] DistanceToTracks(IPixelGeoreference georeference, LocalMetricFrame frame, IReadOnlyList<TrackPath> paths, int w, int h, double gsd, double reach)
    {
        var distance = new float[w * h];
        Array.Fill(distance, float.MaxValue);
        var step = Math.Max(0.5, gsd / 2);
        var reachPixels = (int)Math.Ceiling(reach / gsd) + 1;
        foreach (var path in paths)
        {
            for (var s = 0.0; s <= path.Length; s += step)
            {
                var (e, n) = path.PointAt(s);
                var (cx, cy) = georeference.ToPixel(frame.ToGeo(e, n));
                var x0 = (int)Math.Floor(cx) - reachPixels;
                var y0 = (int)Math.Floor(cy) - reachPixels;
                for (var y = Math.Max(0, y0); y <= Math.Min(h - 1, y0 + (2 * reachPixels)); y++)
                {
                    for (var x = Math.Max(0, x0); x <= Math.Min(w - 1, x0 + (2 * reachPixels)); x++)
                    {
                        var d = (float)(Math.Sqrt(Sq(x + 0.5 - cx) + Sq(y + 0.5 - cy)) * gsd);
                        var k = (y * w) + x;
                        if (d < distance[k])
                        {
                            distance[k] = d;
                        }
                    }
                }
            }
        }

        return distance;
    }

    private static double Sq(double v) => v * v;
}
