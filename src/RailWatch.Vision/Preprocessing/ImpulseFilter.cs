using System.Numerics;

namespace RailWatch.Vision.Preprocessing;

/// <summary>
/// Hot and dead detector pixels: a pixel among the scene's brightest thousandth that is brighter than all eight of
/// its neighbours, or among its darkest thousandth and darker than all of them, by far more than the image's noise
/// and half its tonal range, is replaced (in every plane) by the median of those neighbours. Nothing in a yard is
/// such a pixel on its own: a car, even 3 m wide in a 3 m pixel, runs over several pixels along its track, so its
/// pixels have neighbours of their own tone; the aliased dots of a thin wire or rail are not that far from the
/// ground around them.
/// </summary>
internal static class ImpulseFilter
{
    /// <summary>How far beyond all neighbours a pixel must lie, in robust noise standard deviations.</summary>
    private const float NoiseMultiple = 8;

    /// <summary>…and at least this share of the scene's 1st–99th percentile range.</summary>
    private const float RangeShare = 0.5f;

    /// <summary>Only pixels beyond these quantiles of the scene (its darkest and brightest thousandth) can be impulses.</summary>
    private const double ExtremeQuantile = 0.001;

    /// <summary>Replaces isolated impulses in <paramref name="luma"/> (and the chroma planes at the same pixels); returns how many.</summary>
    public static int Apply(float[] luma, float[]? ca, float[]? cb, bool[] data, int w, int h)
    {
        if (w < 3 || h < 3)
        {
            return 0;
        }

        var levels = PlaneOps.Quantiles(luma, data, [0.01, 0.99, ExtremeQuantile, 1 - ExtremeQuantile], maxSamples: 50_000);
        var (darkest, brightest) = (levels[2], levels[3]);
        if (!(levels[1] > levels[0]))
        {
            return 0;
        }

        // The range test is cheap and rejects nearly every pixel of a clean scene; the noise is measured only
        // for what passes it.
        var rangeThreshold = RangeShare * (levels[1] - levels[0]);
        var candidates = new List<(int Index, float Beyond)>();
        int[] offsets = [-w - 1, -w, -w + 1, -1, 1, w - 1, w, w + 1];
        var lanes = Vector<float>.Count;
        for (var y = 1; y < h - 1; y++)
        {
            for (var x = 1; x < w - 1; x++)
            {
                var i = (y * w) + x;

                // Nearly every pixel lies strictly between the extremes: skip a vector of them at a time.
                if (Vector.IsHardwareAccelerated && x + lanes < w - 1
                    && !PlaneLoops.AnyNotStrictlyBetween(luma, i, darkest, brightest))
                {
                    x += lanes - 1;
                    continue;
                }

                if (!data[i] || (luma[i] < brightest && luma[i] > darkest))
                {
                    continue;
                }

                float lo = float.MaxValue, hi = float.MinValue;
                var complete = true;
                foreach (var offset in offsets)
                {
                    var j = i + offset;
                    complete &= data[j];
                    lo = MathF.Min(lo, luma[j]);
                    hi = MathF.Max(hi, luma[j]);
                }

                var beyond = MathF.Max(luma[i] - hi, lo - luma[i]);
                if (complete && beyond > rangeThreshold)
                {
                    candidates.Add((i, beyond));
                }
            }
        }

        if (candidates.Count == 0)
        {
            return 0;
        }

        var noiseThreshold = NoiseMultiple * NoiseSigma(luma, data, w, h);
        var fixes = candidates.Where(c => c.Beyond > noiseThreshold)
            .Select(c => (c.Index, Luma: MedianAt(luma, c.Index, offsets), A: ca is null ? 0 : MedianAt(ca, c.Index, offsets), B: cb is null ? 0 : MedianAt(cb, c.Index, offsets)))
            .ToList();

        // Written after the scan, so that a fix never feeds the test of the pixel next to it.
        foreach (var (i, l, a, b) in fixes)
        {
            luma[i] = l;
            if (ca is not null && cb is not null)
            {
                ca[i] = a;
                cb[i] = b;
            }
        }

        return fixes.Count;
    }

    /// <summary>Robust noise: 1.4826 × the median absolute difference between horizontal neighbours, ÷ √2 (every fourth row).</summary>
    private static float NoiseSigma(float[] luma, bool[] data, int w, int h)
    {
        var diffs = new float[((h + 3) / 4) * w];
        var n = 0;
        for (var y = 0; y < h; y += 4)
        {
            for (var x = 1; x < w; x++)
            {
                var i = (y * w) + x;
                if (data[i] && data[i - 1])
                {
                    diffs[n++] = MathF.Abs(luma[i] - luma[i - 1]);
                }
            }
        }

        return n == 0 ? 0 : 1.4826f * Selection.OrderStatistics(diffs.AsSpan(0, n), [n / 2])[0] / MathF.Sqrt(2);
    }

    private static float MedianAt(float[] plane, int i, ReadOnlySpan<int> offsets)
    {
        Span<float> values = stackalloc float[8];
        for (var k = 0; k < 8; k++)
        {
            values[k] = plane[i + offsets[k]];
        }

        return Median(values);
    }

    private static float Median(Span<float> values)
    {
        values.Sort();
        return 0.5f * (values[3] + values[4]);
    }
}
