namespace RailWatch.AltScenes.Bench.Rendering;

/// <summary>Position-hashed noise: the same point always gives the same value, whichever thread renders it.</summary>
internal static class PositionNoise
{
    public static uint Hash(int x, int y, int seed)
    {
        unchecked
        {
            var h = ((uint)x * 374_761_393u) + ((uint)y * 668_265_263u) + ((uint)seed * 2_246_822_519u);
            h = (h ^ (h >> 13)) * 1_274_126_177u;
            return h ^ (h >> 16);
        }
    }

    /// <summary>Uncorrelated noise in [−1, 1] per integer cell.</summary>
    public static float White(int x, int y, int seed) => ((Hash(x, y, seed) & 0xFFFFFF) * (2f / 16_777_216f)) - 1f;

    /// <summary>
    /// Smooth gradient noise in about [−1, 1] with features about one unit across (gradient rather than value noise:
    /// value noise shows its square lattice as blocks wherever its contrast is high).
    /// </summary>
    public static float Smooth(double x, double y, int seed)
    {
        var fx = Math.Floor(x);
        var fy = Math.Floor(y);
        var ix = (int)fx;
        var iy = (int)fy;
        var tx = (float)(x - fx);
        var ty = (float)(y - fy);
        var a = Gradient(ix, iy, seed, tx, ty);
        var b = Gradient(ix + 1, iy, seed, tx - 1, ty);
        var c = Gradient(ix, iy + 1, seed, tx, ty - 1);
        var d = Gradient(ix + 1, iy + 1, seed, tx - 1, ty - 1);
        var u = Fade(tx);
        var v = Fade(ty);
        var top = a + ((b - a) * u);
        var bottom = c + ((d - c) * u);
        return 1.4f * (top + ((bottom - top) * v));
    }

    /// <summary>Fractal noise in about [−1, 1]: <paramref name="octaves"/> layers, each twice as fine and half as strong.</summary>
    public static float Fractal(double x, double y, int seed, int octaves)
    {
        float sum = 0, norm = 0, amplitude = 1;
        for (var k = 0; k < octaves; k++)
        {
            sum += amplitude * Smooth(x, y, seed + (k * 101));
            norm += amplitude;
            amplitude *= 0.5f;
            x *= 2.03;
            y *= 2.03;
        }

        return sum / norm;
    }

    private static readonly float[] GradientE = [.. Enumerable.Range(0, 16).Select(k => MathF.Cos(k * MathF.PI / 8))];
    private static readonly float[] GradientN = [.. Enumerable.Range(0, 16).Select(k => MathF.Sin(k * MathF.PI / 8))];

    private static float Gradient(int x, int y, int seed, float dx, float dy)
    {
        var k = Hash(x, y, seed) & 15;
        return (GradientE[k] * dx) + (GradientN[k] * dy);
    }

    private static float Fade(float t) => t * t * t * ((t * ((t * 6) - 15)) + 10);
}
