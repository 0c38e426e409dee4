namespace RailWatch.Synth;

/// <summary>
/// What baseline JPEG does to pixels, without writing a file: YCbCr with 4:2:0 chroma for three-band images,
/// 8×8 DCT blocks quantised with the IJG tables scaled by quality. Blockiness, ringing and colour bleeding follow.
/// </summary>
internal static class JpegArtefacts
{
    private static readonly int[] LumaTable =
    [
        16, 11, 10, 16, 24, 40, 51, 61, 12, 12, 14, 19, 26, 58, 60, 55, 14, 13, 16, 24, 40, 57, 69, 56,
        14, 17, 22, 29, 51, 87, 80, 62, 18, 22, 37, 56, 68, 109, 103, 77, 24, 35, 55, 64, 81, 104, 113, 92,
        49, 64, 78, 87, 103, 121, 120, 101, 72, 92, 95, 98, 112, 100, 103, 99,
    ];

    private static readonly int[] ChromaTable =
    [
        17, 18, 24, 47, 99, 99, 99, 99, 18, 21, 26, 66, 99, 99, 99, 99, 24, 26, 56, 99, 99, 99, 99, 99,
        47, 66, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99,
        99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99,
    ];

    private static readonly float[] Cos = BuildCos();

    /// <summary>Applies the artefacts in place to planes of <paramref name="width"/> × <paramref name="height"/> values on a 0..255 scale.</summary>
    public static void Apply(float[][] planes, int width, int height, int quality, bool rgb)
    {
        var luma = Scaled(LumaTable, quality);
        var chroma = Scaled(ChromaTable, quality);
        if (rgb && planes.Length == 3)
        {
            var n = width * height;
            var y = new float[n];
            var cb = new float[n];
            var cr = new float[n];
            for (var i = 0; i < n; i++)
            {
                float r = planes[0][i], g = planes[1][i], b = planes[2][i];
                y[i] = (0.299f * r) + (0.587f * g) + (0.114f * b);
                cb[i] = 128 - (0.168736f * r) - (0.331264f * g) + (0.5f * b);
                cr[i] = 128 + (0.5f * r) - (0.418688f * g) - (0.081312f * b);
            }

            Quantise(y, width, height, luma);
            Subsampled(cb, width, height, chroma);
            Subsampled(cr, width, height, chroma);
            for (var i = 0; i < n; i++)
            {
                planes[0][i] = y[i] + (1.402f * (cr[i] - 128));
                planes[1][i] = y[i] - (0.344136f * (cb[i] - 128)) - (0.714136f * (cr[i] - 128));
                planes[2][i] = y[i] + (1.772f * (cb[i] - 128));
            }

            return;
        }

        foreach (var p in planes)
        {
            Quantise(p, width, height, luma);
        }
    }

    private static void Subsampled(float[] plane, int width, int height, float[] table)
    {
        var w2 = (width + 1) / 2;
        var h2 = (height + 1) / 2;
        var small = new float[w2 * h2];
        for (var r = 0; r < h2; r++)
        {
            for (var c = 0; c < w2; c++)
            {
                float sum = 0;
                var count = 0;
                for (var dy = 0; dy < 2; dy++)
                {
                    for (var dx = 0; dx < 2; dx++)
                    {
                        var rr = (2 * r) + dy;
                        var cc = (2 * c) + dx;
                        if (rr < height && cc < width)
                        {
                            sum += plane[(rr * width) + cc];
                            count++;
                        }
                    }
                }

                small[(r * w2) + c] = sum / count;
            }
        }

        Quantise(small, w2, h2, table);
        for (var r = 0; r < height; r++)
        {
            for (var c = 0; c < width; c++)
            {
                plane[(r * width) + c] = small[((r / 2) * w2) + (c / 2)];
            }
        }
    }

    private static void Quantise(float[] plane, int width, int height, float[] table)
    {
        var block = new float[64];
        var coef = new float[64];
        var tmp = new float[64];
        for (var by = 0; by < height; by += 8)
        {
            for (var bx = 0; bx < width; bx += 8)
            {
                for (var y = 0; y < 8; y++)
                {
                    var rr = Math.Min(by + y, height - 1);
                    for (var x = 0; x < 8; x++)
                    {
                        block[(y * 8) + x] = plane[(rr * width) + Math.Min(bx + x, width - 1)] - 128;
                    }
                }

                Forward(block, coef, tmp);
                for (var k = 0; k < 64; k++)
                {
                    coef[k] = MathF.Round(coef[k] / table[k]) * table[k];
                }

                Inverse(coef, block, tmp);
                for (var y = 0; y < 8 && by + y < height; y++)
                {
                    for (var x = 0; x < 8 && bx + x < width; x++)
                    {
                        plane[((by + y) * width) + bx + x] = Math.Clamp(block[(y * 8) + x] + 128, 0, 255);
                    }
                }
            }
        }
    }

    private static void Forward(float[] input, float[] output, float[] tmp)
    {
        for (var y = 0; y < 8; y++)
        {
            for (var u = 0; u < 8; u++)
            {
                float s = 0;
                for (var x = 0; x < 8; x++)
                {
                    s += input[(y * 8) + x] * Cos[(u * 8) + x];
                }

                tmp[(y * 8) + u] = s;
            }
        }

        for (var v = 0; v < 8; v++)
        {
            for (var u = 0; u < 8; u++)
            {
                float s = 0;
                for (var y = 0; y < 8; y++)
                {
                    s += tmp[(y * 8) + u] * Cos[(v * 8) + y];
                }

                output[(v * 8) + u] = s;
            }
        }
    }

    private static void Inverse(float[] input, float[] output, float[] tmp)
    {
        for (var v = 0; v < 8; v++)
        {
            for (var x = 0; x < 8; x++)
            {
                float s = 0;
                for (var u = 0; u < 8; u++)
                {
                    s += input[(v * 8) + u] * Cos[(u * 8) + x];
                }

                tmp[(v * 8) + x] = s;
            }
        }

        for (var y = 0; y < 8; y++)
        {
            for (var x = 0; x < 8; x++)
            {
                float s = 0;
                for (var v = 0; v < 8; v++)
                {
                    s += tmp[(v * 8) + x] * Cos[(v * 8) + y];
                }

                output[(y * 8) + x] = s;
            }
        }
    }

    /// <summary>Orthonormal DCT-II basis: Cos[u·8 + x] = c(u) cos((2x + 1)uπ / 16).</summary>
    private static float[] BuildCos()
    {
        var table = new float[64];
        for (var u = 0; u < 8; u++)
        {
            var c = u == 0 ? Math.Sqrt(1.0 / 8) : Math.Sqrt(2.0 / 8);
            for (var x = 0; x < 8; x++)
            {
                table[(u * 8) + x] = (float)(c * Math.Cos(((2 * x) + 1) * u * Math.PI / 16));
            }
        }

        return table;
    }

    private static float[] Scaled(int[] table, int quality)
    {
        quality = Math.Clamp(quality, 1, 100);
        var scale = quality < 50 ? 5000 / quality : 200 - (2 * quality);
        return table.Select(t => (float)Math.Clamp(((t * scale) + 50) / 100, 1, 255)).ToArray();
    }
}
