using System.Numerics;

namespace RailWatch.Vision.Preprocessing;

/// <summary>
/// The planes the strips are sampled from, smoothed by a separable Gaussian (borders repeat the edge pixel). Each
/// output pixel sums its taps in the same order in single precision whether a vector or the scalar loop computes it,
/// so the result does not depend on the machine's vector width.
/// </summary>
internal static class PlaneSmoothing
{
    /// <summary>Coarsest GSD (metres per pixel) that is smoothed: coarser pixels already average out the finest detail.</summary>
    public const double MaxGsdMetres = 1.0;

    /// <summary>Below this many pixels of standard deviation the smoothing would change nearly nothing, and is skipped.</summary>
    private const double MinSigmaPixels = 0.3;

    /// <summary>The planes smoothed by a Gaussian of <paramref name="sigmaMetres"/>, or the same planes where it does not apply.</summary>
    public static ScenePlanes ForStrips(ScenePlanes planes, double gsdMetres, double sigmaMetres)
    {
        var sigma = sigmaMetres / gsdMetres;
        if (!(sigmaMetres > 0) || gsdMetres > MaxGsdMetres || !(sigma >= MinSigmaPixels))
        {
            return planes;
        }

        var kernel = Kernel(sigma);
        return new ScenePlanes(
            planes.Width,
            planes.Height,
            Smooth(planes.Luma, planes.Width, planes.Height, kernel),
            planes.ChromaA is null ? null : Smooth(planes.ChromaA, planes.Width, planes.Height, kernel),
            planes.ChromaB is null ? null : Smooth(planes.ChromaB, planes.Width, planes.Height, kernel),
            planes.Visible);
    }

    /// <summary>Normalised Gaussian taps out to three standard deviations.</summary>
    internal static float[] Kernel(double sigma)
    {
        var r = (int)Math.Ceiling(3 * sigma);
        var kernel = new float[(2 * r) + 1];
        double sum = 0;
        for (var i = -r; i <= r; i++)
        {
            sum += kernel[i + r] = (float)Math.Exp(-0.5 * i * i / (sigma * sigma));
        }

        for (var i = 0; i < kernel.Length; i++)
        {
            kernel[i] /= (float)sum;
        }

        return kernel;
    }

    internal static float[] Smooth(float[] plane, int width, int height, float[] kernel)
    {
        var across = GC.AllocateUninitializedArray<float>(plane.Length);
        var result = GC.AllocateUninitializedArray<float>(plane.Length);
        Parallel.For(0, height, y => Row(plane.AsSpan(y * width, width), across.AsSpan(y * width, width), kernel));
        Parallel.For(0, height, y => Column(across, result.AsSpan(y * width, width), width, height, y, kernel));
        return result;
    }

    private static void Row(ReadOnlySpan<float> source, Span<float> target, float[] kernel)
    {
        var r = kernel.Length / 2;
        var w = source.Length;
        var x = 0;
        for (; x < Math.Min(r, w); x++)
        {
            target[x] = ClampedRowTap(source, x, kernel);
        }

        var lanes = Vector<float>.Count;
        for (; x + lanes + r <= w; x += lanes)
        {
            var acc = Vector<float>.Zero;
            for (var i = -r; i <= r; i++)
            {
                acc += new Vector<float>(kernel[i + r]) * new Vector<float>(source.Slice(x + i, lanes));
            }

            acc.CopyTo(target.Slice(x, lanes));
        }

        for (; x < w; x++)
        {
            target[x] = ClampedRowTap(source, x, kernel);
        }
    }

    private static float ClampedRowTap(ReadOnlySpan<float> source, int x, float[] kernel)
    {
        var r = kernel.Length / 2;
        float acc = 0;
        for (var i = -r; i <= r; i++)
        {
            acc += kernel[i + r] * source[Math.Clamp(x + i, 0, source.Length - 1)];
        }

        return acc;
    }

    private static void Column(float[] source, Span<float> target, int width, int height, int y, float[] kernel)
    {
        var r = kernel.Length / 2;
        var lanes = Vector<float>.Count;
        var x = 0;
        for (; x + lanes <= width; x += lanes)
        {
            var acc = Vector<float>.Zero;
            for (var i = -r; i <= r; i++)
            {
                var row = Math.Clamp(y + i, 0, height - 1) * width;
                acc += new Vector<float>(kernel[i + r]) * new Vector<float>(source.AsSpan(row + x, lanes));
            }

            acc.CopyTo(target.Slice(x, lanes));
        }

        for (; x < width; x++)
        {
            float acc = 0;
            for (var i = -r; i <= r; i++)
            {
                acc += kernel[i + r] * source[(Math.Clamp(y + i, 0, height - 1) * width) + x];
            }

            target[x] = acc;
        }
    }
}
