using RailWatch.Cli.Configuration;
using RailWatch.Core.Errors;

namespace RailWatch.Cli.Tests.Configuration;

public sealed class ConfigLoaderTests
{
    private string folder = null!;

    [SetUp]
    public void CreateFolder()
    {
        folder = Directory.CreateTempSubdirectory("rw-config-").FullName;
        File.WriteAllText(Path.Combine(folder, "yard.geojson"), "{}");
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(folder, recursive: true);

    private string Write(string json)
    {
        var path = Path.Combine(folder, "railwatch.json");
        File.WriteAllText(path, json);
        return path;
    }

    [Test]
    public void Load_ResolvesRelativePathsAgainstTheConfigFolder()
    {
        var path = Write("""
            {
              // comments are allowed
              "store": {"path": "out/rw.db"},
              "yards": ["yard.geojson"],
              "sources": [{"name": "f", "type": "folder", "path": "scenes"}],
              "run": {"parallelism": 3, "lookback_days": 30},
              "counting": {"margin_m": 40}
            }
            """);

        var config = ConfigLoader.Load(path);

        Assert.Multiple(() =>
        {
            Assert.That(config.StorePath, Is.EqualTo(Path.Combine(folder, "out", "rw.db")));
            Assert.That(config.YardFiles, Is.EqualTo(new[] { Path.Combine(folder, "yard.geojson") }));
            Assert.That(config.Sources, Has.Count.EqualTo(1));
            Assert.That(config.CacheDirectory, Is.EqualTo(Path.Combine(folder, "out", "rw.cache")));
            Assert.That(config.Parallelism, Is.EqualTo(3));
            Assert.That(config.LookbackDays, Is.EqualTo(30));
            Assert.That(config.ChipMarginMetres, Is.EqualTo(40));
        });
    }

    [Test]
    public void Load_StoreOverride_WinsOverTheConfig()
    {
        var path = Write("""{"store": {"path": "a.db"}, "yards": ["yard.geojson"], "sources": [{}]}""");

        Assert.That(ConfigLoader.Load(path, "/tmp/other.db").StorePath, Is.EqualTo("/tmp/other.db"));
    }

    [TestCase("""{"yards": ["yard.geojson"], "sources": [{}]}""", "store.path: is required")]
    [TestCase("""{"store": {"path": "a.db"}, "yards": [], "sources": [{}]}""", "yards: must be a non-empty array")]
    [TestCase("""{"store": {"path": "a.db"}, "yards": ["missing.geojson"], "sources": [{}]}""", "yards[0]: yard file")]
    [TestCase("""{"store": {"path": "a.db"}, "yards": ["yard.geojson"]}""", "sources: must be a non-empty array")]
    [TestCase("""{"store": {"path": "a.db"}, "yards": ["yard.geojson"], "sources": [{}], "run": {"parallelism": 0}}""", "run.parallelism: must be a whole number")]
    [TestCase("""{"store": {"path": "a.db"}, "yards": ["yard.geojson"], "sources": [{}], "stores": {}}""", "stores: unknown field")]
    [TestCase("""{"store": {"path": 5}, "yards": ["yard.geojson"], "sources": [{}]}""", "store.path: must be a non-empty string")]
    [TestCase("""{"store": """, "not valid JSON")]
    public void Load_BadConfig_ThrowsUsageErrorNamingFileAndField(string json, string expected)
    {
        var path = Write(json);

        var error = Assert.Throws<UsageException>(() => ConfigLoader.Load(path))!;

        Assert.Multiple(() =>
        {
            Assert.That(error.Message, Does.StartWith(path + ": "));
            Assert.That(error.Message, Does.Contain(expected));
            Assert.That(error.ExitCode, Is.EqualTo(ExitCodes.Usage));
        });
    }

    [Test]
    public void Load_MissingFile_ThrowsUsageError() =>
        Assert.That(() => ConfigLoader.Load(Path.Combine(folder, "nope.json")), Throws.TypeOf<UsageException>().With.Message.EndsWith("config file not found"));
}
