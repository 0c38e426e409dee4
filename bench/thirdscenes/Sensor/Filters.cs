namespace RailWatch.ThirdScenes.Bench.Sensor;

/// <summary>Separable filters on row-major float planes, edges clamped.</summary>
internal static class Filters
{
    public static float[] Gaussian(float[] plane, int width, int height, double sigmaX, double sigmaY) =>
        Separable(plane, width, height, Kernel(sigmaX), Kernel(sigmaY));

    /// <summary>Convolves rows with <paramref name="horizontal"/> and columns with <paramref name="vertical"/> (odd lengths, centred).</summary>
    public static float[] Separable(float[] plane, int width, int height, float[] horizontal, float[] vertical)
    {
        var temp = new float[plane.Length];
        var hr = horizontal.Length / 2;
        Parallel.For(0, height, y =>
        {
            var row = y * width;
            for (var x = 0; x < width; x++)
            {
                float sum = 0;
                for (var k = 0; k < horizontal.Length; k++)
                {
                    sum += horizontal[k] * plane[row + Math.Clamp(x + k - hr, 0, width - 1)];
                }

                temp[row + x] = sum;
            }
        });
        var result = new float[plane.Length];
        var vr = vertical.Length / 2;
        Parallel.For(0, height, y =>
        {
            for (var x = 0; x < width; x++)
            {
                float sum = 0;
                for (var k = 0; k < vertical.Length; k++)
                {
                    sum += vertical[k] * temp[(Math.Clamp(y + k - vr, 0, height - 1) * width) + x];
                }

                result[(y * width) + x] = sum;
            }
        });
        return result;
    }

    /// <summary>A normalised Gaussian; sigma near zero gives the identity.</summary>
    public static float[] Kernel(double sigma)
    {
        if (sigma < 0.05)
        {
            return [1f];
        }

        var radius = Math.Max(1, (int)Math.Ceiling(3 * sigma));
        var kernel = new float[(2 * radius) + 1];
        for (var i = -radius; i <= radius; i++)
        {
            kernel[i + radius] = (float)Math.Exp(-(i * i) / (2 * sigma * sigma));
        }

        var sum = kernel.Sum();
        return kernel.Select(v => v / sum).ToArray();
    }

    /// <summary>A Gaussian widened by a box of <paramref name="box"/> pixels (image motion during integration).</summary>
    public static float[] Smeared(double sigma, double box)
    {
        var gauss = Kernel(Math.Max(sigma, 0.3));
        if (box < 0.05)
        {
            return gauss;
        }

        var radius = (gauss.Length / 2) + 1;
        var kernel = new float[(2 * radius) + 1];
        const int Steps = 8;
        for (var s = 0; s < Steps; s++)
        {
            var shift = (((s + 0.5) / Steps) - 0.5) * box;
            for (var i = 0; i < gauss.Length; i++)
            {
                var position = i - (gauss.Length / 2) + shift + radius;
                var lower = (int)Math.Floor(position);
                var t = (float)(position - lower);
                kernel[lower] += gauss[i] * (1 - t) / Steps;
                kernel[Math.Min(kernel.Length - 1, lower + 1)] += gauss[i] * t / Steps;
            }
        }

        return kernel;
    }

    /// <summary>Keys' cubic convolution weight; a = −0.5 is the usual, −0.75 rings more.</summary>
    public static double Cubic(double x, double a)
    {
        x = Math.Abs(x);
        return x <= 1
            ? (((a + 2) * x * x * x) - ((a + 3) * x * x) + 1)
            : x < 2 ? ((a * x * x * x) - (5 * a * x * x) + (8 * a * x) - (4 * a)) : 0;
    }

    /// <summary>Samples a plane at continuous pixel-centre coordinates with cubic convolution (edges clamped).</summary>
    public static float SampleCubic(float[] plane, int width, int height, double x, double y, double a)
    {
        var ix = (int)Math.Floor(x);
        var iy = (int)Math.Floor(y);
        var fx = x - ix;
        var fy = y - iy;
        double sum = 0;
        for (var j = -1; j <= 2; j++)
        {
            var wy = Cubic(j - fy, a);
            var row = Math.Clamp(iy + j, 0, height - 1) * width;
            for (var i = -1; i <= 2; i++)
            {
                sum += wy * Cubic(i - fx, a) * plane[row + Math.Clamp(ix + i, 0, width - 1)];
            }
        }

        return (float)sum;
    }
}
