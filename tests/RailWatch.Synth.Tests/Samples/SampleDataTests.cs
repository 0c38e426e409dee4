using System.Text.Json;
using RailWatch.Core.Yards;

namespace RailWatch.Synth.Tests.Samples;

/// <summary>The bundled samples/ folder: the Tumangang-like yard and the generated series.</summary>
public class SampleDataTests
{
    /// <summary>The repository's samples/ folder, found above the test binaries or above this source file.</summary>
    private static string? SamplesDirectory([System.Runtime.CompilerServices.CallerFilePath] string source = "")
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Path.GetDirectoryName(source) ?? "." })
        {
            var found = Above(start);
            if (found is not null)
            {
                return found;
            }
        }

        return null;
    }

    private static string? Above(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "samples");
            if (File.Exists(Path.Combine(candidate, "yards", "tumangang-like.geojson")))
            {
                return candidate;
            }
        }

        return null;
    }

    [Test]
    public void TumangangLikeYard_LoadsAndSaysItIsAnApproximation()
    {
        var samples = SamplesDirectory() ?? throw new AssertionException("samples/yards/tumangang-like.geojson not found above the test binaries");
        var yard = YardFile.Load(Path.Combine(samples, "yards", "tumangang-like.geojson"));

        Assert.That(yard.Id, Is.EqualTo("tumangang-like"));
        Assert.That(yard.Name, Does.Contain("approximation").IgnoreCase);
        Assert.That(yard.Description, Does.Contain("APPROXIMATION").And.Contain("Tumangang"));
        Assert.That(yard.Bounds.Center.Lat, Is.EqualTo(42.42).Within(0.02));
        Assert.That(yard.Bounds.Center.Lon, Is.EqualTo(130.60).Within(0.02));
        var body = yard.Tracks.Where(t => t.Id.StartsWith('t')).ToList();
        Assert.That(body.Count, Is.InRange(8, 14));
        Assert.That(body.Select(t => t.LengthMetres), Is.All.InRange(400, 1000));
        Assert.That(yard.Tracks.Select(t => t.Id), Does.Contain("curve"));
        Assert.That(YardFile.ToGeoJson(YardGenerator.Generate(YardGenerator.TumangangLike)), Is.EqualTo(YardFile.ToGeoJson(yard with { SourcePath = null })), "the file is what the preset generates");
    }

    [Test]
    public void SampleSeries_IndexNamesExistingScenesWithTruth_AndStaysSmall()
    {
        var samples = SamplesDirectory() ?? throw new AssertionException("samples/ not found above the test binaries");
        var series = Path.Combine(samples, "series");
        var index = Path.Combine(series, "series.json");
        Assert.That(File.Exists(index), Is.True, "samples/series/series.json");

        using var doc = JsonDocument.Parse(File.ReadAllText(index));
        var scenes = doc.RootElement.GetProperty("scenes").EnumerateArray().ToList();
        Assert.That(scenes.Count, Is.GreaterThanOrEqualTo(20));
        foreach (var scene in scenes)
        {
            Assert.That(File.Exists(Path.Combine(series, scene.GetProperty("file").GetString()!)), Is.True);
            Assert.That(File.Exists(Path.Combine(series, scene.GetProperty("truth").GetString()!)), Is.True);
        }

        var counts = scenes.Select(s => s.GetProperty("total_count").GetInt32()).ToList();
        Assert.That(counts.Take(5).Average(), Is.LessThan(30));
        Assert.That(counts.TakeLast(5).Average(), Is.GreaterThan(60), "the scripted surge");
        var bytes = new DirectoryInfo(samples).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length);
        Assert.That(bytes, Is.LessThan(30L * 1024 * 1024));
    }
}
