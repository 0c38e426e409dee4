namespace RailWatch.ThirdScenes.Bench.Sensor;

/// <summary>
/// A JPEG 2000-like loss: three levels of the reversible 5/3 (LeGall) wavelet, detail coefficients quantised with a
/// dead zone (coarser at finer levels), transformed back. Edges blur and ring, flat areas turn smooth and blotchy.
/// </summary>
internal static class WaveletCodec
{
    private const int Levels = 3;

    /// <param name="step">Quantiser step of the finest level, in the plane's own units.</param>
    public static void Degrade(float[] plane, int width, int height, double step)
    {
        var sizes = new List<(int W, int H)>();
        var (w, h) = (width, height);
        for (var level = 0; level < Levels && w > 8 && h > 8; level++)
        {
            sizes.Add((w, h));
            Transform2D(plane, width, w, h, forward: true);
            Quantise(plane, width, w, h, step / (1 + (0.5 * level)));
            (w, h) = ((w + 1) / 2, (h + 1) / 2);
        }

        for (var level = sizes.Count - 1; level >= 0; level--)
        {
            Transform2D(plane, width, sizes[level].W, sizes[level].H, forward: false);
        }
    }

    private static void Quantise(float[] plane, int stride, int w, int h, double step)
    {
        var (lw, lh) = ((w + 1) / 2, (h + 1) / 2);
        for (var y = 0; y < h; y++)
        {
            for (var x = 0; x < w; x++)
            {
                if (x < lw && y < lh)
                {
                    continue;
                }

                var i = (y * stride) + x;
                var v = plane[i];
                var q = Math.Floor(Math.Abs(v) / step);
                plane[i] = q == 0 ? 0 : (float)(Math.Sign(v) * (q + 0.5) * step);
            }
        }
    }

    private static void Transform2D(float[] plane, int stride, int w, int h, bool forward)
    {
        var line = new float[Math.Max(w, h)];
        if (forward)
        {
            Rows(plane, stride, w, h, line, true);
            Columns(plane, stride, w, h, line, true);
        }
        else
        {
            Columns(plane, stride, w, h, line, false);
            Rows(plane, stride, w, h, line, false);
        }
    }

    private static void Rows(float[] plane, int stride, int w, int h, float[] line, bool forward)
    {
        for (var y = 0; y < h; y++)
        {
            for (var x = 0; x < w; x++)
            {
                line[x] = plane[(y * stride) + x];
            }

            Lift(line, w, forward);
            for (var x = 0; x < w; x++)
            {
                plane[(y * stride) + x] = line[x];
            }
        }
    }

    private static void Columns(float[] plane, int stride, int w, int h, float[] line, bool forward)
    {
        for (var x = 0; x < w; x++)
        {
            for (var y = 0; y < h; y++)
            {
                line[y] = plane[(y * stride) + x];
            }

            Lift(line, h, forward);
            for (var y = 0; y < h; y++)
            {
                plane[(y * stride) + x] = line[y];
            }
        }
    }

    /// <summary>One level of 5/3 lifting on line[0..n): forward leaves lows then highs; inverse undoes it.</summary>
    private static void Lift(float[] line, int n, bool forward)
    {
        var evens = (n + 1) / 2;
        var odds = n / 2;
        var s = new float[evens];
        var d = new float[odds];
        if (forward)
        {
            for (var i = 0; i < evens; i++)
            {
                s[i] = line[2 * i];
            }

            for (var i = 0; i < odds; i++)
            {
                var right = (2 * i) + 2 < n ? line[(2 * i) + 2] : line[2 * i];
                d[i] = line[(2 * i) + 1] - (0.5f * (line[2 * i] + right));
            }

            for (var i = 0; i < evens; i++)
            {
                var left = i > 0 ? d[i - 1] : (odds > 0 ? d[0] : 0);
                var right = i < odds ? d[i] : left;
                s[i] += 0.25f * (left + right);
            }

            Array.Copy(s, 0, line, 0, evens);
            Array.Copy(d, 0, line, evens, odds);
            return;
        }

        Array.Copy(line, 0, s, 0, evens);
        Array.Copy(line, evens, d, 0, odds);
        for (var i = 0; i < evens; i++)
        {
            var left = i > 0 ? d[i - 1] : (odds > 0 ? d[0] : 0);
            var right = i < odds ? d[i] : left;
            s[i] -= 0.25f * (left + right);
        }

        for (var i = 0; i < evens; i++)
        {
            line[2 * i] = s[i];
        }

        for (var i = 0; i < odds; i++)
        {
            var right = (2 * i) + 2 < n ? s[i + 1] : s[i];
            line[(2 * i) + 1] = d[i] + (0.5f * (s[i] + right));
        }
    }
}
