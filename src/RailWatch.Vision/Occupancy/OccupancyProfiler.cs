using RailWatch.Vision.Model;
using RailWatch.Vision.Strips;

namespace RailWatch.Vision.Occupancy;

/// <summary>
/// Tells cars from empty track along each strip. Empty track looks alike all over a scene (ballast, rails,
/// snow), while cars come in every colour, darker or brighter: so the scene's empty-track appearance is learned
/// from the scene itself (first from the ground beside the tracks, then from the track samples that match it),
/// and each sample's distance from it, in units of its spread, is the evidence for a car. Rails seen between
/// the car sides argue for empty track.
/// </summary>
internal static class OccupancyProfiler
{
    private const double CoreHalfWidth = 1.0;

    // Floors on the empty track's spread, in units of the yard's contrast range: on very uniform ballast a
    // slight darkening (a neighbour's shadow, oil) must not look like a car.
    private const double MinSpreadLuma = 0.06;
    private const double MinSpreadChroma = 0.03;

    public static IReadOnlyList<TrackProfile> Profile(IReadOnlyList<Strip> strips, double gsd, CounterModel model)
    {
        var features = strips.Select(s => Features.Of(s, gsd)).ToList();
        var all = features.SelectMany(f => f.Samples()).Where(x => x.Visible).ToList();
        var profiles = strips.Select(s => new TrackProfile(s)).ToList();
        if (all.Count == 0)
        {
            for (var k = 0; k < profiles.Count; k++)
            {
                Array.Fill(profiles[k].Probability, 0.5f);
            }

            return profiles;
        }

        // Step 1: the ground beside the tracks (the brighter flank avoids car shadows) approximates empty track.
        var flankRef = Reference.Robust(all.Select(x => x.Flank).ToList());
        var distances = all.Select(x => flankRef.Distance(x.Core)).ToList();

        // Step 2: samples close to the flank look are empty track; their core look is the real reference.
        var empties = all.Where((x, i) => distances[i] < 2.5).Select(x => x.Core).ToList();
        var reference = empties.Count >= Math.Max(30, all.Count / 50) ? Reference.Robust(empties) : flankRef;

        var slope = model.OccupancySlope;
        var threshold = model.OccupancyThreshold;
        var useRails = gsd <= 0.6;
        for (var k = 0; k < strips.Count; k++)
        {
            var f = features[k];
            var p = profiles[k];
            var trackReference = TrackReference(f, reference);
            for (var t = 0; t < f.Length; t++)
            {
                p.Visible[t] = f.Visible[t];
                if (!f.Visible[t])
                {
                    p.Probability[t] = 0.5f;
                    continue;
                }

                var d = trackReference.Distance(f.Core[t]);
                if (useRails)
                {
                    // Dark lines at the rails and nothing in between: a view of the track bed, not a car roof.
                    d -= Math.Max(0, f.Rails[t] / trackReference.SpreadLuma) * 0.5;
                }

                p.Contrast[t] = (float)Math.Max(0, d);
                p.Probability[t] = (float)(1 / (1 + Math.Exp(-slope * (d - threshold))));
            }

            CutEvidence(p, f, trackReference, threshold);
        }

        return profiles;
    }

    /// <summary>
    /// Ballast tone, snow clearing and rail wear differ from track to track, so each track gets its own empty look:
    /// the densest cluster of its samples that lies near the scene's empty look (a long train of identical cars
    /// forms a dense cluster too, but far from the ballast). Without such a cluster the scene's look is used.
    /// </summary>
    private static Reference TrackReference(Features f, Reference scene)
    {
        var looks = new List<Look>();
        var stride = Math.Max(1, f.Length / 400);
        for (var t = 0; t < f.Length; t += stride)
        {
            if (f.Visible[t])
            {
                looks.Add(f.Core[t]);
            }
        }

        if (looks.Count < 20)
        {
            return scene;
        }

        const double radius = 1.5;
        var density = looks.Select(a => looks.Count(b => scene.Distance(a, b) <= radius)).ToArray();
        var order = Enumerable.Range(0, looks.Count).OrderByDescending(i => density[i]).ToList();
        Reference? best = null;
        var bestDistance = double.MaxValue;
        var modes = new List<Look>();
        foreach (var i in order)
        {
            if (density[i] < Math.Max(5, looks.Count / 10) || modes.Count >= 3)
            {
                break;
            }

            if (modes.Any(m => scene.Distance(m, looks[i]) <= 2 * radius))
            {
                continue;
            }

            modes.Add(looks[i]);
            var members = looks.Where(b => scene.Distance(looks[i], b) <= radius).ToList();
            var candidate = Reference.Robust(members).AtLeast(scene.Spread);
            var distance = scene.Distance(candidate.Centre);
            if (distance < bestDistance)
            {
                bestDistance = distance;
                best = candidate;
            }
        }

        return best is not null && bestDistance <= 5 ? best : scene;
    }

    /// <summary>
    /// Boundaries between cars: a short dip of contrast (the coupling gap) or a change of colour from one car to the next.
    /// </summary>
    private static void CutEvidence(TrackProfile p, Features f, Reference reference, double threshold)
    {
        var step = p.Strip.StepMetres;
        var reach = Math.Max(1, (int)Math.Round(1.5 / step));
        var half = Math.Max(1, (int)Math.Round(0.75 / step));
        var n = f.Length;
        for (var t = 1; t < n; t++)
        {
            var left = 0f;
            var right = 0f;
            for (var k = 1; k <= reach; k++)
            {
                if (t - 1 - k >= 0)
                {
                    left = Math.Max(left, p.Contrast[t - 1 - k]);
                }

                if (t + k < n)
                {
                    right = Math.Max(right, p.Contrast[t + k]);
                }
            }

            var here = Math.Min(p.Contrast[t - 1], p.Contrast[t]);
            var dip = Math.Max(0, Math.Min(left, right) - here) / (float)threshold;
            var a = Math.Max(0, t - half);
            var b = Math.Min(n - 1, t - 1 + half);
            var change = f.Visible[a] && f.Visible[b] ? reference.Distance(f.Core[a], f.Core[b]) / (2 * threshold) : 0;
            p.CutEvidence[t] = (float)(Math.Min(2.0, dip) + Math.Min(1.0, change));
        }
    }

    internal readonly record struct Look(double L, double A, double B);

    private readonly record struct Sample(Look Core, Look Flank, bool Visible);

    private sealed class Features
    {
        private Features(int length)
        {
            Length = length;
            Core = new Look[length];
            Flank = new Look[length];
            Rails = new double[length];
            Visible = new bool[length];
        }

        public int Length { get; }

        public Look[] Core { get; }

        public Look[] Flank { get; }

        public double[] Rails { get; }

        public bool[] Visible { get; }

        public IEnumerable<Sample> Samples()
        {
            for (var t = 0; t < Length; t++)
            {
                yield return new Sample(Core[t], Flank[t], Visible[t]);
            }
        }

        public static Features Of(Strip s, double gsd)
        {
            var f = new Features(s.Length);
            var offs = s.OffsetsMetres;
            var coreHalf = Math.Max(CoreHalfWidth, 0.5 * gsd);
            for (var t = 0; t < s.Length; t++)
            {
                double cl = 0, ca = 0, cb = 0;
                var cn = 0;
                var coreTotal = 0;
                double lp = 0, ap = 0, bp = 0, ln = 0, an = 0, bn = 0;
                int np = 0, nn = 0;
                double rail = 0, mid = 0;
                int nr = 0, nm = 0;
                for (var v = 0; v < s.Width; v++)
                {
                    var o = offs[v];
                    var ao = Math.Abs(o);
                    var i = s.Index(t, v);
                    if (ao <= coreHalf + 1e-9)
                    {
                        coreTotal++;
                    }

                    if (!s.Visible[i])
                    {
                        continue;
                    }

                    var l = s.Luma[i];
                    var a = s.ChromaA?[i] ?? 0;
                    var b = s.ChromaB?[i] ?? 0;
                    if (ao <= coreHalf + 1e-9)
                    {
                        cl += l;
                        ca += a;
                        cb += b;
                        cn++;
                    }

                    if (ao is >= 1.85 and <= 2.55)
                    {
                        if (o > 0)
                        {
                            lp += l;
                            ap += a;
                            bp += b;
                            np++;
                        }
                        else
                        {
                            ln += l;
                            an += a;
                            bn += b;
                            nn++;
                        }
                    }

                    if (ao is >= 0.55 and <= 0.9)
                    {
                        rail += l;
                        nr++;
                    }
                    else if (ao <= 0.3 || ao is >= 1.05 and <= 1.3)
                    {
                        mid += l;
                        nm++;
                    }
                }

                f.Visible[t] = cn > 0 && cn * 2 >= coreTotal;
                if (!f.Visible[t])
                {
                    continue;
                }

                f.Core[t] = new Look(cl / cn, ca / cn, cb / cn);
                var pos = np > 0 ? new Look(lp / np, ap / np, bp / np) : (Look?)null;
                var neg = nn > 0 ? new Look(ln / nn, an / nn, bn / nn) : (Look?)null;
                f.Flank[t] = (pos, neg) switch
                {
                    ({ } x, { } y) => x.L >= y.L ? x : y,
                    ({ } x, null) => x,
                    (null, { } y) => y,
                    _ => f.Core[t],
                };
                f.Rails[t] = nr > 0 && nm > 0 ? (mid / nm) - (rail / nr) : 0;
            }

            return f;
        }
    }

    /// <summary>A robust centre and spread of looks (median and scaled MAD per channel, with floors).</summary>
    private sealed class Reference
    {
        private Reference(Look centre, Look spread)
        {
            Centre = centre;
            Spread = spread;
        }

        public Look Centre { get; }

        public Look Spread { get; }

        public double SpreadLuma => Spread.L;

        /// <summary>The same centre with each channel's spread at least <paramref name="floor"/>'s.</summary>
        public Reference AtLeast(Look floor) =>
            new(Centre, new Look(Math.Max(Spread.L, floor.L), Math.Max(Spread.A, floor.A), Math.Max(Spread.B, floor.B)));

        public static Reference Robust(List<Look> looks)
        {
            var (ml, sl) = MedianMad(looks.Select(x => x.L));
            var (ma, sa) = MedianMad(looks.Select(x => x.A));
            var (mb, sb) = MedianMad(looks.Select(x => x.B));
            return new Reference(new Look(ml, ma, mb), new Look(Math.Max(MinSpreadLuma, sl), Math.Max(MinSpreadChroma, sa), Math.Max(MinSpreadChroma, sb)));
        }

        public double Distance(Look x) => Distance(x, Centre);

        public double Distance(Look x, Look y)
        {
            var dl = (x.L - y.L) / Spread.L;
            var da = (x.A - y.A) / Spread.A;
            var db = (x.B - y.B) / Spread.B;
            return Math.Sqrt((dl * dl) + (da * da) + (db * db));
        }

        private static (double Median, double Spread) MedianMad(IEnumerable<double> values)
        {
            var v = values.ToArray();
            Array.Sort(v);
            var med = v[v.Length / 2];
            var dev = v.Select(x => Math.Abs(x - med)).ToArray();
            Array.Sort(dev);
            return (med, 1.4826 * dev[dev.Length / 2]);
        }
    }
}
