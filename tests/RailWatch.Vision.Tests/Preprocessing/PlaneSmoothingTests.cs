using RailWatch.Vision.Preprocessing;

namespace RailWatch.Vision.Tests.Preprocessing;

public class PlaneSmoothingTests
{
    /// <summary>Widths around the vector width and the kernel's reach, so that vector loops, clamped borders and tails all run.</summary>
    private static readonly int[] Widths = [1, 3, 7, 8, 9, 17, 33, 61];

    [Test]
    public void ForStrips_NoSmoothingOrCoarseOrTinySigma_ReturnsTheSamePlanes()
    {
        var planes = Planes(20, 10, colour: true);

        Assert.That(PlaneSmoothing.ForStrips(planes, 0.5, 0), Is.SameAs(planes), "sigma 0");
        Assert.That(PlaneSmoothing.ForStrips(planes, 1.2, 0.5), Is.SameAs(planes), "coarser than 1 m");
        Assert.That(PlaneSmoothing.ForStrips(planes, 1.0, 0.2), Is.SameAs(planes), "0.2 px of sigma");
    }

    [Test]
    public void ForStrips_FineScene_SmoothsLumaAndColourAndKeepsVisibility()
    {
        var planes = Planes(20, 10, colour: true);

        var smoothed = PlaneSmoothing.ForStrips(planes, 0.5, 0.5);

        Assert.That(smoothed, Is.Not.SameAs(planes));
        Assert.That(smoothed.Visible, Is.SameAs(planes.Visible));
        Assert.That(Roughness(smoothed.Luma, 20), Is.LessThan(Roughness(planes.Luma, 20) * 0.7));
        Assert.That(Roughness(smoothed.ChromaA!, 20), Is.LessThan(Roughness(planes.ChromaA!, 20) * 0.7));
        Assert.That(Roughness(smoothed.ChromaB!, 20), Is.LessThan(Roughness(planes.ChromaB!, 20) * 0.7));
    }

    [Test]
    public void Smooth_AnImpulseInTheMiddle_SpreadsSymmetricallyAndKeepsItsMass()
    {
        const int n = 41;
        var plane = new float[n * n];
        plane[(20 * n) + 20] = 1;
        var kernel = PlaneSmoothing.Kernel(2.0);

        var result = PlaneSmoothing.Smooth(plane, n, n, kernel);

        Assert.That(result.Sum(), Is.EqualTo(1).Within(1e-5));
        Assert.That(result[(20 * n) + 20], Is.EqualTo(kernel[kernel.Length / 2] * kernel[kernel.Length / 2]).Within(1e-7));
        Assert.That(result[(20 * n) + 17], Is.EqualTo(result[(20 * n) + 23]).Within(1e-7));
        Assert.That(result[(17 * n) + 20], Is.EqualTo(result[(23 * n) + 20]).Within(1e-7));
        Assert.That(result[(17 * n) + 20], Is.EqualTo(result[(20 * n) + 17]).Within(1e-7));
    }

    [Test]
    public void Smooth_AnyWidth_IsBitwiseTheScalarConvolutionWithRepeatedEdges()
    {
        foreach (var w in Widths)
        {
            const int h = 6;
            var random = new Random(w);
            var plane = Enumerable.Range(0, w * h).Select(_ => (float)random.NextDouble()).ToArray();
            var kernel = PlaneSmoothing.Kernel(1.7);

            var result = PlaneSmoothing.Smooth(plane, w, h, kernel);

            Assert.That(result, Is.EqualTo(ScalarSmooth(plane, w, h, kernel)), $"width {w}");
        }
    }

    [Test]
    public void Kernel_SumsToOneAndReachesThreeSigma()
    {
        var kernel = PlaneSmoothing.Kernel(1.5);

        Assert.That(kernel, Has.Length.EqualTo(11));
        Assert.That(kernel.Sum(), Is.EqualTo(1).Within(1e-6));
        Assert.That(kernel, Is.EqualTo(kernel.Reverse().ToArray()));
    }

    private static float[] ScalarSmooth(float[] plane, int w, int h, float[] kernel)
    {
        var r = kernel.Length / 2;
        var across = new float[plane.Length];
        var result = new float[plane.Length];
        for (var y = 0; y < h; y++)
        {
            for (var x = 0; x < w; x++)
            {
                float acc = 0;
                for (var i = -r; i <= r; i++)
                {
                    acc += kernel[i + r] * plane[(y * w) + Math.Clamp(x + i, 0, w - 1)];
                }

                across[(y * w) + x] = acc;
            }
        }

        for (var y = 0; y < h; y++)
        {
            for (var x = 0; x < w; x++)
            {
                float acc = 0;
                for (var i = -r; i <= r; i++)
                {
                    acc += kernel[i + r] * across[(Math.Clamp(y + i, 0, h - 1) * w) + x];
                }

                result[(y * w) + x] = acc;
            }
        }

        return result;
    }

    /// <summary>Mean absolute difference between horizontal neighbours.</summary>
    private static double Roughness(float[] plane, int width)
    {
        double sum = 0;
        var n = 0;
        for (var i = 0; i + 1 < plane.Length; i++)
        {
            if ((i + 1) % width != 0)
            {
                sum += Math.Abs(plane[i + 1] - plane[i]);
                n++;
            }
        }

        return sum / n;
    }

    private static ScenePlanes Planes(int width, int height, bool colour)
    {
        var random = new Random(7);
        float[] Noise() => Enumerable.Range(0, width * height).Select(_ => (float)random.NextDouble()).ToArray();
        return new ScenePlanes(width, height, Noise(), colour ? Noise() : null, colour ? Noise() : null, Enumerable.Repeat(true, width * height).ToArray());
    }
}
