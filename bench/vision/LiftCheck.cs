using System.Globalization;
using RailWatch.Synth;
using RailWatch.Vision.Strips;

namespace RailWatch.Vision.Bench;

/// <summary>
/// How well <see cref="CloudShadowLift"/> undoes cloud shadows: each cloudy scene of 1 m or finer is rendered twice,
/// with and without cloud shadows, and the track cores (|offset| ≤ 1.5 m) of the strips at the true registration are
/// compared pixel by pixel, before and after the lift, with the shadow-free strips. Also fits, per shadowed 10 m
/// stretch, the affine map from shadowed to shadow-free tones (a slope alone would make a multiplicative lift exact).
/// </summary>
internal static class LiftCheck
{
    public static void Run(IReadOnlyList<int> seeds, RailcarCounter counter)
    {
        var before = new List<double>();
        var after = new List<double>();
        var missed = 0;
        var shadowed = 0;
        foreach (var seed in seeds)
        {
            var (yard, options) = ScenePlan.For(seed);
            if (options.GsdMetres > 1.0 || options.CloudCover < 0.2)
            {
                continue;
            }

            var a = Strips(counter, yard, options);
            var b = Strips(counter, yard, options with { CloudShadows = false });
            var lifted = Strips(counter, yard, options);
            CloudShadowLift.Apply(lifted);
            var sceneBefore = new List<double>();
            var sceneAfter = new List<double>();
            var slopes = new List<double>();
            var intercepts = new List<double>();
            for (var k = 0; k < a.Count; k++)
            {
                var (sa, sb, sl) = (a[k], b[k], lifted[k]);
                var block = Math.Max(1, (int)Math.Round(10 / sa.StepMetres));
                for (var t0 = 0; t0 < sa.Length; t0 += block)
                {
                    var xs = new List<double>();
                    var ys = new List<double>();
                    for (var t = t0; t < Math.Min(sa.Length, t0 + block); t++)
                    {
                        for (var v = 0; v < sa.Width; v++)
                        {
                            var i = sa.Index(t, v);
                            if (Math.Abs(sa.OffsetsMetres[v]) > 1.5 || !sa.Visible[i] || !sb.Visible[i])
                            {
                                continue;
                            }

                            xs.Add(sa.Luma[i]);
                            ys.Add(sb.Luma[i]);
                            if (sb.Luma[i] - sa.Luma[i] > 0.05)
                            {
                                shadowed++;
                                sceneBefore.Add(Math.Abs(sa.Luma[i] - sb.Luma[i]));
                                sceneAfter.Add(Math.Abs(sl.Luma[i] - sb.Luma[i]));
                                missed += sl.Luma[i] == sa.Luma[i] ? 1 : 0;
                            }
                        }
                    }

                    if (xs.Count > 20 && Median(ys) - Median(xs) > 0.05)
                    {
                        var (alpha, beta) = Line(xs, ys);
                        intercepts.Add(alpha);
                        slopes.Add(beta);
                    }
                }
            }

            before.AddRange(sceneBefore);
            after.AddRange(sceneAfter);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"seed {seed} gsd {options.GsdMetres} cloud {options.CloudCover:F2} haze {options.Haze:F2} | shadowed core px {sceneBefore.Count} | median |err| before {Median(sceneBefore):F3} after lift {Median(sceneAfter):F3} | shadowed 10 m stretches {slopes.Count}: slope {Median(slopes):F2} intercept {Median(intercepts):F3}"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"all: shadowed core px {shadowed}, left unlifted {100.0 * missed / Math.Max(1, shadowed):F0}%, median |err| before {Median(before):F3} after {Median(after):F3}"));
    }

    private static List<Strip> Strips(RailcarCounter counter, RailWatch.Core.Yards.Yard yard, SceneOptions options)
    {
        var scene = SceneRenderer.Render(yard, options);
        var shift = (scene.Truth.GeolocationError.EastM, scene.Truth.GeolocationError.NorthM);
        return [.. counter.PrepareTracks(scene.Image, yard, shift, "check", CancellationToken.None).Strips];
    }

    private static (double Intercept, double Slope) Line(List<double> xs, List<double> ys)
    {
        var mx = xs.Average();
        var my = ys.Average();
        double sxy = 0, sxx = 0;
        for (var i = 0; i < xs.Count; i++)
        {
            sxy += (xs[i] - mx) * (ys[i] - my);
            sxx += (xs[i] - mx) * (xs[i] - mx);
        }

        var slope = sxx > 0 ? sxy / sxx : 1;
        return (my - (slope * mx), slope);
    }

    private static double Median(List<double> values)
    {
        if (values.Count == 0)
        {
            return double.NaN;
        }

        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }
}
