using RailWatch.Geo;

namespace RailWatch.Synth.Tests.Output;

public class SceneWriterTests
{
    private string dir = string.Empty;

    [SetUp]
    public void MakeDirectory()
    {
        dir = Path.Combine(Path.GetTempPath(), "rw-synth-writer-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
    }

    [TearDown]
    public void RemoveDirectory() => Directory.Delete(dir, recursive: true);

    [TestCase(SensorKind.Rgb8, 3, "Byte")]
    [TestCase(SensorKind.Bgrn16, 4, "UInt16")]
    public void Write_ThenOpen_GivesTheSamePixelsGeoreferenceTimeAndTruth(SensorKind sensor, int bands, string type)
    {
        var acquired = new DateTimeOffset(2023, 10, 5, 2, 30, 0, TimeSpan.Zero);
        var scene = SceneRenderer.Render(TestYards.Small, TestYards.Quick() with { Sensor = sensor, GsdMetres = 2, Acquired = acquired, NodataEdgeFraction = 0.2 });
        var path = Path.Combine(dir, "tumangang-like_20231005T023000Z_test.tif");

        SceneWriter.Write(scene, path);

        using var raster = GeoRaster.Open(path);
        var info = raster.Info;
        Assert.That(info.Width, Is.EqualTo(scene.Image.Width));
        Assert.That(info.Bands, Has.Count.EqualTo(bands));
        Assert.That(info.Bands[0].DataType.ToString(), Does.Contain(type));
        Assert.That(info.Crs!.Epsg, Is.EqualTo(32652));
        Assert.That(info.Metadata["TIFFTAG_DATETIME"], Is.EqualTo("2023:10:05 02:30:00"));
        var image = raster.ReadAll();
        Assert.That(image.Bands[0], Is.EqualTo(scene.Image.Bands[0]).AsCollection);
        Assert.That(image.Valid!.Count(v => !v), Is.EqualTo(scene.Image.Valid!.Count(v => !v)));
        var truth = SceneTruth.FromJson(File.ReadAllText(SceneWriter.TruthPath(path)));
        Assert.That(truth.TotalCount, Is.EqualTo(scene.Truth.TotalCount));
        Assert.That(Directory.GetFiles(dir).Select(Path.GetFileName), Is.EquivalentTo(new[] { "tumangang-like_20231005T023000Z_test.tif", "tumangang-like_20231005T023000Z_test.truth.json" }));
    }

    [Test]
    public void TruthPath_SitsBesideTheScene() =>
        Assert.That(SceneWriter.TruthPath(Path.Combine("a", "b.tif")), Is.EqualTo(Path.Combine("a", "b.truth.json")));
}
