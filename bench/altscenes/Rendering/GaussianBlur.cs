namespace RailWatch.AltScenes.Bench.Rendering;

/// <summary>Separable Gaussian blur of one plane, edges clamped: the optics' point spread.</summary>
internal static class GaussianBlur
{
    public static void Apply(float[] plane, int width, int height, double sigma)
    {
        if (sigma <= 0.05)
        {
            return;
        }

        var radius = (int)Math.Ceiling(3 * sigma);
        var kernel = new float[(2 * radius) + 1];
        for (var i = -radius; i <= radius; i++)
        {
            kernel[i + radius] = (float)Math.Exp(-(i * i) / (2 * sigma * sigma));
        }

        var sum = kernel.Sum();
        for (var i = 0; i < kernel.Length; i++)
        {
            kernel[i] /= sum;
        }

        var temp = new float[plane.Length];
        Parallel.For(0, height, r =>
        {
            for (var c = 0; c < width; c++)
            {
                float v = 0;
                for (var i = -radius; i <= radius; i++)
                {
                    v += kernel[i + radius] * plane[(r * width) + Math.Clamp(c + i, 0, width - 1)];
                }

                temp[(r * width) + c] = v;
            }
        });
        Parallel.For(0, height, r =>
        {
            for (var c = 0; c < width; c++)
            {
                float v = 0;
                for (var i = -radius; i <= radius; i++)
                {
                    v += kernel[i + radius] * temp[(Math.Clamp(r + i, 0, height - 1) * width) + c];
                }

                plane[(r * width) + c] = v;
            }
        });
    }
}
