using RailWatch.Vision.Preprocessing;

namespace RailWatch.Vision.Tests.Preprocessing;

public class CloudMaskTests
{
    private const int Size = 160;
    private const double Gsd = 1.5;

    /// <summary>Textured ground around <paramref name="groundLevel"/> with a smooth disk of <paramref name="blobLevel"/> in the middle.</summary>
    private static float[] GroundWithSmoothBlob(float groundLevel, float blobLevel)
    {
        var rng = new Random(11);
        var luma = new float[Size * Size];
        for (var y = 0; y < Size; y++)
        {
            for (var x = 0; x < Size; x++)
            {
                var dx = x - (Size / 2);
                var dy = y - (Size / 2);
                luma[(y * Size) + x] = (dx * dx) + (dy * dy) < 40 * 40
                    ? blobLevel
                    : groundLevel + (float)((rng.NextDouble() - 0.5) * 0.12);
            }
        }

        return luma;
    }

    private static bool[] AllData() => Enumerable.Repeat(true, Size * Size).ToArray();

    private static bool At(bool[] mask, int x, int y) => mask[(y * Size) + x];

    [Test]
    public void CloudMask_DimReflectanceCloudTwiceAsBrightAsTheGround_IsMasked()
    {
        // A reflectance product with a gain below one: cloud at 0.42 of the white level over ground at 0.15.
        var mask = ScenePreparer.CloudMask(GroundWithSmoothBlob(0.15f, 0.42f), AllData(), Size, Size, Gsd);

        Assert.Multiple(() =>
        {
            Assert.That(At(mask, Size / 2, Size / 2), Is.True, "cloud centre");
            Assert.That(At(mask, 10, 10), Is.False, "ground corner");
        });
    }

    [Test]
    public void CloudMask_SmoothGroundOnlySomewhatBrighterThanTheRest_IsNotMasked()
    {
        // A concrete apron at 0.38 among fields at 0.25: smooth and brighter, but not cloud.
        var mask = ScenePreparer.CloudMask(GroundWithSmoothBlob(0.25f, 0.38f), AllData(), Size, Size, Gsd);

        Assert.That(At(mask, Size / 2, Size / 2), Is.False);
    }
}
