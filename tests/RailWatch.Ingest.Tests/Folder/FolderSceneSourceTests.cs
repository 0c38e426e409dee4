using RailWatch.Core.Geometry;
using RailWatch.Geo;
using RailWatch.Ingest.Tests.Support;

namespace RailWatch.Ingest.Tests.Folder;

public sealed class FolderSceneSourceTests
{
    [Test]
    public async Task FindScenes_TimesFromTiffTagStacSidecarAndFileName_InOrderOfConfig()
    {
        using var folder = new TempFolder();
        var series = Directory.CreateDirectory(folder.File("series")).FullName;
        var centre = TestYards.Tumangang;
        var grid = TestRasters.UtmGrid(centre, 128, 10);
        TestRasters.Write(Path.Combine(series, "a_tagged.tif"), grid, TestRasters.Noise, false, new Dictionary<string, string> { ["TIFFTAG_DATETIME"] = "2023:10:05 02:30:00" });
        TestRasters.Write(Path.Combine(series, "b_sidecar.tif"), grid, TestRasters.Noise, false);
        File.WriteAllText(Path.Combine(series, "b_sidecar.json"), """{"type":"Feature","id":"b","properties":{"datetime":"2023-10-06T01:15:00Z","platform":"worldview-3","eo:cloud_cover":4}}""");
        TestRasters.Write(Path.Combine(series, "c_20231007T033000Z_pan.tif"), grid, TestRasters.Noise, false);
        TestRasters.Write(Path.Combine(series, "d_stac_2023-10-08.tif"), grid, TestRasters.Noise, false);
        File.WriteAllText(Path.Combine(series, "d_stac_2023-10-08.stac.json"), """{"type":"Feature","id":"d","properties":{"datetime":"2023-10-08T04:00:00Z"}}""");
        File.WriteAllText(Path.Combine(series, "e_undated.tif"), "not a raster");
        var log = new List<string>();
        var warnings = new List<string>();
        var source = Sources.FromJson("""{"name":"sample","type":"folder","path":"series","pattern":"*.tif","time_from":["tiff_tag","stac_json","file_name"]}""",
            new IngestContext { CacheDirectory = folder.Path, Time = TimeProvider.System, Log = new SynchronousRecorder(log), Warnings = new SynchronousRecorder(warnings) },
            folder.File("railwatch.json"));

        var scenes = await Sources.ListAsync(source.FindScenesAsync(TestYards.Around(centre), new SceneQuery(), CancellationToken.None));

        Assert.That(scenes.Select(s => (s.SceneId, s.Acquired.UtcDateTime)), Is.EqualTo(new[]
        {
            ("a_tagged", new DateTime(2023, 10, 5, 2, 30, 0, DateTimeKind.Utc)),
            ("b_sidecar", new DateTime(2023, 10, 6, 1, 15, 0, DateTimeKind.Utc)),
            ("c_20231007T033000Z_pan", new DateTime(2023, 10, 7, 3, 30, 0, DateTimeKind.Utc)),
            ("d_stac_2023-10-08", new DateTime(2023, 10, 8, 4, 0, 0, DateTimeKind.Utc)),
        }));
        Assert.That(scenes[1].Sensor, Is.EqualTo("worldview-3"));
        Assert.That(scenes[1].CloudCoverPercent, Is.EqualTo(4));
        Assert.That(scenes.Select(s => s.GsdMetres), Is.All.EqualTo(10).Within(0.05));
        Assert.That(scenes.Select(s => s.Source), Is.All.EqualTo("sample"));
        Assert.That(scenes[0].Href, Is.EqualTo(Path.Combine(series, "a_tagged.tif")));
        Assert.That(warnings, Has.Count.EqualTo(1));
        Assert.That(warnings[0], Does.StartWith("sample: skipping ").And.Contain("e_undated.tif"));
        Assert.That(log, Is.Empty);
    }

    /// <summary>Records reports on the reporting thread (Progress&lt;T&gt; would post them to the thread pool, after the assertions).</summary>
    private sealed class SynchronousRecorder(List<string> lines) : IProgress<string>
    {
        public void Report(string value) => lines.Add(value);
    }

    [Test]
    public async Task FindScenes_FileNameFirstInConfig_WinsOverTheTiffTag()
    {
        using var folder = new TempFolder();
        var grid = TestRasters.UtmGrid(TestYards.Tumangang, 64, 10);
        TestRasters.Write(folder.File("x_20240101T000000Z.tif"), grid, TestRasters.Noise, false, new Dictionary<string, string> { ["TIFFTAG_DATETIME"] = "2023:10:05 02:30:00" });
        var source = Sources.FromJson($$"""{"name":"f","type":"folder","path":"{{folder.Path}}","time_from":["file_name","tiff_tag"]}""", new IngestContext { CacheDirectory = folder.Path, Time = TimeProvider.System });

        var scene = (await Sources.ListAsync(source.FindScenesAsync(TestYards.Around(TestYards.Tumangang), new SceneQuery(), CancellationToken.None))).Single();

        Assert.That(scene.Acquired, Is.EqualTo(new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero)));
    }

    [Test]
    public async Task FindScenes_FileElsewhereOnEarthOrOutsideTheTimeRange_IsNotAScene()
    {
        using var folder = new TempFolder();
        var yardCentre = TestYards.Tumangang;
        TestRasters.Write(folder.File("here_20231005.tif"), TestRasters.UtmGrid(yardCentre, 64, 10), TestRasters.Noise, false);
        TestRasters.Write(folder.File("here_20230101.tif"), TestRasters.UtmGrid(yardCentre, 64, 10), TestRasters.Noise, false);
        TestRasters.Write(folder.File("away_20231005.tif"), TestRasters.UtmGrid(new GeoPoint(130.0, 42.0), 64, 10), TestRasters.Noise, false);
        var source = Sources.FromJson($$"""{"name":"f","type":"folder","path":"{{folder.Path}}"}""", new IngestContext { CacheDirectory = folder.Path, Time = TimeProvider.System });
        var query = new SceneQuery { Since = new DateTimeOffset(2023, 6, 1, 0, 0, 0, TimeSpan.Zero) };

        var scenes = await Sources.ListAsync(source.FindScenesAsync(TestYards.Around(yardCentre), query, CancellationToken.None));

        Assert.That(scenes.Select(s => s.SceneId), Is.EqualTo(new[] { "here_20231005" }));
    }

    [Test]
    public async Task FetchChip_LargeScene_WritesTheYardWindowWithMarginAtNativeGsd()
    {
        using var folder = new TempFolder();
        var centre = TestYards.Tumangang;
        var grid = TestRasters.UtmGrid(centre, 400, 2);
        TestRasters.Write(folder.File("s_20231005T023000Z.tif"), grid, (c, r) => c, false);
        var source = Sources.FromJson($$"""{"name":"f","type":"folder","path":"{{folder.Path}}","margin_metres":20}""", new IngestContext { CacheDirectory = folder.Path, Time = TimeProvider.System });
        var yard = TestYards.Around(centre, 200, 100);
        var scene = (await Sources.ListAsync(source.FindScenesAsync(yard, new SceneQuery(), CancellationToken.None))).Single();

        var chip = await source.FetchChipAsync(scene, yard, folder.File("out/chip.tif"), CancellationToken.None);

        Assert.That(chip.GsdMetres, Is.EqualTo(2).Within(0.01));
        Assert.That(chip.Width, Is.InRange(118, 124), "200 m + 2 × 20 m at 2 m");
        Assert.That(chip.Height, Is.InRange(68, 74));
        using var raster = GeoRaster.Open(chip.Path);
        Assert.That(raster.Info.Width, Is.EqualTo(chip.Width));
        var (col, _) = raster.Info.Transform!.Value.ToPixel(grid.Transform.ToWorld(200.5, 0).X, 0);
        var image = raster.ReadAll();
        Assert.That(image.Bands[0][(int)col], Is.EqualTo(200), "the chip's pixels are the scene's pixels at the same place");
        Assert.That(Directory.GetFiles(folder.File("out")), Is.EqualTo(new[] { chip.Path }), "no temporary file is left");
    }

    [Test]
    public async Task FetchChip_WindowBeyondTheSizeCap_IsReadCoarser()
    {
        using var folder = new TempFolder();
        var centre = TestYards.Tumangang;
        TestRasters.Write(folder.File("s_20231005.tif"), TestRasters.UtmGrid(centre, 512, 1), TestRasters.Noise, false);
        var source = Sources.FromJson($$"""{"name":"f","type":"folder","path":"{{folder.Path}}","margin_metres":0,"max_chip_pixels":100}""", new IngestContext { CacheDirectory = folder.Path, Time = TimeProvider.System });
        var yard = TestYards.Around(centre, 300, 150);
        var scene = (await Sources.ListAsync(source.FindScenesAsync(yard, new SceneQuery(), CancellationToken.None))).Single();

        var chip = await source.FetchChipAsync(scene, yard, folder.File("chip.tif"), CancellationToken.None);

        Assert.That(Math.Max(chip.Width, chip.Height), Is.LessThanOrEqualTo(100));
        Assert.That(chip.GsdMetres, Is.EqualTo(3).Within(0.2));
    }

    [Test]
    public async Task FetchChip_FileCorruptedAfterListing_ThrowsSceneFetchExceptionAndWritesNothing()
    {
        using var folder = new TempFolder();
        var path = TestRasters.Write(folder.File("s_20231005.tif"), TestRasters.UtmGrid(TestYards.Tumangang, 64, 10), TestRasters.Noise, false);
        var source = Sources.FromJson($$"""{"name":"f","type":"folder","path":"{{folder.Path}}"}""", new IngestContext { CacheDirectory = folder.Path, Time = TimeProvider.System });
        var yard = TestYards.Around(TestYards.Tumangang);
        var scene = (await Sources.ListAsync(source.FindScenesAsync(yard, new SceneQuery(), CancellationToken.None))).Single();
        File.WriteAllBytes(path, File.ReadAllBytes(path)[..200]);

        var e = Assert.ThrowsAsync<SceneFetchException>(() => source.FetchChipAsync(scene, yard, folder.File("chips/c.tif"), CancellationToken.None));

        Assert.That(e!.Message, Does.Contain(path));
        Assert.That(Directory.Exists(folder.File("chips")) && Directory.EnumerateFiles(folder.File("chips")).Any(), Is.False);
    }

    [Test]
    public async Task FindScenesAndFetchChip_RealSentinel2Jpeg2000_TimedFromTheFileName()
    {
        var preview = Fixtures.Get("s2_T29UNU_20221005T115411_PVI.jp2");
        using var folder = new TempFolder();
        var source = Sources.FromJson($$"""{"name":"s2","type":"folder","path":"{{Path.GetDirectoryName(preview)}}","pattern":"s2_*_PVI.jp2","time_from":["tiff_tag","file_name"]}""",
            new IngestContext { CacheDirectory = folder.Path, Time = TimeProvider.System });
        var yard = TestYards.Around(new GeoPoint(-8.187, 52.753), 5000, 3000);

        var scene = (await Sources.ListAsync(source.FindScenesAsync(yard, new SceneQuery(), CancellationToken.None))).Single();
        var chip = await source.FetchChipAsync(scene, yard, folder.File("chip.tif"), CancellationToken.None);

        Assert.That(scene.Acquired, Is.EqualTo(new DateTimeOffset(2022, 10, 5, 11, 54, 11, TimeSpan.Zero)));
        Assert.That(scene.GsdMetres, Is.EqualTo(320).Within(1));
        Assert.That(chip.GsdMetres, Is.EqualTo(320).Within(1));
        Assert.That(chip.Width, Is.InRange(15, 19), "5 km + 2 × 50 m at 320 m");
        using var raster = GeoRaster.Open(chip.Path);
        Assert.That(raster.Info.Bands, Has.Count.EqualTo(3));
    }
}
