namespace RailWatch.AltScenes.Bench.Rendering;

/// <summary>
/// JPEG-like loss on 8-bit RGB planes: YCbCr with chroma halved in both directions, 8×8 DCT quantised with the
/// standard tables at the given quality; what comes back has the blocks and colour bleeding of a compressed product.
/// </summary>
internal static class JpegBlocks
{
    private static readonly int[] LumaTable =
    [
        16, 11, 10, 16, 24, 40, 51, 61, 12, 12, 14, 19, 26, 58, 60, 55, 14, 13, 16, 24, 40, 57, 69, 56, 14, 17, 22, 29, 51, 87, 80, 62,
        18, 22, 37, 56, 68, 109, 103, 77, 24, 35, 55, 64, 81, 104, 113, 92, 49, 64, 78, 87, 103, 121, 120, 101, 72, 92, 95, 98, 112, 100, 103, 99,
    ];

    private static readonly int[] ChromaTable =
    [
        17, 18, 24, 47, 99, 99, 99, 99, 18, 21, 26, 66, 99, 99, 99, 99, 24, 26, 56, 99, 99, 99, 99, 99, 47, 66, 99, 99, 99, 99, 99, 99,
        99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99,
    ];

    private static readonly double[,] Basis = MakeBasis();

    public static void Apply(float[] red, float[] green, float[] blue, int width, int height, int quality)
    {
        var n = width * height;
        var y = new float[n];
        var cb = new float[n];
        var cr = new float[n];
        for (var k = 0; k < n; k++)
        {
            y[k] = (0.299f * red[k]) + (0.587f * green[k]) + (0.114f * blue[k]) - 128;
            cb[k] = (-0.168736f * red[k]) - (0.331264f * green[k]) + (0.5f * blue[k]);
            cr[k] = (0.5f * red[k]) - (0.418688f * green[k]) - (0.081312f * blue[k]);
        }

        Quantise(y, width, height, Scaled(LumaTable, quality));
        var (hw, hh) = ((width + 1) / 2, (height + 1) / 2);
        var cbHalf = Halve(cb, width, height);
        var crHalf = Halve(cr, width, height);
        var chroma = Scaled(ChromaTable, quality);
        Quantise(cbHalf, hw, hh, chroma);
        Quantise(crHalf, hw, hh, chroma);
        for (var r = 0; r < height; r++)
        {
            for (var c = 0; c < width; c++)
            {
                var k = (r * width) + c;
                var h = ((r / 2) * hw) + (c / 2);
                var luma = y[k] + 128;
                red[k] = Math.Clamp(MathF.Round(luma + (1.402f * crHalf[h])), 0, 255);
                green[k] = Math.Clamp(MathF.Round(luma - (0.344136f * cbHalf[h]) - (0.714136f * crHalf[h])), 0, 255);
                blue[k] = Math.Clamp(MathF.Round(luma + (1.772f * cbHalf[h])), 0, 255);
            }
        }
    }

    private static float[] Halve(float[] plane, int width, int height)
    {
        var (hw, hh) = ((width + 1) / 2, (height + 1) / 2);
        var half = new float[hw * hh];
        for (var r = 0; r < hh; r++)
        {
            for (var c = 0; c < hw; c++)
            {
                float sum = 0;
                var count = 0;
                for (var dr = 0; dr < 2; dr++)
                {
                    for (var dc = 0; dc < 2; dc++)
                    {
                        var (rr, cc) = ((2 * r) + dr, (2 * c) + dc);
                        if (rr < height && cc < width)
                        {
                            sum += plane[(rr * width) + cc];
                            count++;
                        }
                    }
                }

                half[(r * hw) + c] = sum / count;
            }
        }

        return half;
    }

    private static int[] Scaled(int[] table, int quality)
    {
        var scale = quality < 50 ? 5000 / quality : 200 - (2 * quality);
        return [.. table.Select(t => Math.Clamp(((t * scale) + 50) / 100, 1, 255))];
    }

    private static void Quantise(float[] plane, int width, int height, int[] table)
    {
        var blocksX = (width + 7) / 8;
        var blocksY = (height + 7) / 8;
        Parallel.For(0, blocksY, by =>
        {
            var block = new double[64];
            var coefficients = new double[64];
            for (var bx = 0; bx < blocksX; bx++)
            {
                for (var k = 0; k < 64; k++)
                {
                    var r = Math.Min((by * 8) + (k / 8), height - 1);
                    var c = Math.Min((bx * 8) + (k % 8), width - 1);
                    block[k] = plane[(r * width) + c];
                }

                Transform(block, coefficients, inverse: false);
                for (var k = 0; k < 64; k++)
                {
                    coefficients[k] = Math.Round(coefficients[k] / table[k]) * table[k];
                }

                Transform(coefficients, block, inverse: true);
                for (var k = 0; k < 64; k++)
                {
                    var r = (by * 8) + (k / 8);
                    var c = (bx * 8) + (k % 8);
                    if (r < height && c < width)
                    {
                        plane[(r * width) + c] = (float)block[k];
                    }
                }
            }
        });
    }

    /// <summary>2-D DCT-II of an 8×8 block (or its inverse), row-major.</summary>
    private static void Transform(double[] source, double[] target, bool inverse)
    {
        Span<double> temp = stackalloc double[64];
        for (var a = 0; a < 8; a++)
        {
            for (var b = 0; b < 8; b++)
            {
                double v = 0;
                for (var k = 0; k < 8; k++)
                {
                    v += (inverse ? Basis[k, b] : Basis[b, k]) * source[(a * 8) + k];
                }

                temp[(a * 8) + b] = v;
            }
        }

        for (var b = 0; b < 8; b++)
        {
            for (var a = 0; a < 8; a++)
            {
                double v = 0;
                for (var k = 0; k < 8; k++)
                {
                    v += (inverse ? Basis[k, a] : Basis[a, k]) * temp[(k * 8) + b];
                }

                target[(a * 8) + b] = v;
            }
        }
    }

    private static double[,] MakeBasis()
    {
        var basis = new double[8, 8];
        for (var u = 0; u < 8; u++)
        {
            for (var x = 0; x < 8; x++)
            {
                basis[u, x] = (u == 0 ? Math.Sqrt(1.0 / 8) : Math.Sqrt(2.0 / 8)) * Math.Cos(((2 * x) + 1) * u * Math.PI / 16);
            }
        }

        return basis;
    }
}
