using RailWatch.Core.Errors;
using RailWatch.Core.Geometry;
using RailWatch.Core.Labels;

namespace RailWatch.Core.Tests.Labels;

public sealed class LabelFileTests
{
    private const string Source = "labels/scene.labels.json";

    private const string TwoCars = """
        {"image": "scene.tif", "yard": "scene-yard.geojson", "georeference_error_m": [1.5, -3.0],
         "cars": [
           {"track": "T1", "center": [130.002, 42.001], "length_m": 15.2, "width_m": 3.1, "visible": true},
           {"track": "T2", "center": [130.004, 42.002], "length_m": 14.0, "width_m": 3.0, "visible": false, "ambiguous": true}
         ]}
        """;

    [Test]
    public void Parse_ValidFile_ReadsCarsErrorAndAmbiguousCars()
    {
        var scene = LabelFile.Parse(TwoCars, Source);

        Assert.Multiple(() =>
        {
            Assert.That(scene.ImagePath, Is.EqualTo("scene.tif"));
            Assert.That(scene.YardPath, Is.EqualTo("scene-yard.geojson"));
            Assert.That(scene.GeoreferenceErrorMetres, Is.EqualTo((1.5, -3.0)));
            Assert.That(scene.Cars, Has.Count.EqualTo(2));
            Assert.That(scene.Cars[0], Is.EqualTo(new LabelledCar("T1", new GeoPoint(130.002, 42.001), 15.2, 3.1, true)));
            Assert.That(scene.AmbiguousCarCentres, Is.EqualTo(new[] { new GeoPoint(130.004, 42.002) }));
        });
    }

    [Test]
    public void ToSceneLabel_CountsOnlyVisibleCarsAndKeepsEveryFootprint()
    {
        var label = LabelFile.Parse(TwoCars, Source).ToSceneLabel("scene", 0.5);

        Assert.Multiple(() =>
        {
            Assert.That(label.VisibleCount, Is.EqualTo(1));
            Assert.That(label.VisibleCarCentres, Is.EqualTo(new[] { new GeoPoint(130.002, 42.001) }));
            Assert.That(label.Cars, Has.Count.EqualTo(2));
            Assert.That(label.TrueShiftMetres, Is.EqualTo((1.5, -3.0)));
            Assert.That(label.GsdMetres, Is.EqualTo(0.5));
        });
    }

    [Test]
    public void Parse_WithoutGeoreferenceError_TakesItAsNone()
    {
        var scene = LabelFile.Parse("""{"image": "a.tif", "yard": "a.geojson", "cars": []}""", Source);

        Assert.That(scene.GeoreferenceErrorMetres, Is.EqualTo((0.0, 0.0)));
    }

    [TestCase("""{"yard": "a.geojson", "cars": []}""", "image is missing or not a non-empty string")]
    [TestCase("""{"image": "a.tif", "yard": "a.geojson"}""", "\"cars\" is missing or not an array")]
    [TestCase("""{"image": "a.tif", "yard": "a.geojson", "georeference_error_m": [1], "cars": []}""", "georeference_error_m is missing or not an array of two numbers")]
    [TestCase("""{"image": "a.tif", "yard": "a.geojson", "cars": [{"track": "T1", "center": [130, 42], "length_m": 15, "width_m": 3}]}""", "cars[0].visible is missing")]
    [TestCase("""{"image": "a.tif", "yard": "a.geojson", "cars": [{"track": "T1", "center": [42, 230], "length_m": 15, "width_m": 3, "visible": true}]}""", "cars[0].center (42.0000000, 230.0000000) is not a WGS84 longitude and latitude")]
    [TestCase("""{"image": "a.tif", "yard": "a.geojson", "cars": [{"track": "T1", "center": [130, 42], "length_m": -15, "width_m": 3, "visible": true}]}""", "cars[0].length_m -15 is not a length in metres")]
    [TestCase("""{"image": "a.tif", "yard": "a.geojson", "cars": [{"center": [130, 42], "length_m": 15, "width_m": 3, "visible": true}]}""", "cars[0].track is missing or not a non-empty string")]
    [TestCase("""{"image": "a.tif", "yard": "a.geojson", "cars": [{"track": "T1", "center": [130, 42], "length_m": 15, "width_m": 3, "visible": "yes"}]}""", "cars[0].visible is not true or false")]
    [TestCase("""{"image": "a.tif", "yard": "a.geojson", "cars": [{"track": "T1", "center": [130, 42], "length_m": 15, "width_m": 3, "visible": true, "ambiguous": true}]}""", "cars[0]: a car cannot be both visible and ambiguous")]
    [TestCase("""{"image": "a.tif", """, "not valid JSON at line 1")]
    public void Parse_BadField_ThrowsBadDataNamingFileAndField(string json, string problem)
    {
        var error = Assert.Throws<BadDataException>(() => LabelFile.Parse(json, Source))!;

        Assert.That(error.Message, Does.StartWith(Source + ": ").And.Contain(problem));
        Assert.That(error.ExitCode, Is.EqualTo(ExitCodes.BadData));
    }

    [Test]
    public void WriteThenLoad_RoundTripsAndResolvesPathsBesideTheLabelFile()
    {
        var folder = Directory.CreateTempSubdirectory("rw-labels-").FullName;
        try
        {
            var written = LabelFile.Parse(TwoCars, Source);
            var path = Path.Combine(folder, "scene" + LabelFile.Extension);
            LabelFile.Write(path, written);

            var read = LabelFile.Load(path);

            Assert.Multiple(() =>
            {
                Assert.That(read.ImagePath, Is.EqualTo(Path.Combine(folder, "scene.tif")));
                Assert.That(read.YardPath, Is.EqualTo(Path.Combine(folder, "scene-yard.geojson")));
                Assert.That(read.Cars, Is.EqualTo(written.Cars));
                Assert.That(read.AmbiguousCarCentres, Is.EqualTo(written.AmbiguousCarCentres));
                Assert.That(read.GeoreferenceErrorMetres, Is.EqualTo(written.GeoreferenceErrorMetres));
                Assert.That(LabelFile.In(folder), Is.EqualTo(new[] { path }));
                Assert.That(Directory.GetFiles(folder), Has.Length.EqualTo(1), "no temporary file left behind");
            });
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public void In_FolderWithoutLabelFiles_ThrowsUsageNamingTheFolder()
    {
        var folder = Directory.CreateTempSubdirectory("rw-labels-").FullName;
        try
        {
            var error = Assert.Throws<UsageException>(() => LabelFile.In(folder))!;

            Assert.That(error.Message, Is.EqualTo($"{folder}: no *.labels.json label files in it"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
