using System.Text.Json;
using RailWatch.Core.Errors;
using RailWatch.Ingest.Folder;
using RailWatch.Ingest.Stac;
using RailWatch.Ingest.Tests.Support;
using RailWatch.Ingest.Xyz;

namespace RailWatch.Ingest.Tests.Config;

public sealed class SourceConfigTests
{
    private static UsageException? Error(string json, Func<string, string?>? env = null)
    {
        using var folder = new TempFolder();
        var context = new IngestContext { CacheDirectory = folder.Path, Time = TimeProvider.System, GetEnvironmentVariable = env ?? (_ => null) };
        using var doc = JsonDocument.Parse(json);
        return Assert.Throws<UsageException>(() => SourceConfig.Create(doc.RootElement, "conf/railwatch.json", context, 2));
    }

    [Test]
    public void Create_StacWithoutUrl_NamesFileIndexAndField() =>
        Assert.That(Error("""{"name":"s","type":"stac"}""")!.Message, Is.EqualTo("conf/railwatch.json: sources[2].url: is required"));

    [Test]
    public void Create_UnknownType_ListsTheKnownOnes() =>
        Assert.That(Error("""{"name":"s","type":"wms"}""")!.Message, Does.StartWith("conf/railwatch.json: sources[2].type: unknown source type \"wms\""));

    [Test]
    public void Create_Typo_IsRejectedAsUnknownField() =>
        Assert.That(Error("""{"name":"s","type":"stac","url":"https://x.test/v1","colections":["a"]}""")!.Message, Does.StartWith("conf/railwatch.json: sources[2].colections: unknown field"));

    [Test]
    public void Create_ApiKeyEnvironmentVariableUnset_SaysWhichVariable() =>
        Assert.That(Error("""{"name":"s","type":"stac","url":"https://x.test/v1","api_key":{"env":"MY_KEY"}}""")!.Message,
            Is.EqualTo("conf/railwatch.json: sources[2].api_key.env: environment variable MY_KEY is not set (it must hold the API key)"));

    [TestCase("""{"name":"s","type":"stac","url":"https://x.test","api_key":{"env":"MY_KEY","prefix":5}}""", "sources[2].api_key.prefix: must be a string")]
    [TestCase("""{"name":"s","type":"stac","url":"https://x.test","api_key":{"env":"MY_KEY","headr":"X-Key"}}""", "sources[2].api_key.headr: unknown field")]
    [TestCase("""{"name":"s","type":"stac","url":"https://x.test","sign":{"type":"planetary-computer","url":"https://s.test","mod":"sign"}}""", "sources[2].sign.mod: unknown field")]
    public void Create_BadFieldOfANestedObject_OneLineNamingTheNestedField(string json, string expected)
    {
        var message = Error(json, _ => "secret")!.Message;

        Assert.That(message, Does.StartWith("conf/railwatch.json: ").And.Contain(expected).And.Not.Contain("\n"));
    }

    [TestCase("""{"name":"s","type":"stac","url":"ftp://x.test"}""", "sources[2].url: \"ftp://x.test\" is not an http(s) URL")]
    [TestCase("""{"name":"s","type":"stac","url":"https://x.test","max_cloud_cover":120}""", "sources[2].max_cloud_cover: must lie in 0..100, not 120")]
    [TestCase("""{"name":"s","type":"stac","url":"https://x.test","assets":[]}""", "sources[2].assets: must not be empty")]
    [TestCase("""{"name":"s","type":"stac","url":"https://x.test","sign":{"type":"aws"}}""", "sources[2].sign.type: unknown signing type \"aws\"")]
    [TestCase("""{"name":"t","type":"xyz","url":"https://t.test/{z}/{x}.png","zoom":3}""", "sources[2].url: a tile URL template needs {z}, {x} and {y}")]
    [TestCase("""{"name":"t","type":"xyz","url":"https://t.test/{z}/{x}/{y}.png"}""", "sources[2].zoom: give either zoom or target_gsd_metres")]
    [TestCase("""{"name":"t","type":"xyz","url":"https://t.test/{z}/{x}/{y}.png?k={api_key}","zoom":3}""", "sources[2].api_key: the url has {api_key} but no api_key.env")]
    [TestCase("""{"name":"f","type":"folder","path":"nowhere"}""", "sources[2].path: folder")]
    [TestCase("""{"name":"f","type":"folder","path":"/tmp","time_from":["exif"]}""", "sources[2].time_from[0]: unknown time source \"exif\"")]
    [TestCase("""{"name":"f","type":"folder","path":"/tmp","file_name_regex":"(["}""", "sources[2].file_name_regex: \"([\" is not a valid regular expression")]
    [TestCase("""{"type":"folder","path":"."}""", "sources[2].name: is required")]
    [TestCase("""["folder"]""", "sources[2]: must be a JSON object")]
    public void Create_BadField_OneLineNamingTheField(string json, string expected)
    {
        var message = Error(json)!.Message;

        Assert.That(message, Does.StartWith("conf/railwatch.json: ").And.Contain(expected).And.Not.Contain("\n"));
    }

    [Test]
    public void Create_EachType_BuildsItsSourceWithRelativePathsFromTheConfigFolder()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.File("series"));
        var context = new IngestContext { CacheDirectory = folder.Path, Time = TimeProvider.System, GetEnvironmentVariable = n => n == "TILE_KEY" ? "k" : null };
        using var doc = JsonDocument.Parse("""
            [{"name":"sample-folder","type":"folder","path":"series","pattern":"*.tif","time_from":["tiff_tag","stac_json","file_name"]},
             {"name":"earth-search","type":"stac","url":"https://earth-search.aws.element84.com/v1","collections":["sentinel-2-c1-l2a"],"max_cloud_cover":30,
              "assets":["visual"],"cloud_mask_asset":"scl","sign":{"type":"planetary-computer","url":"https://planetarycomputer.microsoft.com/api/sas/v1/token"},
              "rate_limit_per_second":5,"timeout_seconds":60,"max_items":200},
             {"name":"tiles","type":"xyz","url":"http://127.0.0.1:8080/{z}/{x}/{y}.png?key={api_key}","api_key":{"env":"TILE_KEY"},"zoom":17}]
            """);

        var sources = SourceConfig.CreateAll(doc.RootElement, folder.File("railwatch.json"), context);

        Assert.That(sources.Select(s => s.Name), Is.EqualTo(new[] { "sample-folder", "earth-search", "tiles" }));
        Assert.That(sources[0], Is.TypeOf<FolderSceneSource>());
        Assert.That(sources[1], Is.TypeOf<StacSceneSource>());
        Assert.That(((StacSceneSource)sources[1]).SearchUrl, Is.EqualTo(new Uri("https://earth-search.aws.element84.com/v1/search")));
        Assert.That(sources[2], Is.TypeOf<XyzSceneSource>());
        foreach (var s in sources)
        {
            Sources.Dispose(s);
        }
    }

    [Test]
    public void CreateAll_DuplicateNames_AreRejected()
    {
        using var folder = new TempFolder();
        using var doc = JsonDocument.Parse("""[{"name":"a","type":"folder","path":"."},{"name":"a","type":"folder","path":"."}]""");

        var e = Assert.Throws<UsageException>(() => SourceConfig.CreateAll(doc.RootElement, folder.File("r.json"), new IngestContext { CacheDirectory = folder.Path, Time = TimeProvider.System }));

        Assert.That(e!.Message, Does.EndWith("sources[1].name: duplicate source name \"a\""));
    }
}
