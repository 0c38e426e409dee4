using RailWatch.Core.Imaging;
using RailWatch.Vision.Preprocessing;
using RailWatch.Vision.Tests.Support;

namespace RailWatch.Vision.Tests.Preprocessing;

public class EffectiveWhiteLevelTests
{
    private static readonly TestScene Scene = new() { Gsd = 1, TrackCount = 1, WidthMetres = 40, HeightMetres = 40 };

    private static RasterImage Image(float highest, double white)
    {
        var n = Scene.Width * Scene.Height;
        float[] plane = [.. Enumerable.Range(0, n).Select(i => 1 + (highest - 1) * i / (n - 1f))];
        return Scene.Gray(plane, white);
    }

    [Test]
    public void Of_TwelveBitDataReadWithTheContainersWhite_IsTwelveBitWhite()
    {
        var image = Image(4000, 65535);

        Assert.That(EffectiveWhiteLevel.Of(image, image.Bands), Is.EqualTo(4095));
    }

    [Test]
    public void Of_ReflectanceTimesTenThousandReadWithTheContainersWhite_IsTenThousand()
    {
        var image = Image(6500, 65535);

        Assert.That(EffectiveWhiteLevel.Of(image, image.Bands), Is.EqualTo(10000));
    }

    [Test]
    public void Of_FourteenBitDataReadWithTheContainersWhite_IsFourteenBitWhite()
    {
        var image = Image(12000, 65535);

        Assert.That(EffectiveWhiteLevel.Of(image, image.Bands), Is.EqualTo(16383));
    }

    [Test]
    public void Of_StatedWhiteLevel_StandsEvenWhereTheDataAreDark()
    {
        var image = Image(300, 2047);

        Assert.That(EffectiveWhiteLevel.Of(image, image.Bands), Is.EqualTo(2047));
    }

    [Test]
    public void Of_DataUsingMostOfTheContainer_KeepTheContainersWhite()
    {
        var image = Image(40000, 65535);

        Assert.That(EffectiveWhiteLevel.Of(image, image.Bands), Is.EqualTo(65535));
    }
}
