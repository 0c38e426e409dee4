using RailWatch.Vision.Preprocessing;

namespace RailWatch.Vision.Tests.Preprocessing;

public class PlaneSmoothingTests
{
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
    public void ForStrips_FineScene_IsTheGaussianOfTheWidthInPixels()
    {
        var planes = Planes(20, 10, colour: false);

        var smoothed = PlaneSmoothing.ForStrips(planes, 0.4, 0.6);

        Assert.That(smoothed.Luma, Is.EqualTo(PlaneOps.GaussianBlur(planes.Luma, 20, 10, 1.5)).Within(1e-6));
        Assert.That(smoothed.ChromaA, Is.Null);
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
