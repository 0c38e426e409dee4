using System.Text.Json;
using RailWatch.Cli.Infrastructure;
using RailWatch.Core.Yards;
using RailWatch.Synth;
using Spectre.Console.Testing;

namespace RailWatch.Cli.Tests.Commands.Synth;

public class SynthCommandTests
{
    private string dir = string.Empty;

    [SetUp]
    public void MakeDirectory()
    {
        dir = Path.Combine(Path.GetTempPath(), "rw-synth-cli-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
    }

    [TearDown]
    public void RemoveDirectory() => Directory.Delete(dir, recursive: true);

    [Test]
    public async Task Synth_GeneratedYard_WritesScenesWithTruthAndAJsonSummary()
    {
        var (code, stdout, stderr) = await Run(
            "synth", "--generate-yard", "--tracks", "2", "--out", dir, "--seed", "3", "--count", "2", "--gsd", "2",
            "--season", "winter", "--sensor", "bgrn16", "--crs", "webmercator", "--clouds", "0.3", "--geo-error", "5", "--margin", "10",
            "--write-yard", Path.Combine(dir, "yard.geojson"), "--format", "json");

        Assert.That(code, Is.EqualTo(0), stderr);
        using var doc = JsonDocument.Parse(stdout);
        var scenes = doc.RootElement.GetProperty("scenes");
        Assert.That(scenes.GetArrayLength(), Is.EqualTo(2));
        var first = scenes[0];
        Assert.That(first.GetProperty("sensor").GetString(), Is.EqualTo("bgrn16"));
        Assert.That(first.GetProperty("crs").GetString(), Is.EqualTo("web_mercator"));
        Assert.That(File.Exists(Path.Combine(dir, first.GetProperty("file").GetString()!)), Is.True);
        var truth = SceneTruth.FromJson(File.ReadAllText(Path.Combine(dir, first.GetProperty("truth").GetString()!)));
        Assert.That(truth.Season, Is.EqualTo(Season.Winter));
        Assert.That(truth.GeolocationError.MagnitudeM, Is.EqualTo(5).Within(0.01));
        Assert.That(first.GetProperty("total_count").GetInt32(), Is.EqualTo(truth.TotalCount));
        Assert.That(YardFile.Load(Path.Combine(dir, "yard.geojson")).Tracks, Has.Count.GreaterThanOrEqualTo(3));
    }

    [Test]
    public async Task Synth_Preset_WritesTheTumangangLikeYardOnly()
    {
        var path = Path.Combine(dir, "t.geojson");
        var (code, stdout, stderr) = await Run("synth", "--preset", "tumangang-like", "--write-yard", path);

        Assert.That(code, Is.EqualTo(0), stderr);
        Assert.That(stdout, Does.Contain("tumangang-like"));
        Assert.That(YardFile.Load(path).Name, Does.Contain("approximation"));
    }

    [TestCase("--season", "monsoon")]
    [TestCase("--gsd", "9")]
    public async Task Synth_BadOption_ExitsWithUsageNamingIt(string option, string value)
    {
        var (code, _, stderr) = await Run("synth", "--generate-yard", "--out", dir, option, value);

        Assert.That(code, Is.EqualTo(2));
        Assert.That(stderr, Does.Contain(option == "--gsd" ? "GsdMetres" : option));
    }

    [Test]
    public async Task Synth_WithoutAYardSource_ExitsWithUsage()
    {
        var (code, _, stderr) = await Run("synth", "--out", dir);

        Assert.That(code, Is.EqualTo(2));
        Assert.That(stderr, Does.Contain("--yard"));
    }

    [Test]
    public async Task Synth_MissingYardFile_ExitsWithUsageNamingTheFile()
    {
        var (code, _, stderr) = await Run("synth", "--yard", Path.Combine(dir, "nope.geojson"), "--out", dir);

        Assert.That(code, Is.EqualTo(2));
        Assert.That(stderr, Does.Contain("nope.geojson"));
    }

    private static async Task<(int Code, string Stdout, string Stderr)> Run(params string[] args)
    {
        using var console = new TestConsole();
        console.Profile.Width = 250;
        using var error = new StringWriter();
        var code = await RailWatchApp.RunAsync(args, new CliEnvironment(console, error, TimeProvider.System));
        return (code, console.Output, error.ToString());
    }
}
