using System.Globalization;
using System.Text;
using RailWatch.Vision.Calibration;
using RailWatch.Vision.Occupancy;

namespace RailWatch.Vision.Bench;

/// <summary>
/// Experiment: every car found whose two ends lie at one displacement from a car found on another track, that
/// displacement along the direction shadows fall (what a train's shadow on the next track looks like), with
/// whether it is a true car, both scores and tones. `ghostpairs SEEDS OUT.tsv`, fine scenes only.
/// </summary>
internal static class GhostPairs
{
    public static void Run(IEnumerable<int> seeds, RailcarCounter counter, string tsvPath)
    {
        var sb = new StringBuilder("seed\tgsd\ttrue_car\tb_score\ta_score\tb_luma\ta_luma\tbed_luma\tdisp_m\tcos\tend_diff_m\tb_len\n");
        foreach (var (seed, options, _, label, report) in CountedScenes.For(seeds, counter, o => o.GsdMetres <= 1.0))
        {
            if (report.Profiles is not { } profiles || report.Count.Cars.Count == 0)
            {
                continue;
            }

            var shadow = ShadowDirection.Of([.. profiles.Select(p => p.Strip)]);
            if (!shadow.IsKnown)
            {
                continue;
            }

            var (matched, _) = AccuracyEvaluator.Match(label, report);
            var cars = PlacedCars.Of(report, profiles, PlacedCars.FrameOf(seed)).Select(c =>
            {
                var strip = profiles[c.Track].Strip;
                var half = (c.Car.LengthMetres + counter.Model.CouplingGapMetres) / 2;
                var p0 = strip.Path.PointAt(c.Arc - half);
                var p1 = strip.Path.PointAt(c.Arc + half);
                return (K: c.Track, I: c.Index, P0: p0, P1: p1, Luma: CoreLuma(strip, c.Arc - half, c.Arc + half), c.Car.Score, c.Car.LengthMetres);
            }).ToList();
            var bed = profiles.Select(p => BedLuma(p)).ToArray();
            foreach (var b in cars)
            {
                var best = (Diff: double.MaxValue, A: -1, Disp: 0.0, Cos: 0.0);
                foreach (var a in cars)
                {
                    if (a.K == b.K)
                    {
                        continue;
                    }

                    foreach (var swap in (ReadOnlySpan<bool>)[false, true])
                    {
                        var (q0, q1) = swap ? (a.P1, a.P0) : (a.P0, a.P1);
                        var d0 = (E: b.P0.East - q0.East, N: b.P0.North - q0.North);
                        var d1 = (E: b.P1.East - q1.East, N: b.P1.North - q1.North);
                        var diff = Math.Sqrt(Math.Pow(d0.E - d1.E, 2) + Math.Pow(d0.N - d1.N, 2));
                        var (me, mn) = ((d0.E + d1.E) / 2, (d0.N + d1.N) / 2);
                        var m = Math.Sqrt((me * me) + (mn * mn));
                        var cos = ((me * shadow.East) + (mn * shadow.North)) / m;
                        if (m is >= 3.6 and <= 16 && cos > 0.9 && diff < best.Diff)
                        {
                            best = (diff, a.I, m, cos);
                        }
                    }
                }

                if (best.A < 0 || best.Diff > 3)
                {
                    continue;
                }

                var ac = cars[best.A];
                sb.Append(CultureInfo.InvariantCulture, $"{seed}\t{options.GsdMetres}\t{(matched[b.I] ? 1 : 0)}\t{b.Score:F3}\t{ac.Score:F3}\t{b.Luma:F3}\t{ac.Luma:F3}\t{bed[b.K]:F3}\t{best.Disp:F2}\t{best.Cos:F3}\t{best.Diff:F2}\t{b.LengthMetres:F1}\n");
            }
        }

        File.WriteAllText(tsvPath, sb.ToString());
    }

    private static double CoreLuma(Strips.Strip strip, double s0, double s1)
    {
        double sum = 0;
        var n = 0;
        for (var t = 0; t < strip.Length; t++)
        {
            var s = strip.ArcAt(t);
            if (s < s0 || s > s1)
            {
                continue;
            }

            for (var v = 0; v < strip.Width; v++)
            {
                var i = strip.Index(t, v);
                if (strip.Visible[i] && Math.Abs(strip.OffsetsMetres[v]) <= 1.0)
                {
                    sum += strip.Luma[i];
                    n++;
                }
            }
        }

        return n == 0 ? double.NaN : sum / n;
    }

    private static double BedLuma(TrackProfile profile)
    {
        var strip = profile.Strip;
        var values = new List<float>();
        for (var t = 0; t < strip.Length; t++)
        {
            if (!profile.Visible[t] || profile.Probability[t] > 0.2f)
            {
                continue;
            }

            for (var v = 0; v < strip.Width; v++)
            {
                var i = strip.Index(t, v);
                if (strip.Visible[i] && Math.Abs(strip.OffsetsMetres[v]) <= 1.0)
                {
                    values.Add(strip.Luma[i]);
                }
            }
        }

        values.Sort();
        return values.Count == 0 ? double.NaN : values[values.Count / 2];
    }
}
