using RailWatch.Core.Imaging;
using RailWatch.Vision.Model;
using RailWatch.Vision.Preprocessing;
using RailWatch.Vision.Tests.Support;

namespace RailWatch.Vision.Tests.Preprocessing;

public class BandSelectorTests
{
    private static readonly TestScene Scene = TestScenes.TwoShortTrains;

    [Test]
    public void Select_RgbBands_LumaIsWeightedSumOverWhiteLevel()
    {
        float[] r = [255, 0], g = [0, 255], b = [0, 0];
        var image = new RasterImage(2, 1, [b, g, r], [BandRole.Blue, BandRole.Green, BandRole.Red], Scene.Georeference, null, 255);

        var (luma, ca, _) = BandSelector.Select(image);

        Assert.That(luma[0], Is.EqualTo(0.299f).Within(1e-4));
        Assert.That(luma[1], Is.EqualTo(0.587f).Within(1e-4));
        Assert.That(ca![0], Is.EqualTo(1f).Within(1e-4));
    }

    [Test]
    public void Select_NearInfraredBand_IsNotUsedForLuma()
    {
        float[] gray = [100], nir = [4000];
        var image = new RasterImage(1, 1, [nir, gray], [BandRole.NearInfrared, BandRole.Gray], Scene.Georeference, null, 1000);

        var (luma, ca, _) = BandSelector.Select(image);

        Assert.That(luma[0], Is.EqualTo(0.1f).Within(1e-5));
        Assert.That(ca, Is.Null);
    }

    [Test]
    public void Count_SameSceneAsGrayRgbAndSixteenBitBgrn_GivesSameCount()
    {
        var gray = Scene.RenderGray();
        var yard = Scene.Yard();
        var counter = new RailcarCounter(ShippedModel.Current);
        var n = gray.Length;
        float[] Scaled(float f) => gray.Select(v => v * f).ToArray();

        var one = Scene.Gray(Scaled(255), 255);
        var three = new RasterImage(Scene.Width, Scene.Height, [Scaled(255), Scaled(255), Scaled(255)], [BandRole.Red, BandRole.Green, BandRole.Blue], Scene.Georeference, null, 255);
        var four = new RasterImage(Scene.Width, Scene.Height, [Scaled(10000), Scaled(10000), Scaled(10000), new float[n]], [BandRole.Blue, BandRole.Green, BandRole.Red, BandRole.NearInfrared], Scene.Georeference, null, 10000);

        var counts = new[] { one, three, four }.Select(i => counter.Count(i, yard).Total.Count).ToList();

        Assert.That(counts, Is.All.EqualTo(Scene.CarCount));
    }
}
