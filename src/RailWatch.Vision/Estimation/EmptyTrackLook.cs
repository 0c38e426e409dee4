using RailWatch.Vision.Occupancy;

namespace RailWatch.Vision.Estimation;

/// <summary>
/// How alike the track the occupancy forest calls empty looks across a scene. Empty track is one surface, ballast
/// or a stained bed; a train the forest does not recognise (a look it never learnt) is read as empty track too, and
/// then the "empty" samples are two populations. The measure is the share of the samples called empty (car
/// probability under <see cref="EmptyProbability"/>) whose core tone, averaged over the samples called empty within
/// ±2 m along the track, lies more than three robust spreads from the median core tone of all of them. It says where a count may be short, not by
/// how much; the interval widens with it.
/// </summary>
internal static class EmptyTrackLook
{
    public const float EmptyProbability = 0.25f;

    private const double CoreHalfWidthMetres = 1.0;
    private const double StretchMetres = 2.0;
    private const double Spreads = 3.0;
    private const int MinSamples = 50;

    /// <summary>The share (0–1) of the samples called empty that do not look like the rest of them; 0 with too few.</summary>
    public static double Inconsistency(IReadOnlyList<TrackProfile> profiles)
    {
        var cores = profiles.Select(CoreTone).ToList();
        var tones = new List<float>();
        for (var k = 0; k < profiles.Count; k++)
        {
            var p = profiles[k];
            for (var t = 0; t < p.Strip.Length; t++)
            {
                if (IsEmpty(p, t))
                {
                    tones.Add(cores[k][t]);
                }
            }
        }

        if (tones.Count < MinSamples)
        {
            return 0;
        }

        var median = Median(tones);
        var spread = Math.Max(0.01, 1.4826 * Median(tones.Select(x => Math.Abs(x - median)).ToList()));
        long off = 0;
        for (var k = 0; k < profiles.Count; k++)
        {
            var p = profiles[k];
            var reach = Math.Max(1, (int)Math.Round(StretchMetres / p.Strip.StepMetres));
            for (var t = 0; t < p.Strip.Length; t++)
            {
                if (IsEmpty(p, t) && Math.Abs(LocalMean(cores[k], p, t, reach) - median) > Spreads * spread)
                {
                    off++;
                }
            }
        }

        return off / (double)tones.Count;
    }

    private static bool IsEmpty(TrackProfile p, int t) => p.Visible[t] && p.Probability[t] < EmptyProbability;

    /// <summary>Mean core tone of the samples called empty within <paramref name="reach"/> samples of <paramref name="t"/> (itself one of them).</summary>
    private static double LocalMean(float[] core, TrackProfile p, int t, int reach)
    {
        double sum = 0;
        var n = 0;
        for (var u = Math.Max(0, t - reach); u <= Math.Min(core.Length - 1, t + reach); u++)
        {
            if (IsEmpty(p, u))
            {
                sum += core[u];
                n++;
            }
        }

        return sum / n;
    }

    /// <summary>Mean luminance within ±1 m of the centre line at each sample (0 where none of it is visible).</summary>
    private static float[] CoreTone(TrackProfile p)
    {
        var strip = p.Strip;
        var core = new float[strip.Length];
        for (var t = 0; t < strip.Length; t++)
        {
            double sum = 0;
            var n = 0;
            for (var v = 0; v < strip.Width; v++)
            {
                var i = strip.Index(t, v);
                if (Math.Abs(strip.OffsetsMetres[v]) <= CoreHalfWidthMetres && strip.Visible[i])
                {
                    sum += strip.Luma[i];
                    n++;
                }
            }

            core[t] = n == 0 ? 0 : (float)(sum / n);
        }

        return core;
    }

    private static float Median(List<float> values)
    {
        values.Sort();
        return values[values.Count / 2];
    }
}
