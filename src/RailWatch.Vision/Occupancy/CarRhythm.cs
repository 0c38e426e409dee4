namespace RailWatch.Vision.Occupancy;

/// <summary>
/// The along-track rhythm of coupled cars: a train repeats every 11–21 m (its gaps, ends and roof seams), empty
/// track does not. Measured as the normalised autocorrelation of the core tone's detail (the tone less its mean
/// over ±3 m) within ±25 m of each sample, at the best lag. Unlike tone it does not care whether the cars are
/// lighter or darker than their bed, so it still speaks where a dark train stands on dark, rusty track.
/// </summary>
internal static class CarRhythm
{
    private const double MinLagMetres = 11;
    private const double MaxLagMetres = 21;
    private const double LagStepMetres = 0.25;
    private const double DetailReachMetres = 3;
    private const double BlurReachMetres = 0.5;
    private const double WindowMetres = 25;

    /// <summary>
    /// Per sample, the highest autocorrelation over the lags (<c>Peak</c>) and how far it stands above their mean
    /// (<c>Contrast</c>); zero where the sample is hidden or the window too short for any lag.
    /// </summary>
    public static (float[] Peak, float[] Contrast) Of(float[] core, bool[] visible, double stepMetres)
    {
        var n = core.Length;
        var peak = new float[n];
        var contrast = new float[n];
        int Samples(double metres) => Math.Max(1, (int)Math.Round(metres / stepMetres));
        var minLag = Samples(MinLagMetres);
        var maxLag = Samples(MaxLagMetres);
        var lagStep = Samples(LagStepMetres);
        var half = Samples(WindowMetres);
        if (n <= minLag)
        {
            return (peak, contrast);
        }

        var detail = Blur(Detail(core, visible, Samples(DetailReachMetres)), Samples(BlurReachMetres));
        var energy = PrefixSums(n, u => detail[u] * detail[u]);
        var best = new float[n];
        var sum = new double[n];
        var lags = 0;
        Array.Fill(best, float.NegativeInfinity);
        for (var lag = minLag; lag <= maxLag && lag < n; lag += lagStep)
        {
            var l = lag;
            var products = PrefixSums(n - l, u => detail[u] * detail[u + l]);
            for (var t = 0; t < n; t++)
            {
                // Pairs (u, u + lag) with both ends inside t ± half.
                var from = Math.Max(0, t - half);
                var to = Math.Min(n - 1, t + half) - l;
                var c = 0.0;
                if (to > from)
                {
                    var cross = products[to + 1] - products[from];
                    var a = energy[to + 1] - energy[from];
                    var b = energy[to + l + 1] - energy[from + l];
                    c = cross / (Math.Sqrt(a * b) + (1e-4 * (to - from + 1)));
                }

                best[t] = Math.Max(best[t], (float)c);
                sum[t] += c;
            }

            lags++;
        }

        for (var t = 0; t < n; t++)
        {
            if (visible[t] && lags > 0)
            {
                peak[t] = best[t];
                contrast[t] = (float)(best[t] - (sum[t] / lags));
            }
        }

        return (peak, contrast);
    }

    /// <summary>The tone less its mean over the visible samples within ±<paramref name="reach"/>; zero where hidden.</summary>
    private static double[] Detail(float[] core, bool[] visible, int reach)
    {
        var n = core.Length;
        var tones = PrefixSums(n, u => visible[u] ? core[u] : 0);
        var seen = PrefixSums(n, u => visible[u] ? 1 : 0);
        var detail = new double[n];
        for (var t = 0; t < n; t++)
        {
            if (!visible[t])
            {
                continue;
            }

            var from = Math.Max(0, t - reach);
            var to = Math.Min(n - 1, t + reach);
            var count = seen[to + 1] - seen[from];
            detail[t] = core[t] - ((tones[to + 1] - tones[from]) / count);
        }

        return detail;
    }

    private static double[] Blur(double[] values, int reach)
    {
        var n = values.Length;
        var sums = PrefixSums(n, u => values[u]);
        var blurred = new double[n];
        for (var t = 0; t < n; t++)
        {
            var from = Math.Max(0, t - reach);
            var to = Math.Min(n - 1, t + reach);
            blurred[t] = (sums[to + 1] - sums[from]) / (to - from + 1);
        }

        return blurred;
    }

    private static double[] PrefixSums(int n, Func<int, double> value)
    {
        var sums = new double[n + 1];
        for (var u = 0; u < n; u++)
        {
            sums[u + 1] = sums[u] + value(u);
        }

        return sums;
    }
}
