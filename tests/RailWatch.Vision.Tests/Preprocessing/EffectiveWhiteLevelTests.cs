using RailWatch.Core.Imaging;
using RailWatch.Vision.Preprocessing;
using RailWatch.Vision.Tests.Support;

namespace RailWatch.Vision.Tests.Preprocessing;

public class EffectiveWhiteLevelTests
{
    private static readonly TestScene Scene = new() { Gsd = 1, TrackCount = 1, WidthMetres = 40, HeightMetres = 40 };

    /// <summary>A ramp from 1 to <paramref name="highest"/> read with white at <paramref name="white"/>.</summary>
    private static RasterImage Ramp(float highest, double white)
    {
        var n = Scene.Width * Scene.Height;
        float[] plane = [.. Enumerable.Range(0, n).Select(i => 1 + ((highest - 1) * i / (n - 1f)))];
        return Scene.Gray(plane, white);
    }

    [TestCase(4000, 65535, 4095, TestName = "Of_TwelveBitDataReadWithTheContainersWhite_IsTwelveBitWhite")]
    [TestCase(6500, 65535, 10000, TestName = "Of_ReflectanceTimesTenThousandReadWithTheContainersWhite_IsTenThousand")]
    [TestCase(12000, 65535, 16383, TestName = "Of_FourteenBitDataReadWithTheContainersWhite_IsFourteenBitWhite")]
    [TestCase(300, 2047, 2047, TestName = "Of_StatedWhiteLevel_StandsEvenWhereTheDataAreDark")]
    [TestCase(40000, 65535, 65535, TestName = "Of_DataUsingMostOfTheContainer_KeepTheContainersWhite")]
    public void Of_ReturnsTheWhiteTheDataUse(float highest, double declared, double expected)
    {
        var image = Ramp(highest, declared);

        Assert.That(EffectiveWhiteLevel.Of(image, image.Bands), Is.EqualTo(expected));
    }
}
