namespace RailWatch.ThirdScenes.Bench.Rendering;

/// <summary>Value noise on an integer lattice from a hash: pure functions of position and seed, so rows render in any order.</summary>
internal readonly struct Noise(int seed)
{
    private readonly uint seed = unchecked((uint)seed * 0x9E3779B9u) ^ 0x5BD1E995u;

    /// <summary>A hash of a lattice cell in [0, 1).</summary>
    public float Cell(int x, int y)
    {
        unchecked
        {
            var h = ((uint)x * 0x8DA6B343u) ^ ((uint)y * 0xD8163841u) ^ seed;
            h ^= h >> 15;
            h *= 0x2C1B3C6Du;
            h ^= h >> 12;
            h *= 0x297A2D39u;
            h ^= h >> 15;
            return (h & 0xFFFFFF) / 16777216f;
        }
    }

    /// <summary>Smooth value noise in [0, 1) with a lattice of one unit.</summary>
    public float Value(double x, double y)
    {
        var fx = Math.Floor(x);
        var fy = Math.Floor(y);
        var ix = (int)fx;
        var iy = (int)fy;
        var tx = (float)(x - fx);
        var ty = (float)(y - fy);
        tx = tx * tx * (3 - (2 * tx));
        ty = ty * ty * (3 - (2 * ty));
        var a = Cell(ix, iy);
        var b = Cell(ix + 1, iy);
        var c = Cell(ix, iy + 1);
        var d = Cell(ix + 1, iy + 1);
        var top = a + ((b - a) * tx);
        var bottom = c + ((d - c) * tx);
        return top + ((bottom - top) * ty);
    }

    /// <summary>Fractal sum of octaves, lattice <paramref name="scale"/> metres at the first, normalised to [0, 1).</summary>
    public float Fbm(double x, double y, double scale, int octaves)
    {
        float sum = 0, weight = 0, amplitude = 1;
        var f = 1 / scale;
        for (var o = 0; o < octaves; o++)
        {
            sum += amplitude * new Noise(unchecked((int)seed + o)).Value((x * f) + (o * 17.31), (y * f) - (o * 9.73));
            weight += amplitude;
            amplitude *= 0.5f;
            f *= 2.03;
        }

        return sum / weight;
    }
}
