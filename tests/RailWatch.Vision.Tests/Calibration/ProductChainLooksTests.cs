using RailWatch.Core.Imaging;
using RailWatch.Vision.Calibration;
using RailWatch.Vision.Tests.Support;

namespace RailWatch.Vision.Tests.Calibration;

public class ProductChainLooksTests
{
    private static readonly TestScene FineScene = TestScenes.TwoShortTrains;

    [Test]
    public void Next_ShareZero_ReturnsTheSceneItself()
    {
        var image = FineScene.Render();

        var looks = new ProductChainLooks { Share = 0 };

        Assert.That(looks.Next(image), Is.SameAs(image));
    }

    [Test]
    public void Next_CoarseScene_IsKeptWhateverTheShare()
    {
        var coarse = new TestScene { Gsd = 3, WidthMetres = 300, HeightMetres = 60 }.Render();

        var looks = new ProductChainLooks { Share = 1 };

        Assert.That(looks.Next(coarse), Is.SameAs(coarse));
    }

    [Test]
    public void Next_ShareOne_ChangesPixelsButKeepsGeometryRolesAndMask()
    {
        var image = Rgb(FineScene.RenderGray());
        var looks = new ProductChainLooks { Share = 1 };

        // A draw may skip every step; some scene among a few must go through the chain.
        var changed = Enumerable.Range(0, 8).Select(_ => looks.Next(image)).First(x => !ReferenceEquals(x, image));

        Assert.Multiple(() =>
        {
            Assert.That((changed.Width, changed.Height), Is.EqualTo((image.Width, image.Height)));
            Assert.That(changed.Roles, Is.EqualTo(image.Roles));
            Assert.That(changed.Georeference, Is.SameAs(image.Georeference));
            Assert.That(changed.WhiteLevel, Is.EqualTo(image.WhiteLevel));
            Assert.That(changed.Valid, Is.SameAs(image.Valid));
            Assert.That(changed.Bands[0], Is.Not.EqualTo(image.Bands[0]));
            Assert.That(changed.Bands.SelectMany(b => b).All(v => v >= 0 && v <= 255), Is.True, "values stay within 0..white");
            Assert.That(MeanAbsoluteDifference(changed.Bands[1], image.Bands[1]), Is.LessThan(20), "a look of the same scene, not another scene");
        });
    }

    [Test]
    public void Next_SameSeed_DrawsTheSameLooks()
    {
        var image = Rgb(FineScene.RenderGray());
        var first = new ProductChainLooks { Share = 0.7, Seed = 5 };
        var second = new ProductChainLooks { Share = 0.7, Seed = 5 };

        for (var i = 0; i < 6; i++)
        {
            var a = first.Next(image);
            var b = second.Next(image);
            Assert.That(a.Bands[0], Is.EqualTo(b.Bands[0]), $"scene {i}");
        }
    }

    private static RasterImage Rgb(float[] grayZeroToOne)
    {
        float[] Band(float gain) => grayZeroToOne.Select(v => Math.Clamp(v * 255 * gain, 0, 255)).ToArray();
        return new RasterImage(
            FineScene.Width,
            FineScene.Height,
            [Band(1.0f), Band(0.9f), Band(0.8f)],
            [BandRole.Red, BandRole.Green, BandRole.Blue],
            FineScene.Georeference,
            WesternColumnsMissing(),
            255);
    }

    /// <summary>A data mask whose first ten columns hold no data, so that a test can see the mask carried over.</summary>
    private static bool[] WesternColumnsMissing() =>
        Enumerable.Range(0, FineScene.Width * FineScene.Height).Select(i => i % FineScene.Width >= 10).ToArray();

    private static double MeanAbsoluteDifference(float[] a, float[] b) => a.Zip(b, (x, y) => Math.Abs(x - y)).Average();
}
