namespace RailWatch.Synth;

/// <summary>Stateless hashing and value noise: the same inputs give the same numbers on any thread, in any order.</summary>
internal static class Noise
{
    public static uint Hash(int x, int y, int seed)
    {
        unchecked
        {
            var h = (uint)seed * 0x9E3779B9u;
            h ^= (uint)x * 0x85EBCA6Bu;
            h = (h << 13) | (h >> 19);
            h ^= (uint)y * 0xC2B2AE35u;
            h ^= h >> 16;
            h *= 0x7FEB352Du;
            h ^= h >> 15;
            h *= 0x846CA68Bu;
            h ^= h >> 16;
            return h;
        }
    }

    /// <summary>Uniform in [0, 1).</summary>
    public static float Unit(int x, int y, int seed) => (Hash(x, y, seed) >> 8) * (1f / 16777216f);

    /// <summary>Standard normal from two hashes (Box–Muller).</summary>
    public static float Gaussian(int x, int y, int seed)
    {
        var u1 = Math.Max(Unit(x, y, seed), 1e-7f);
        var u2 = Unit(x, y, seed ^ 0x5bd1e995);
        return MathF.Sqrt(-2 * MathF.Log(u1)) * MathF.Cos(2 * MathF.PI * u2);
    }

    private static readonly float[] GaussianTable = BuildGaussianTable();

    /// <summary>Standard normal by table look-up of a hash (65536 quantiles): for per-pixel sensor noise.</summary>
    public static float FastGaussian(int x, int y, int seed) => GaussianTable[Hash(x, y, seed) >> 16];

    private static float[] BuildGaussianTable()
    {
        var table = new float[65536];
        for (var i = 0; i < table.Length; i++)
        {
            table[i] = (float)InverseNormal((i + 0.5) / table.Length);
        }

        return table;
    }

    /// <summary>Acklam's rational approximation of the standard normal quantile (relative error below 1.2e-9).</summary>
    private static double InverseNormal(double p)
    {
        double[] a = [-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02, 1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00];
        double[] b = [-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02, 6.680131188771972e+01, -1.328068155288572e+01];
        double[] c = [-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00, -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00];
        double[] d = [7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00];
        const double low = 0.02425;
        if (p < low || p > 1 - low)
        {
            var q = Math.Sqrt(-2 * Math.Log(Math.Min(p, 1 - p)));
            var x = Poly(c, q) / ((Poly(d, q) * q) + 1);
            return p < low ? x : -x;
        }

        var r = p - 0.5;
        var t = r * r;
        return Poly(a, t) * r / ((Poly(b, t) * t) + 1);
    }

    private static double Poly(double[] k, double x)
    {
        var v = 0.0;
        foreach (var c in k)
        {
            v = (v * x) + c;
        }

        return v;
    }

    /// <summary>Smooth value noise in [0, 1] with lattice spacing 1.</summary>
    public static float Value(double x, double y, int seed)
    {
        var xf = Math.Floor(x);
        var yf = Math.Floor(y);
        var ix = (int)xf;
        var iy = (int)yf;
        var tx = (float)(x - xf);
        var ty = (float)(y - yf);
        tx = tx * tx * (3 - (2 * tx));
        ty = ty * ty * (3 - (2 * ty));
        var a = Unit(ix, iy, seed);
        var b = Unit(ix + 1, iy, seed);
        var c = Unit(ix, iy + 1, seed);
        var d = Unit(ix + 1, iy + 1, seed);
        var top = a + ((b - a) * tx);
        var bottom = c + ((d - c) * tx);
        return top + ((bottom - top) * ty);
    }

    /// <summary>Fractal sum of <paramref name="octaves"/> value-noise octaves, normalised to [0, 1], base wavelength <paramref name="scale"/>.</summary>
    public static float Fbm(double x, double y, double scale, int octaves, int seed)
    {
        float sum = 0, norm = 0, amp = 1;
        var f = 1 / scale;
        for (var o = 0; o < octaves; o++)
        {
            sum += amp * Value((x * f) + (o * 17.31), (y * f) - (o * 9.77), seed + (o * 101));
            norm += amp;
            amp *= 0.5f;
            f *= 2.03;
        }

        return sum / norm;
    }
}
