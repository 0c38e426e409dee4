using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using RailWatch.Core.Geometry;
using RailWatch.Geo;
using RailWatch.Ingest.Stac;
using RailWatch.Ingest.Tests.Support;

namespace RailWatch.Ingest.Tests.Stac;

public sealed class StacSceneSourceTests
{
    private static readonly GeoPoint EarthSearchPoint = new(-105.1019, 40.1672);

    [Test]
    public async Task FindScenes_EarthSearchPages_FollowsNextBodyUntilEmptyPageAndSendsFilters()
    {
        var page1 = Fixtures.Text("earthsearch_v1_search_page1.json");
        var page2 = Fixtures.Text("earthsearch_v1_search_page2_empty.json");
        await using var server = await LoopbackServer.StartAsync(async (ctx, s) =>
        {
            var body = s.Requests.Last().Body;
            ctx.Response.ContentType = "application/geo+json";
            await ctx.Response.WriteAsync((body.Contains("\"next\"", StringComparison.Ordinal) ? page2 : page1)
                .Replace("https://earth-search.aws.element84.com/", s.BaseUri.ToString(), StringComparison.Ordinal));
        });
        using var folder = new TempFolder();
        var source = Sources.FromJson($$"""
            {"name":"earth-search","type":"stac","url":"{{server.Url("v1")}}","collections":["sentinel-2-l2a","landsat-c2-l2"],
             "max_cloud_cover":30,"assets":["visual"],"page_size":10}
            """, new IngestContext { CacheDirectory = folder.Path, Time = TimeProvider.System });
        var yard = TestYards.Around(EarthSearchPoint);
        var query = new SceneQuery { Since = new DateTimeOffset(2023, 10, 1, 0, 0, 0, TimeSpan.Zero) };

        var scenes = await Sources.ListAsync(source.FindScenesAsync(yard, query, CancellationToken.None));

        var requests = server.Requests.ToList();
        Assert.That(requests, Has.Count.EqualTo(2));
        Assert.That(requests.Select(r => r.Method + " " + r.PathAndQuery), Is.All.EqualTo("POST /v1/search"));
        var first = JsonNode.Parse(requests[0].Body)!;
        Assert.That(first["datetime"]!.GetValue<string>(), Is.EqualTo("2023-10-01T00:00:00.000Z/.."));
        Assert.That(first["collections"]!.ToJsonString(), Is.EqualTo("""["sentinel-2-l2a","landsat-c2-l2"]"""));
        Assert.That(first["intersects"]!["type"]!.GetValue<string>(), Is.EqualTo("Polygon"));
        Assert.That(first["limit"]!.GetValue<int>(), Is.EqualTo(10));
        Assert.That(JsonNode.DeepEquals(first["filter"], JsonNode.Parse("""{"op":"<=","args":[{"property":"eo:cloud_cover"},30]}""")), Is.True, requests[0].Body);
        Assert.That(requests[0].Body, Does.Contain("\"<=\""));
        Assert.That(first["filter-lang"]!.GetValue<string>(), Is.EqualTo("cql2-json"));
        using var expectedNext = JsonDocument.Parse(page1);
        var linkBody = expectedNext.RootElement.GetProperty("links")[0].GetProperty("body").GetRawText();
        Assert.That(JsonNode.DeepEquals(JsonNode.Parse(requests[1].Body), JsonNode.Parse(linkBody)), Is.True, "page 2 must be requested with the link's body exactly");

        // The Landsat item has no "visual" asset; the Sentinel-2 item (no s2:mgrs_tile) is the scene.
        var scene = scenes.Single();
        Assert.That(scene.SceneId, Is.EqualTo("S2A_13TDE_20231008_0_L2A"));
        Assert.That(scene.Provider, Is.EqualTo("127.0.0.1"));
        Assert.That(scene.Href, Does.EndWith("TCI.tif"));
        Assert.That(scene.GsdMetres, Is.EqualTo(10));
        Assert.That(scene.CloudMaskHref, Does.EndWith("SCL.tif"));
        Assert.That(scene.Sensor, Is.EqualTo("sentinel-2a/msi"));
        Assert.That(scene.Source, Is.EqualTo("earth-search"));
        Sources.Dispose(source);
    }

    [Test]
    public async Task FindScenes_PlanetaryComputerTokenPaging_PostsTokenThenStops()
    {
        var page1 = Fixtures.Text("mpc_search_naip_page1_token_next.json");
        using var doc = JsonDocument.Parse(page1);
        var first = doc.RootElement.GetProperty("features")[0];
        var centre = new GeoPoint(first.GetProperty("bbox")[0].GetDouble() + 0.01, first.GetProperty("bbox")[1].GetDouble() + 0.01);
        await using var server = await LoopbackServer.StartAsync(async (ctx, s) =>
        {
            ctx.Response.ContentType = "application/geo+json";
            await ctx.Response.WriteAsync(s.Requests.Last().Body.Contains("\"token\"", StringComparison.Ordinal)
                ? """{"type":"FeatureCollection","features":[],"links":[]}"""
                : page1.Replace("https://planetarycomputer.microsoft.com/", s.BaseUri.ToString(), StringComparison.Ordinal));
        });
        using var folder = new TempFolder();
        var source = Sources.FromJson($$"""
            {"name":"mpc","type":"stac","url":"{{server.Url("api/stac/v1/")}}","collections":["naip"],"assets":["image"],"filter_lang":"query","max_cloud_cover":10}
            """, new IngestContext { CacheDirectory = folder.Path, Time = TimeProvider.System });

        var scenes = await Sources.ListAsync(source.FindScenesAsync(TestYards.Around(centre), new SceneQuery(), CancellationToken.None));

        var requests = server.Requests.ToList();
        Assert.That(requests, Has.Count.EqualTo(2));
        Assert.That(requests[0].PathAndQuery, Is.EqualTo("/api/stac/v1/search"));
        Assert.That(JsonNode.Parse(requests[0].Body)!["query"]!.ToJsonString(), Is.EqualTo("""{"eo:cloud_cover":{"lte":10}}"""));
        Assert.That(JsonNode.Parse(requests[0].Body)!["datetime"], Is.Null);
        Assert.That(JsonNode.Parse(requests[1].Body)!["token"]!.GetValue<string>(), Does.StartWith("next:naip:"));
        Assert.That(scenes.Select(s => s.SceneId), Does.Contain(first.GetProperty("id").GetString()));
        Assert.That(scenes.Select(s => s.GsdMetres), Is.All.EqualTo(0.6));
        Sources.Dispose(source);
    }

    [Test]
    public async Task FindScenes_ServerRepeatsTheSameNextLink_StopsInsteadOfLooping()
    {
        await using var server = await LoopbackServer.StartAsync(async (ctx, s) =>
        {
            await ctx.Response.WriteAsync(Item("a", s.Url("x.tif").ToString(), null, new DateTimeOffset(2024, 5, 1, 0, 0, 0, TimeSpan.Zero), TestYards.Tumangang,
                $$""","links":[{"rel":"next","href":"{{s.Url("v1/search?page=2")}}"}]"""));
        });
        using var folder = new TempFolder();
        var source = Sources.FromJson($$"""{"name":"loop","type":"stac","url":"{{server.Url("v1")}}"}""", new IngestContext { CacheDirectory = folder.Path, Time = TimeProvider.System });

        var scenes = await Sources.ListAsync(source.FindScenesAsync(TestYards.Around(TestYards.Tumangang), new SceneQuery(), CancellationToken.None));

        Assert.That(server.Requests, Has.Count.EqualTo(2));
        Assert.That(scenes, Has.Count.EqualTo(1), "the same item on both pages is one scene");
        Sources.Dispose(source);
    }

    [Test]
    public async Task FindScenes_ApiKeyAsQueryParameter_GoesOnEveryPageButNotIntoScenes()
    {
        const string Key = "q-key-789";
        await using var server = await LoopbackServer.StartAsync(async (ctx, s) =>
        {
            var page2 = ctx.Request.Query.ContainsKey("page");
            var next = page2 ? "" : ",\"links\":[{\"rel\":\"next\",\"href\":\"" + s.Url("v1/search?page=2") + "\"}]";
            await ctx.Response.WriteAsync(Item(page2 ? "b" : "a", s.Url($"data/{(page2 ? "b" : "a")}.tif").ToString(), null, new DateTimeOffset(2024, 5, page2 ? 2 : 3, 0, 0, 0, TimeSpan.Zero), TestYards.Tumangang, next));
        });
        using var folder = new TempFolder();
        var source = Sources.FromJson($$"""{"name":"q","type":"stac","url":"{{server.Url("v1")}}","api_key":{"env":"K","query_parameter":"api_key"} }""",
            new IngestContext { CacheDirectory = folder.Path, Time = TimeProvider.System, GetEnvironmentVariable = _ => Key });

        var scenes = await Sources.ListAsync(source.FindScenesAsync(TestYards.Around(TestYards.Tumangang), new SceneQuery(), CancellationToken.None));

        Assert.That(server.Requests.Select(r => r.PathAndQuery), Is.EqualTo(new[] { $"/v1/search?api_key={Key}", $"/v1/search?page=2&api_key={Key}" }));
        Assert.That(scenes.Select(s => s.SceneId), Is.EqualTo(new[] { "b", "a" }), "oldest first");
        Assert.That(scenes.Select(s => s.Href), Is.All.Not.Contain(Key));
        Sources.Dispose(source);
    }

    [Test]
    public async Task FetchChip_CogOverVsicurl_ReadsOnlyAFractionOfTheFileAndMasksScl()
    {
        using var folder = new TempFolder();
        var centre = TestYards.Tumangang;
        // The yard sits in the middle of one 512 px block of the COG.
        var grid = TestRasters.UtmGrid(centre, 1536, 10, centrePixel: 768);
        var cog = File.ReadAllBytes(TestRasters.Write(folder.File("visual.tif"), grid, TestRasters.Noise, cog: true));
        var sclGrid = TestRasters.UtmGrid(centre, 1024, 20);
        var (boundaryX, _) = sclGrid.Transform.ToWorld(512, 0);
        var scl = File.ReadAllBytes(TestRasters.Write(folder.File("scl.tif"), sclGrid, (c, _) => c < 512 ? 9 : 4, cog: true));
        var acquired = new DateTimeOffset(2024, 5, 1, 2, 30, 0, TimeSpan.Zero);
        long cogBytes = 0;
        await using var server = await LoopbackServer.StartAsync(async (ctx, s) =>
        {
            var path = ctx.Request.Path.Value!;
            if (path.EndsWith("/search", StringComparison.Ordinal))
            {
                await ctx.Response.WriteAsync(Item("S2X_TEST", s.Url("data/visual.tif").ToString(), s.Url("data/scl.tif").ToString(), acquired, centre, ""));
            }
            else if (path == "/data/visual.tif")
            {
                var before = s.BytesSent;
                await s.ServeBytesAsync(ctx, cog, "image/tiff");
                Interlocked.Add(ref cogBytes, s.BytesSent - before);
            }
            else if (path == "/data/scl.tif")
            {
                await s.ServeBytesAsync(ctx, scl, "image/tiff");
            }
            else
            {
                ctx.Response.StatusCode = 404;
            }
        });
        var source = Sources.FromJson($$"""{"name":"stac","type":"stac","url":"{{server.Url("v1")}}","assets":["visual"],"cloud_mask_asset":"scl","timeout_seconds":10}""",
            new IngestContext { CacheDirectory = folder.Path, Time = TimeProvider.System });
        var yard = TestYards.Around(centre, 600, 300);
        var scene = (await Sources.ListAsync(source.FindScenesAsync(yard, new SceneQuery(), CancellationToken.None))).Single();
        var chipPath = folder.File("chips/S2X_TEST.tif");

        var chip = await source.FetchChipAsync(scene, yard, chipPath, CancellationToken.None);

        Assert.That(chip.Path, Is.EqualTo(chipPath));
        Assert.That(chip.GsdMetres, Is.EqualTo(10).Within(0.01));
        Assert.That(chip.Width, Is.InRange(65, 75), "600 m + 2 × 50 m margin at 10 m");
        Assert.That(chip.Height, Is.InRange(35, 45));
        TestContext.Out.WriteLine($"/vsicurl/ read {cogBytes} of {cog.Length} bytes of the COG in {server.Requests.Count(r => r.PathAndQuery == "/data/visual.tif")} requests");
        Assert.That(Interlocked.Read(ref cogBytes), Is.LessThan(cog.Length / 4), $"read {cogBytes} of {cog.Length} bytes");
        using var raster = GeoRaster.Open(chipPath);
        Assert.That(raster.Info.Metadata["TIFFTAG_DATETIME"], Is.EqualTo("2024:05:01 02:30:00"));
        var image = raster.ReadAll();
        var georeference = (GridGeoreference)image.Georeference;
        var invalidWest = 0;
        var validEast = 0;
        for (var c = 0; c < image.Width; c++)
        {
            var (x, _) = georeference.Transform.ToWorld(c + 0.5, 0);
            if (Math.Abs(x - boundaryX) < 15)
            {
                continue;
            }

            var isValid = image.IsValid(c, image.Height / 2);
            invalidWest += x < boundaryX && !isValid ? 1 : 0;
            validEast += x > boundaryX && isValid ? 1 : 0;
        }

        Assert.That(invalidWest + validEast, Is.GreaterThan(image.Width - 5), "SCL 9 (cloud) west of the boundary, 4 east");
        Sources.Dispose(source);
    }

    [Test]
    public async Task FetchChip_VsicurlBlockRead503Once_IsRetriedByGdal()
    {
        using var folder = new TempFolder();
        var centre = TestYards.Tumangang;
        var cog = File.ReadAllBytes(TestRasters.Write(folder.File("s.tif"), TestRasters.UtmGrid(centre, 512, 10), TestRasters.Noise, cog: true));
        var failed = 0;
        await using var server = await LoopbackServer.StartAsync(async (ctx, s) =>
        {
            if (ctx.Request.Path.Value!.EndsWith("/search", StringComparison.Ordinal))
            {
                await ctx.Response.WriteAsync(Item("R", s.Url("data/r.tif").ToString(), null, new DateTimeOffset(2024, 5, 1, 0, 0, 0, TimeSpan.Zero), centre, ""));
            }
            else if (ctx.Request.Headers.Range.ToString() is { Length: > 0 } range && !range.StartsWith("bytes=0-", StringComparison.Ordinal) && Interlocked.Exchange(ref failed, 1) == 0)
            {
                ctx.Response.StatusCode = 503;
            }
            else
            {
                await s.ServeBytesAsync(ctx, cog, "image/tiff");
            }
        });
        var source = Sources.FromJson($$"""{"name":"r","type":"stac","url":"{{server.Url("v1")}}","retry_base_delay_seconds":0.05,"timeout_seconds":10}""",
            new IngestContext { CacheDirectory = folder.Path, Time = TimeProvider.System });
        var yard = TestYards.Around(centre);
        var scene = (await Sources.ListAsync(source.FindScenesAsync(yard, new SceneQuery(), CancellationToken.None))).Single();

        var chip = await source.FetchChipAsync(scene, yard, folder.File("chip.tif"), CancellationToken.None);

        Assert.That(failed, Is.EqualTo(1), "one block read was answered 503");
        using var raster = GeoRaster.Open(chip.Path);
        Assert.That(raster.ReadAll().Valid?.All(v => v) ?? true, Is.True);
        Sources.Dispose(source);
    }

    [Test]
    public async Task FetchChip_DownloadMode_ResumesAfterABreakThenServesTheNextChipFromTheCache()
    {
        using var folder = new TempFolder();
        var centre = TestYards.Tumangang;
        var tiff = File.ReadAllBytes(TestRasters.Write(folder.File("scene.tif"), TestRasters.UtmGrid(centre, 256, 10), TestRasters.Noise, cog: false));
        var assetCalls = 0;
        await using var server = await LoopbackServer.StartAsync(async (ctx, s) =>
        {
            if (ctx.Request.Path.Value!.EndsWith("/search", StringComparison.Ordinal))
            {
                await ctx.Response.WriteAsync(Item("D", s.Url("data/scene.tif").ToString(), null, new DateTimeOffset(2024, 5, 1, 0, 0, 0, TimeSpan.Zero), centre, ""));
            }
            else if (Interlocked.Increment(ref assetCalls) == 1)
            {
                await s.ServeTruncatedAsync(ctx, tiff, tiff.Length / 2);
            }
            else
            {
                await s.ServeBytesAsync(ctx, tiff, "image/tiff");
            }
        });
        var source = Sources.FromJson($$"""{"name":"dl","type":"stac","url":"{{server.Url("v1")}}","read":"download","timeout_seconds":5}""",
            new IngestContext { CacheDirectory = folder.File("cache"), Time = new JumpingTimeProvider(DateTimeOffset.UnixEpoch) });
        var yard = TestYards.Around(centre);
        var scene = (await Sources.ListAsync(source.FindScenesAsync(yard, new SceneQuery(), CancellationToken.None))).Single();

        var first = await source.FetchChipAsync(scene, yard, folder.File("a.tif"), CancellationToken.None);
        var second = await source.FetchChipAsync(scene, yard, folder.File("b.tif"), CancellationToken.None);

        Assert.That(assetCalls, Is.EqualTo(2));
        var resumed = server.Requests.Where(r => r.PathAndQuery == "/data/scene.tif").Last();
        Assert.That(resumed.Headers["Range"], Is.EqualTo($"bytes={tiff.Length / 2}-"));
        Assert.That(second.Width, Is.EqualTo(first.Width));
        Assert.That(Directory.GetFiles(folder.File("cache"), "*.tif", SearchOption.AllDirectories), Has.Length.EqualTo(1));
        Sources.Dispose(source);
    }

    [Test]
    public async Task FetchChip_ApiKeyHeaderAndSasSigning_KeyTravelsButNeverAppearsInErrors()
    {
        const string Key = "commercial-key-ABC123xyz";
        var token = Fixtures.Text("mpc_sas_token_response_docs_example.json");
        using var folder = new TempFolder();
        var centre = TestYards.Tumangang;
        await using var server = await LoopbackServer.StartAsync(async (ctx, s) =>
        {
            var path = ctx.Request.Path.Value!;
            if (path.EndsWith("/search", StringComparison.Ordinal))
            {
                await ctx.Response.WriteAsync(Item("S", s.Url("blob/container/missing.tif").ToString(), null, DateTimeOffset.UnixEpoch.AddYears(54), centre, ""));
            }
            else if (path.StartsWith("/sas/token/", StringComparison.Ordinal))
            {
                await ctx.Response.WriteAsync(token);
            }
            else
            {
                ctx.Response.StatusCode = 403;
                await ctx.Response.WriteAsync($"denied for {Key}");
            }
        });
        var log = new List<string>();
        var context = new IngestContext
        {
            CacheDirectory = folder.Path,
            Time = TimeProvider.System,
            GetEnvironmentVariable = name => name == "PROVIDER_KEY" ? Key : null,
            Log = new Progress<string>(log.Add),
        };
        var source = Sources.FromJson($$"""
            {"name":"stac","type":"stac","url":"{{server.Url("v1")}}","api_key":{"env":"PROVIDER_KEY","header":"Authorization","prefix":"Bearer "},
             "sign":{"type":"planetary-computer","url":"{{server.Url("sas/token")}}"},"max_retries":0,"timeout_seconds":5}
            """, context);
        var yard = TestYards.Around(centre);
        var scene = (await Sources.ListAsync(source.FindScenesAsync(yard, new SceneQuery(), CancellationToken.None))).Single();
        var chipPath = folder.File("chip.tif");

        var e = Assert.ThrowsAsync<SceneFetchException>(() => source.FetchChipAsync(scene, yard, chipPath, CancellationToken.None));

        Assert.That(server.Requests.First().Headers["Authorization"], Is.EqualTo("Bearer " + Key));
        Assert.That(server.Requests.Select(r => r.PathAndQuery), Does.Contain("/sas/token/127/blob"));
        var assetRequest = server.Requests.First(r => r.PathAndQuery.StartsWith("/blob/", StringComparison.Ordinal));
        Assert.That(assetRequest.PathAndQuery, Does.Contain("sig=bbbb"), "the SAS token is appended to the asset URL");
        Assert.That(assetRequest.Headers["Authorization"], Is.EqualTo("Bearer " + Key), "GDAL_HTTP_HEADERS carries the key to /vsicurl/");
        Assert.That(e!.ToString(), Does.Not.Contain(Key).And.Not.Contain("sig=bbbb"));
        Assert.That(string.Join("\n", log), Does.Not.Contain(Key));
        Assert.That(File.Exists(chipPath), Is.False);
        Sources.Dispose(source);
    }

    [Test]
    public async Task FetchChip_RealFixtureCogOverVsicurl_ReadsTheWindowFromFewBlocks()
    {
        var cog = Fixtures.Bytes("riotiler_cog.tif");
        using var folder = new TempFolder();
        var centre = new GeoPoint(-56.8, 73.47);
        await using var server = await LoopbackServer.StartAsync(async (ctx, s) =>
        {
            if (ctx.Request.Path.Value!.EndsWith("/search", StringComparison.Ordinal))
            {
                await ctx.Response.WriteAsync(Item("COG", s.Url("cogs/cog.tif").ToString(), null, new DateTimeOffset(2019, 4, 3, 0, 0, 0, TimeSpan.Zero), centre, ""));
                return;
            }

            await s.ServeBytesAsync(ctx, cog, "image/tiff");
        });
        var source = Sources.FromJson($$"""{"name":"stac","type":"stac","url":"{{server.Url("v1")}}","cloud_mask_asset":null}""", new IngestContext { CacheDirectory = folder.Path, Time = TimeProvider.System });
        var yard = TestYards.Around(centre, 3000, 2000);
        var scene = (await Sources.ListAsync(source.FindScenesAsync(yard, new SceneQuery(), CancellationToken.None))).Single();
        var searchBytes = server.BytesSent;

        var chip = await source.FetchChipAsync(scene, yard, folder.File("chip.tif"), CancellationToken.None);

        Assert.That(chip.GsdMetres, Is.EqualTo(100).Within(1), "the fixture's native 100 m pixels");
        Assert.That(chip.Width, Is.InRange(30, 34));
        Assert.That(server.BytesSent - searchBytes, Is.LessThan(cog.Length / 3));
        using var raster = GeoRaster.Open(chip.Path);
        Assert.That(raster.Info.Bands.Single().DataType, Is.EqualTo("UInt16"));
        Sources.Dispose(source);
    }

    [Test]
    public void RemoteAccessFor_CarriesTheHttpSettingsTheKeyHeaderAndTheHrefsExtension()
    {
        using var folder = new TempFolder();
        var context = new IngestContext { CacheDirectory = folder.Path, Time = TimeProvider.System, GetEnvironmentVariable = name => name == "K" ? "k-1" : null };
        var source = (StacSceneSource)Sources.FromJson("""
            {"name":"stac","type":"stac","url":"http://127.0.0.1:1/v1","api_key":{"env":"K","header":"Authorization","prefix":"Bearer "},
             "max_retries":2,"retry_base_delay_seconds":0.5,"timeout_seconds":7}
            """, context);

        var remote = source.RemoteAccessFor("https://host/a/scene.img?sig=1");
        var bare = source.RemoteAccessFor("https://host/a/scene");

        Assert.Multiple(() =>
        {
            Assert.That((remote.MaxRetries, remote.RetryDelay, remote.Timeout, remote.UserAgent), Is.EqualTo(((int?)2, (TimeSpan?)TimeSpan.FromSeconds(0.5), (TimeSpan?)TimeSpan.FromSeconds(7), "RailWatch/1.0")));
            Assert.That(remote.Headers, Is.EqualTo(new[] { new KeyValuePair<string, string>("Authorization", "Bearer k-1") }));
            Assert.That(remote.AllowedExtensions, Is.EqualTo(new[] { ".tif", ".tiff", ".TIF", ".TIFF", ".jp2", ".JP2", ".img" }));
            Assert.That(source.RemoteAccessFor("https://host/a/scene.TIF").AllowedExtensions, Has.Count.EqualTo(6));
            Assert.That(bare.AllowedExtensions, Is.Null, "without an extension any URL may be read");
            Assert.That(remote.UnsignedS3, Is.False);
            Assert.That(remote.ToString(), Does.Not.Contain("k-1"));
        });
        Sources.Dispose(source);
    }

    /// <summary>A one-item search page around <paramref name="centre"/>.</summary>
    private static string Item(string id, string href, string? sclHref, DateTimeOffset acquired, GeoPoint centre, string extra)
    {
        var b = new GeoBounds(centre.Lon - 0.2, centre.Lat - 0.2, centre.Lon + 0.2, centre.Lat + 0.2);
        var tail = "}}]" + extra + "}";
        var scl = sclHref is null ? "" : $$""","scl":{"href":"{{sclHref}}","type":"image/tiff; application=geotiff; profile=cloud-optimized"}""";
        return string.Create(CultureInfo.InvariantCulture, $$"""
            {"type":"FeatureCollection","features":[{"type":"Feature","stac_version":"1.0.0","id":"{{id}}","collection":"sentinel-2-l2a",
             "bbox":[{{b.MinLon}},{{b.MinLat}},{{b.MaxLon}},{{b.MaxLat}}],
             "geometry":{"type":"Polygon","coordinates":[[[{{b.MinLon}},{{b.MinLat}}],[{{b.MaxLon}},{{b.MinLat}}],[{{b.MaxLon}},{{b.MaxLat}}],[{{b.MinLon}},{{b.MaxLat}}],[{{b.MinLon}},{{b.MinLat}}]]]},
             "properties":{"datetime":"{{acquired.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss'Z'}}","platform":"sentinel-2b","instruments":["msi"],"eo:cloud_cover":12.5,"proj:epsg":32652,"grid:code":"MGRS-52TGN"},
             "assets":{"visual":{"href":"{{href}}","type":"image/tiff; application=geotiff; profile=cloud-optimized","roles":["visual"],"proj:transform":[10,0,0,0,-10,0]}{{scl}}{{tail}}
            """);
    }
}
