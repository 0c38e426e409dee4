using System.Globalization;
using System.Text.RegularExpressions;
using RailWatch.Core.Geometry;
using RailWatch.Core.Imaging;
using RailWatch.Geo;
using RailWatch.Ingest.Tests.Support;

namespace RailWatch.Ingest.Tests.Xyz;

public sealed partial class XyzSceneSourceTests
{
    private const int Zoom = 16;

    [Test]
    public async Task FetchChip_Mosaic_PutsAKnownTilePixelAtItsLonLat()
    {
        using var folder = new TempFolder();
        var yard = TestYards.Around(TestYards.Tumangang, 600, 300);
        // The marker: one white pixel in the middle of the yard, at a place computed with the slippy-map formulas.
        var (fx, fy) = SlippyPixel(TestYards.Tumangang, Zoom);
        var marker = ((int)fx + 3, (int)fy - 2);
        var tiles = new TileServer(folder, marker);
        await using var server = await LoopbackServer.StartAsync(tiles.HandleAsync);
        var source = Sources.FromJson($$"""{"name":"tiles","type":"xyz","url":"{{server.BaseUri}}{z}/{x}/{y}.png?key={api_key}","api_key":{"env":"TILE_KEY"},"zoom":{{Zoom}},"acquired":"2024-05-01T00:00:00Z"}""",
            new IngestContext { CacheDirectory = folder.Path, Time = TimeProvider.System, GetEnvironmentVariable = n => n == "TILE_KEY" ? "tile-secret" : null });
        var scene = (await Sources.ListAsync(source.FindScenesAsync(yard, new SceneQuery(), CancellationToken.None))).Single();

        var chip = await source.FetchChipAsync(scene, yard, folder.File("chip.tif"), CancellationToken.None);

        Assert.That(server.Requests.Select(r => r.PathAndQuery), Is.All.EndsWith("?key=tile-secret"));
        Assert.That(scene.Href, Does.Not.Contain("tile-secret"));
        using var raster = GeoRaster.Open(chip.Path);
        Assert.That(raster.Info.Crs!.Epsg, Is.EqualTo(3857));
        var image = raster.ReadAll();
        var lonLat = SlippyToGeo(marker.Item1 + 0.5, marker.Item2 + 0.5, Zoom);
        var (c, r) = image.Georeference.ToPixel(lonLat);
        Assert.That(c - Math.Floor(c), Is.EqualTo(0.5).Within(0.01), "pixel centres line up");
        Assert.That(r - Math.Floor(r), Is.EqualTo(0.5).Within(0.01));
        var i = ((int)r * image.Width) + (int)c;
        Assert.That(new[] { image.Bands[0][i], image.Bands[1][i], image.Bands[2][i] }, Is.All.EqualTo(255));
        Assert.That(image.Bands[0][i + 1], Is.LessThan(200), "only the marker is white");
        Assert.That(chip.GsdMetres, Is.EqualTo(WebMercatorGround(Zoom, TestYards.Tumangang.Lat)).Within(0.05));
        Assert.That(chip.Width * chip.GsdMetres, Is.InRange(650.0, 760.0), "600 m + 2 × 50 m margin");
        Sources.Dispose(source);
    }

    [Test]
    public async Task FetchChip_SecondTime_ComesFromTheCache()
    {
        using var folder = new TempFolder();
        var tiles = new TileServer(folder, (0, 0));
        await using var server = await LoopbackServer.StartAsync(tiles.HandleAsync);
        var source = Sources.FromJson($$"""{"name":"tiles","type":"xyz","url":"{{server.BaseUri}}{z}/{x}/{-y}.png","zoom":{{Zoom}}}""", new IngestContext { CacheDirectory = folder.Path, Time = TimeProvider.System });
        var yard = TestYards.Around(TestYards.Tumangang);
        var scene = (await Sources.ListAsync(source.FindScenesAsync(yard, new SceneQuery(), CancellationToken.None))).Single();

        await source.FetchChipAsync(scene, yard, folder.File("a.tif"), CancellationToken.None);
        var first = server.Requests.Count;
        await source.FetchChipAsync(scene, yard, folder.File("b.tif"), CancellationToken.None);

        Assert.That(first, Is.GreaterThan(0));
        Assert.That(server.Requests, Has.Count.EqualTo(first));
        Assert.That(File.ReadAllBytes(folder.File("a.tif")), Has.Length.GreaterThan(0));
        Sources.Dispose(source);
    }

    [Test]
    public async Task FetchChip_TruncatedTiles_RetriedThenFailsWithoutChipOrKey()
    {
        using var folder = new TempFolder();
        var tiles = new TileServer(folder, (0, 0)) { Truncate = true };
        await using var server = await LoopbackServer.StartAsync(tiles.HandleAsync);
        var source = Sources.FromJson($$"""{"name":"tiles","type":"xyz","url":"{{server.BaseUri}}{z}/{x}/{y}.png","api_key":{"env":"K","query_parameter":"apikey"},"zoom":{{Zoom}},"max_retries":2,"timeout_seconds":5}""",
            new IngestContext { CacheDirectory = folder.Path, GetEnvironmentVariable = _ => "very-secret-key", Time = new JumpingTimeProvider(DateTimeOffset.UnixEpoch) });
        var yard = TestYards.Around(TestYards.Tumangang);
        var scene = (await Sources.ListAsync(source.FindScenesAsync(yard, new SceneQuery(), CancellationToken.None))).Single();

        var e = Assert.ThrowsAsync<SceneFetchException>(() => source.FetchChipAsync(scene, yard, folder.File("chip.tif"), CancellationToken.None));

        Assert.That(e!.Message, Does.Contain("truncated body"));
        Assert.That(e.Message, Does.Contain("after 3 attempts").And.Not.Contain("very-secret-key"));
        Assert.That(File.Exists(folder.File("chip.tif")), Is.False);
        Sources.Dispose(source);
    }

    [Test]
    public async Task FetchChip_MissingTiles_AreInvalidPixels()
    {
        using var folder = new TempFolder();
        var tiles = new TileServer(folder, (0, 0));
        var (fx, _) = SlippyPixel(TestYards.Tumangang, Zoom);
        tiles.MissingColumn = (int)fx / 256;
        await using var server = await LoopbackServer.StartAsync(tiles.HandleAsync);
        var source = Sources.FromJson($$"""{"name":"tiles","type":"xyz","url":"{{server.BaseUri}}{z}/{x}/{y}.png","zoom":{{Zoom}}}""", new IngestContext { CacheDirectory = folder.Path, Time = TimeProvider.System });
        var yard = TestYards.Around(TestYards.Tumangang, 1200, 200);
        var scene = (await Sources.ListAsync(source.FindScenesAsync(yard, new SceneQuery(), CancellationToken.None))).Single();

        var chip = await source.FetchChipAsync(scene, yard, folder.File("chip.tif"), CancellationToken.None);

        using var raster = GeoRaster.Open(chip.Path);
        var image = raster.ReadAll();
        var invalid = image.Valid!.Count(v => !v);
        Assert.That(invalid, Is.GreaterThan(0).And.LessThan(image.Width * image.Height));
        Sources.Dispose(source);
    }

    [Test]
    public async Task FetchChip_RealPalettePngTile_DecodesToRgb()
    {
        var png = Fixtures.Bytes("xyz_tile_plain_1_z4_x4_y3.png");
        using var folder = new TempFolder();
        await using var server = await LoopbackServer.StartAsync((ctx, s) =>
        {
            if (ctx.Request.Path == "/4/4/3.png")
            {
                return s.ServeBytesAsync(ctx, png, "image/png");
            }

            ctx.Response.StatusCode = 404;
            return Task.CompletedTask;
        });
        var source = Sources.FromJson($$"""{"name":"tiles","type":"xyz","url":"{{server.BaseUri}}{z}/{x}/{y}.png","zoom":4}""", new IngestContext { CacheDirectory = folder.Path, Time = TimeProvider.System });
        // Tile z4/4/3 spans 90°W–67.5°W, 66.5°N–74.0°N.
        var yard = TestYards.Around(new GeoPoint(-80, 70), 200_000, 200_000);
        var scene = (await Sources.ListAsync(source.FindScenesAsync(yard, new SceneQuery(), CancellationToken.None))).Single();

        var chip = await source.FetchChipAsync(scene, yard, folder.File("chip.tif"), CancellationToken.None);

        using var raster = GeoRaster.Open(chip.Path);
        Assert.That(raster.Info.Bands, Has.Count.EqualTo(3));
        var image = raster.ReadAll();
        Assert.That(image.Valid is null || image.Valid.All(v => v), Is.True);
        Assert.That(image.Bands[0].Distinct().Count(), Is.GreaterThan(1));
        Sources.Dispose(source);
    }

    [Test]
    public async Task FindScenes_OneScenePerDay_NoneWhenAlreadySeenToday()
    {
        using var folder = new TempFolder();
        var time = new JumpingTimeProvider(new DateTimeOffset(2024, 5, 1, 22, 15, 0, TimeSpan.Zero));
        var source = Sources.FromJson("""{"name":"tiles","type":"xyz","url":"http://127.0.0.1:9/{z}/{x}/{y}.png","target_gsd_metres":0.6}""", new IngestContext { CacheDirectory = folder.Path, Time = time });
        var yard = TestYards.Around(TestYards.Tumangang);

        var scene = (await Sources.ListAsync(source.FindScenesAsync(yard, new SceneQuery(), CancellationToken.None))).Single();
        var again = await Sources.ListAsync(source.FindScenesAsync(yard, new SceneQuery { Since = scene.Acquired }, CancellationToken.None));

        Assert.That(scene.Acquired, Is.EqualTo(new DateTimeOffset(2024, 5, 1, 0, 0, 0, TimeSpan.Zero)));
        Assert.That(scene.SceneId, Is.EqualTo("tiles/z18/20240501T000000Z"));
        Assert.That(scene.GsdMetres, Is.LessThanOrEqualTo(0.6));
        Assert.That(again, Is.Empty);
        Sources.Dispose(source);
    }

    private static (double X, double Y) SlippyPixel(GeoPoint p, int z)
    {
        var n = 256 * Math.Pow(2, z);
        var lat = p.Lat * Math.PI / 180;
        return ((p.Lon + 180) / 360 * n, (1 - (Math.Asinh(Math.Tan(lat)) / Math.PI)) / 2 * n);
    }

    private static GeoPoint SlippyToGeo(double px, double py, int z)
    {
        var n = 256 * Math.Pow(2, z);
        return new GeoPoint((px / n * 360) - 180, Math.Atan(Math.Sinh(Math.PI * (1 - (2 * py / n)))) * 180 / Math.PI);
    }

    private static double WebMercatorGround(int z, double lat) => 2 * Math.PI * 6378137 / (256 * Math.Pow(2, z)) * Math.Cos(lat * Math.PI / 180);

    [GeneratedRegex(@"^/(\d+)/(\d+)/(\d+)\.png$")]
    private static partial Regex TilePath();

    /// <summary>Renders 256 px PNG tiles on demand: dark gradient, one white marker pixel at a global pixel position.</summary>
    private sealed class TileServer(TempFolder folder, (int X, int Y) marker)
    {
        public bool Truncate { get; init; }

        public int? MissingColumn { get; set; }

        public async Task HandleAsync(Microsoft.AspNetCore.Http.HttpContext ctx, LoopbackServer server)
        {
            var m = TilePath().Match(ctx.Request.Path.Value ?? "");
            if (!m.Success)
            {
                ctx.Response.StatusCode = 404;
                return;
            }

            var z = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
            var x = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
            var y = int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture);
            if (x == MissingColumn)
            {
                ctx.Response.StatusCode = 404;
                return;
            }

            var png = Render(z, x, y);
            if (Truncate)
            {
                await server.ServeTruncatedAsync(ctx, png, png.Length / 2);
                return;
            }

            await server.ServeBytesAsync(ctx, png, "image/png");
        }

        private byte[] Render(int z, int x, int y)
        {
            var planes = new[] { new float[256 * 256], new float[256 * 256], new float[256 * 256] };
            for (var r = 0; r < 256; r++)
            {
                for (var c = 0; c < 256; c++)
                {
                    var gx = (x * 256) + c;
                    var gy = (y * 256) + r;
                    var white = gx == marker.X && gy == marker.Y;
                    planes[0][(r * 256) + c] = white ? 255 : (gx % 100) + 20;
                    planes[1][(r * 256) + c] = white ? 255 : (gy % 100) + 20;
                    planes[2][(r * 256) + c] = white ? 255 : 60;
                }
            }

            var res = 2 * Math.PI * 6378137 / (256 * Math.Pow(2, z));
            var grid = GridGeoreference.Create("EPSG:3857", GeoTransform.NorthUp(-Math.PI * 6378137 + (x * 256 * res), (Math.PI * 6378137) - (y * 256 * res), res, res), 256, 256);
            var image = new RasterImage(256, 256, planes, [BandRole.Red, BandRole.Green, BandRole.Blue], grid);
            var path = folder.File($"render-{Guid.NewGuid():N}.png");
            RasterWriter.WritePng(path, image);
            var bytes = File.ReadAllBytes(path);
            File.Delete(path);
            return bytes;
        }
    }
}
