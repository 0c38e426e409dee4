using System.Text;
using System.Text.Json.Nodes;
using RailWatch.Cli.Configuration;
using RailWatch.Cli.Tests.Nightly;
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

    /// <summary>A valid config (the nightly job's sections) whose <paramref name="section"/> is replaced by <paramref name="value"/>.</summary>
    private string WriteWithSection(string section, string value)
    {
        var config = JsonNode.Parse("""
            {
              "description": "test",
              "store": {"path": "a.db"},
              "yards": ["yard.geojson"],
              "sources": [{"name": "f", "type": "folder", "path": "scenes", "pattern": "*.tif"}],
              "counting": {"margin_m": 50},
              "run": {"parallelism": 2},
              "web": {"reviewer": "analyst"}
            }
            """)!.AsObject();
        config[section] = JsonNode.Parse(value);
        return Write(config.ToJsonString());
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
    public void Load_EveryDocumentedField_IsRead()
    {
        var path = Write("""
            {
              "$schema": "railwatch.schema.json",
              "description": "all fields",
              "store": {"path": "rw.db"},
              "yards": ["yard.geojson"],
              "sources": [{"name": "f", "type": "folder", "path": "scenes"}],
              "cache": {"path": "dl"},
              "counting": {"model": "m.json", "margin_m": 60},
              "run": {"parallelism": 1, "lookback_days": 7},
              "detection": {"false_alarms_per_year": 0.5},
              "web": {"token": "t0ken", "reviewer": "Ana"}
            }
            """);

        var config = ConfigLoader.Load(path);

        Assert.Multiple(() =>
        {
            Assert.That(config.CacheDirectory, Is.EqualTo(Path.Combine(folder, "dl")));
            Assert.That(config.ModelPath, Is.EqualTo(Path.Combine(folder, "m.json")));
            Assert.That((config.ChipMarginMetres, config.Parallelism, config.LookbackDays), Is.EqualTo((60.0, 1, (int?)7)));
            Assert.That(config.FalseAlarmsPerYear, Is.EqualTo(0.5));
            Assert.That((config.WebToken, config.WebReviewer), Is.EqualTo(("t0ken", "Ana")));
        });
    }

    [TestCase("store", """{"path": "a.db", "pth": "b.db"}""", "store.pth: unknown field (known: path)")]
    [TestCase("cache", """{"pth": "dl"}""", "cache.pth: unknown field (known: path)")]
    [TestCase("counting", """{"margn_m": 50}""", "counting.margn_m: unknown field (known: model, margin_m)")]
    [TestCase("run", """{"paralelism": 3}""", "run.paralelism: unknown field (known: parallelism, lookback_days)")]
    [TestCase("detection", """{"false_alarm_per_year": 1}""", "detection.false_alarm_per_year: unknown field (known: false_alarms_per_year)")]
    [TestCase("web", """{"tokn": "secret"}""", "web.tokn: unknown field (known: token, reviewer)")]
    public void Load_TypoInANestedSection_ThrowsUsageErrorNamingSectionAndField(string section, string value, string expected)
    {
        var path = WriteWithSection(section, value);

        var error = Assert.Throws<UsageException>(() => ConfigLoader.Load(path, storeOverride: Path.Combine(folder, "other.db")))!;

        Assert.Multiple(() =>
        {
            Assert.That(error.Message, Is.EqualTo($"{path}: {expected}"));
            Assert.That(error.ExitCode, Is.EqualTo(ExitCodes.Usage));
        });
    }

    [TestCase("store", """{"path": 5}""", "store.path: must be a non-empty string")]
    [TestCase("cache", """{"path": ["dl"]}""", "cache.path: must be a non-empty string")]
    [TestCase("counting", """{"model": {}}""", "counting.model: must be a non-empty string")]
    [TestCase("counting", """{"margin_m": "50"}""", "counting.margin_m: must be a number")]
    [TestCase("run", """{"parallelism": "3"}""", "run.parallelism: must be a number")]
    [TestCase("run", """{"lookback_days": true}""", "run.lookback_days: must be a number")]
    [TestCase("detection", """{"false_alarms_per_year": [1]}""", "detection.false_alarms_per_year: must be a number")]
    [TestCase("web", """{"token": 5}""", "web.token: must be a non-empty string")]
    [TestCase("web", """{"reviewer": false}""", "web.reviewer: must be a non-empty string")]
    [TestCase("run", "\"fast\"", "run: must be a JSON object")]
    [TestCase("description", "5", "description: must be a string")]
    public void Load_ValueOfTheWrongJsonType_ThrowsUsageErrorNamingTheField(string section, string value, string expected)
    {
        var path = WriteWithSection(section, value);

        var error = Assert.Throws<UsageException>(() => ConfigLoader.Load(path, storeOverride: Path.Combine(folder, "other.db")))!;

        Assert.Multiple(() =>
        {
            Assert.That(error.Message, Is.EqualTo($"{path}: {expected}"));
            Assert.That(error.ExitCode, Is.EqualTo(ExitCodes.Usage));
        });
    }

    [Test]
    public void LoadWebSection_ConfigWithoutYards_ReadsTheWebFields()
    {
        var path = Write("""{"store": {"path": "a.db"}, "web": {"token": "t0ken", "reviewer": "Ana"}}""");

        Assert.That(ConfigLoader.LoadWebSection(path), Is.EqualTo(("t0ken", "Ana")));
    }

    [TestCase("""{"web": {"tokn": "t0ken"}}""", "web.tokn: unknown field (known: token, reviewer)")]
    [TestCase("""{"web": {"token": 5}}""", "web.token: must be a non-empty string")]
    [TestCase("""{"run": {"paralelism": 3}}""", "run.paralelism: unknown field (known: parallelism, lookback_days)")]
    public void LoadWebSection_TypoOrWrongTypeAnywhere_ThrowsUsageError(string json, string expected)
    {
        var path = Write(json);

        Assert.That(() => ConfigLoader.LoadWebSection(path), Throws.TypeOf<UsageException>().With.Message.EqualTo($"{path}: {expected}"));
    }

    [TestCase("run")]
    [TestCase("yards")]
    [TestCase("serve")]
    public async Task Command_ConfigWithANestedTypo_ExitsTwoWithOneLine(string command)
    {
        var path = WriteWithSection("counting", """{"margn_m": 50}""");

        var (code, _, error) = await CliRunner.RunAsync(command, "--config", path);

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.Usage));
            Assert.That(error.TrimEnd(), Is.EqualTo($"railwatch: {path}: counting.margn_m: unknown field (known: model, margin_m)"));
        });
    }

    [Test]
    public void Load_Latin1Byte_ThrowsUsageErrorNamingFileAndLine()
    {
        var path = Write(string.Empty);
        File.WriteAllBytes(path, Encoding.Latin1.GetBytes("""
            {
              "store": {"path": "a.db"},
              "yards": ["yard.geojson"],
              "sources": [{}],
              "web": {"reviewer": "René"}
            }
            """));

        var error = Assert.Throws<UsageException>(() => ConfigLoader.Load(path))!;

        Assert.Multiple(() =>
        {
            Assert.That(error.Message, Is.EqualTo($"{path}:5: not valid UTF-8"));
            Assert.That(error.ExitCode, Is.EqualTo(ExitCodes.Usage));
        });
    }

    [Test]
    public void Load_Utf8WithByteOrderMark_IsRead()
    {
        var path = Write(string.Empty);
        File.WriteAllText(path, """{"store": {"path": "a.db"}, "yards": ["yard.geojson"], "sources": [{}], "web": {"reviewer": "René"}}""",
            new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

        Assert.That(ConfigLoader.Load(path).WebReviewer, Is.EqualTo("Ren\u00e9"));
    }

    [Test]
    public void Load_MissingFile_ThrowsUsageError() =>
        Assert.That(() => ConfigLoader.Load(Path.Combine(folder, "nope.json")), Throws.TypeOf<UsageException>().With.Message.EndsWith("config file not found"));
}
