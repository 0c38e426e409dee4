using System.Text.Json;
using RailWatch.Cli.Infrastructure;
using RailWatch.Core.Yards;
using RailWatch.Synth;
using Spectre.Console.Testing;

namespace RailWatch.Cli.Tests.Commands.Count;

public class CountCommandTests
{
    private string dir = string.Empty;

    [OneTimeSetUp]
    public void RenderScene()
    {
        dir = Path.Combine(Path.GetTempPath(), "rw-count-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var yard = YardGenerator.Generate(new YardLayoutOptions { Seed = 5, BodyTracks = 2, MinTrackLengthMetres = 120, MaxTrackLengthMetres = 150, CurvedBranch = false, OrientationDegrees = 90, CurveRadiusMetres = 0 });
        var scene = SceneRenderer.Render(yard, new SceneOptions { Seed = 5, GsdMetres = 0.5, Occupancy = 0.5, GeolocationErrorMetres = 4, MarginMetres = 20, Clutter = false });
        SceneWriter.Write(scene, ImagePath);
        File.WriteAllText(YardPath, YardFile.ToGeoJson(yard));
        VisibleCount = scene.Truth.VisibleCount;
    }

    [OneTimeTearDown]
    public void Clean() => Directory.Delete(dir, recursive: true);

    private string ImagePath => Path.Combine(dir, "scene.tif");

    private string YardPath => Path.Combine(dir, "yard.geojson");

    private int VisibleCount { get; set; }

    [Test]
    public async Task Count_Json_HasTheIssueShapeAndACountNearTruth()
    {
        var (code, stdout, stderr) = await Run("count", ImagePath, "--yard", YardPath, "--format", "json");

        Assert.That(code, Is.EqualTo(0), stderr);
        using var doc = JsonDocument.Parse(stdout);
        var root = doc.RootElement;
        Assert.That(root.GetProperty("yard").GetString(), Is.EqualTo("generated-yard"));
        Assert.That(root.GetProperty("image").GetString(), Is.EqualTo(ImagePath));
        Assert.That(root.GetProperty("gsd_m").GetDouble(), Is.EqualTo(0.5).Within(0.01));
        Assert.That(root.GetProperty("shift_m").GetArrayLength(), Is.EqualTo(2));
        Assert.That(root.GetProperty("observed_fraction").GetDouble(), Is.GreaterThan(0.9));
        var total = root.GetProperty("total");
        Assert.That(total.GetProperty("count").GetInt32(), Is.EqualTo(VisibleCount).Within(Math.Max(2, VisibleCount / 4)));
        Assert.That(total.GetProperty("low").GetInt32(), Is.LessThanOrEqualTo(total.GetProperty("count").GetInt32()));
        Assert.That(total.GetProperty("high").GetInt32(), Is.GreaterThanOrEqualTo(total.GetProperty("count").GetInt32()));
        var track = root.GetProperty("tracks")[0];
        Assert.That(track.TryGetProperty("id", out _) && track.TryGetProperty("observed_fraction", out _), Is.True);
        var car = root.GetProperty("cars")[0];
        Assert.That(car.GetProperty("center").GetArrayLength(), Is.EqualTo(2));
        Assert.That(car.TryGetProperty("length_m", out _) && car.TryGetProperty("score", out _) && car.TryGetProperty("track", out _), Is.True);
    }

    [Test]
    public async Task Count_DebugDir_WritesOneStripPerTrack()
    {
        var debug = Path.Combine(dir, "debug");

        var (code, _, stderr) = await Run("count", ImagePath, "--yard", YardPath, "--debug-dir", debug);

        Assert.That(code, Is.EqualTo(0), stderr);
        Assert.That(Directory.GetFiles(debug, "*.png"), Has.Length.EqualTo(YardFile.Load(YardPath).Tracks.Count));
    }

    [Test]
    public async Task Count_MissingImage_ExitsTwoNamingTheFile()
    {
        var missing = Path.Combine(dir, "nope.tif");

        var (code, _, stderr) = await Run("count", missing, "--yard", YardPath);

        Assert.That(code, Is.EqualTo(2));
        Assert.That(stderr, Does.Contain(missing));
    }

    [Test]
    public async Task Count_UnreadableImage_ExitsSixtyFiveNamingTheFile()
    {
        var garbage = Path.Combine(dir, "garbage.tif");
        await File.WriteAllTextAsync(garbage, "not a tiff");

        var (code, _, stderr) = await Run("count", garbage, "--yard", YardPath);

        Assert.That(code, Is.EqualTo(65));
        Assert.That(stderr, Does.Contain("garbage.tif"));
        Assert.That(stderr.Trim().Split('\n'), Has.Length.EqualTo(1));
    }

    [Test]
    public async Task Count_YardElsewhere_ExitsSixtyFive()
    {
        var far = YardGenerator.Generate(new YardLayoutOptions { Seed = 1, Center = new(10, 50), BodyTracks = 2 });
        var farPath = Path.Combine(dir, "far.geojson");
        await File.WriteAllTextAsync(farPath, YardFile.ToGeoJson(far));

        var (code, _, stderr) = await Run("count", ImagePath, "--yard", farPath);

        Assert.That(code, Is.EqualTo(65));
        Assert.That(stderr, Is.Not.Empty);
    }

    [Test]
    public async Task Count_InvalidYard_ExitsSixtyFiveNamingTheFile()
    {
        var bad = Path.Combine(dir, "bad.geojson");
        await File.WriteAllTextAsync(bad, "{\"type\":\"FeatureCollection\",\"features\":[]}");

        var (code, _, stderr) = await Run("count", ImagePath, "--yard", bad);

        Assert.That(code, Is.EqualTo(65));
        Assert.That(stderr, Does.Contain("bad.geojson"));
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
