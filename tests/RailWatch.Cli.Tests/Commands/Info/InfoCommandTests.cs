using System.Text.Json.Nodes;
using RailWatch.Cli.Infrastructure;
using RailWatch.Core.Geometry;
using RailWatch.Core.Imaging;
using RailWatch.Core.Yards;
using RailWatch.Geo;
using Spectre.Console.Testing;

namespace RailWatch.Cli.Tests.Commands.Info;

public sealed class InfoCommandTests
{
    private string root = null!;
    private GridGeoreference grid = null!;
    private string image = null!;

    [SetUp]
    public void SetUp()
    {
        root = Path.Combine(Path.GetTempPath(), "rw-info-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        grid = GridGeoreference.Create("EPSG:32652", GeoTransform.NorthUp(640_000, 4_700_000, 1, 1), 200, 200);
        image = Path.Combine(root, "scene.tif");
        var plane = Enumerable.Range(0, 200 * 200).Select(i => (float)(i % 200)).ToArray();
        RasterWriter.WriteGeoTiff(image, new RasterImage(200, 200, [plane], [BandRole.Gray], grid), new GeoTiffWriteOptions
        {
            NoData = 0,
            Metadata = new Dictionary<string, string> { ["TIFFTAG_DATETIME"] = "2023:10:05 02:30:00" },
        });
    }

    [TearDown]
    public void TearDown() => Directory.Delete(root, recursive: true);

    [Test]
    public async Task Info_GeoTiffAsJson_ReportsDriverCrsGsdBandsAndFootprint()
    {
        var (code, stdout, stderr) = await Run("info", image, "--format", "json");

        Assert.That(code, Is.Zero, stderr);
        var json = JsonNode.Parse(stdout)!;
        Assert.Multiple(() =>
        {
            Assert.That((string?)json["driver"], Is.EqualTo("GTiff"));
            Assert.That((int?)json["width"], Is.EqualTo(200));
            Assert.That((int?)json["crs"]!["epsg"], Is.EqualTo(32652));
            Assert.That((string?)json["crs"]!["name"], Does.Contain("UTM zone 52N"));
            Assert.That((double?)json["gsd_metres"], Is.EqualTo(1.0).Within(1e-6));
            Assert.That((double?)json["nodata"], Is.EqualTo(0));
            Assert.That((string?)json["bands"]![0]!["data_type"], Is.EqualTo("Byte"));
            Assert.That((string?)json["bands"]![0]!["role"], Is.EqualTo("gray"));
            Assert.That((int?)json["bands"]![0]!["block_width"], Is.EqualTo(256));
            Assert.That((double?)json["bounds_wgs84"]!["min_lon"], Is.EqualTo(130.7).Within(0.05));
            Assert.That(json["footprint_wgs84"]!.AsArray(), Has.Count.GreaterThan(4));
            Assert.That((string?)json["metadata"]!["TIFFTAG_DATETIME"], Is.EqualTo("2023:10:05 02:30:00"));
            Assert.That(json["yard"], Is.Null);
        });
    }

    [Test]
    public async Task Info_Text_PrintsCrsGsdAndBands()
    {
        var (code, stdout, _) = await Run("info", image);

        Assert.That(code, Is.Zero);
        Assert.That(stdout, Does.Contain("Driver:      GTiff"));
        Assert.That(stdout, Does.Contain("(EPSG:32652)"));
        Assert.That(stdout, Does.Contain("GSD:         1 m"));
        Assert.That(stdout, Does.Contain("Byte"));
    }

    [Test]
    public async Task Info_WithYardHalfInside_ReportsHalfCovered()
    {
        // The yard spans 200 m east-west, of which the image's eastern edge (x = 640 200) cuts off the eastern half.
        var yardPath = WriteYard(640_100, 4_699_850, 640_300, 4_699_950);

        var (code, stdout, stderr) = await Run("info", image, "--yard", yardPath, "--format", "json");

        Assert.That(code, Is.Zero, stderr);
        var yard = JsonNode.Parse(stdout)!["yard"]!;
        Assert.That((string?)yard["id"], Is.EqualTo("test-yard"));
        Assert.That((double?)yard["area_m2"], Is.EqualTo(200 * 100).Within(200));
        Assert.That((double?)yard["covered_percent"], Is.EqualTo(50).Within(1));
        Assert.That((double?)yard["data_percent"], Is.EqualTo(50).Within(3));
    }

    [Test]
    public async Task Info_MissingFile_ExitsTwoWithOneLine()
    {
        var missing = Path.Combine(root, "absent.tif");

        var (code, _, stderr) = await Run("info", missing);

        Assert.That(code, Is.EqualTo(2));
        Assert.That(stderr.TrimEnd(), Is.EqualTo($"railwatch: {missing}: file not found"));
    }

    [Test]
    public async Task Info_TruncatedFile_ExitsSixtyFiveNamingTheFile()
    {
        var truncated = Path.Combine(root, "truncated.tif");
        var bytes = await File.ReadAllBytesAsync(image);
        await File.WriteAllBytesAsync(truncated, bytes[..(bytes.Length * 2 / 3)]);

        var (code, _, stderr) = await Run("info", truncated);

        Assert.That(code, Is.EqualTo(65));
        Assert.That(stderr, Does.StartWith($"railwatch: {truncated}: "));
        Assert.That(stderr.TrimEnd().Split('\n'), Has.Length.EqualTo(1));
    }

    [Test]
    public async Task Info_NotARaster_ExitsSixtyFive()
    {
        var text = Path.Combine(root, "readme.tif");
        await File.WriteAllTextAsync(text, "hello\n");

        var (code, _, stderr) = await Run("info", text);

        Assert.That(code, Is.EqualTo(65));
        Assert.That(stderr, Does.StartWith($"railwatch: {text}: "));
        Assert.That(stderr.TrimEnd().Split('\n'), Has.Length.EqualTo(1));
    }

    [Test]
    public async Task Info_RasterWithoutGeoreferencing_ExitsSixtyFive()
    {
        var png = Path.Combine(root, "plain.png");
        RasterWriter.WritePng(png, new RasterImage(8, 8, [new float[64]], [BandRole.Gray], grid));

        var (code, _, stderr) = await Run("info", png);

        Assert.That(code, Is.EqualTo(65));
        Assert.That(stderr.TrimEnd(), Is.EqualTo($"railwatch: {png}: raster has no georeferencing"));
    }

    [Test]
    public async Task Info_InvalidYardFile_ExitsSixtyFiveNamingTheYardFile()
    {
        var yardPath = Path.Combine(root, "bad.geojson");
        await File.WriteAllTextAsync(yardPath, "{\"type\": \"FeatureCollection\", \"features\": []}");

        var (code, _, stderr) = await Run("info", image, "--yard", yardPath);

        Assert.That(code, Is.EqualTo(65));
        Assert.That(stderr, Does.StartWith($"railwatch: {yardPath}: "));
    }

    [Test]
    public async Task Info_YardFileInLatin1_ExitsSixtyFiveNamingFileAndLine()
    {
        var utf8 = File.ReadAllText(WriteYard(640_020, 4_699_820, 640_180, 4_699_980));
        var yardPath = Path.Combine(root, "latin1.geojson");
        await File.WriteAllBytesAsync(yardPath, System.Text.Encoding.Latin1.GetBytes(utf8.Replace("Test yard", "Test yard caf\u00e9", StringComparison.Ordinal)));
        var line = utf8[..utf8.IndexOf("Test yard", StringComparison.Ordinal)].Count(c => c == '\n') + 1;

        var (code, _, stderr) = await Run("info", image, "--yard", yardPath);

        Assert.That(code, Is.EqualTo(65));
        Assert.That(stderr.TrimEnd(), Is.EqualTo($"railwatch: {yardPath}:{line}: not valid UTF-8"));
    }

    [Test]
    public async Task Info_UnknownFormat_ExitsTwo()
    {
        var (code, _, _) = await Run("info", image, "--format", "xml");

        Assert.That(code, Is.EqualTo(2));
    }

    private string WriteYard(double west, double south, double east, double north)
    {
        var corners = new[] { (west, south), (east, south), (east, north), (west, north) }.Select(p => ToGeo(p.Item1, p.Item2)).ToList();
        var track = new Track("t1", [ToGeo(west + 10, (south + north) / 2), ToGeo(east - 10, (south + north) / 2)]);
        var path = Path.Combine(root, "yard.geojson");
        File.WriteAllText(path, YardFile.ToGeoJson(new Yard("test-yard", "Test yard", corners, [track])));
        return path;
    }

    private GeoPoint ToGeo(double x, double y)
    {
        var (c, r) = grid.Transform.ToPixel(x, y);
        return grid.ToGeo(c, r);
    }

    private static async Task<(int Code, string Stdout, string Stderr)> Run(params string[] args)
    {
        using var console = new TestConsole();
        console.Profile.Width = 200;
        using var error = new StringWriter();
        var code = await RailWatchApp.RunAsync(args, new CliEnvironment(console, error, TimeProvider.System));
        return (code, console.Output, error.ToString());
    }
}
