using System.Text.Json;
using RailWatch.Cli.Infrastructure;
using Spectre.Console.Testing;

namespace RailWatch.Cli.Tests.Commands.Calibrate;

/// <summary><c>railwatch evaluate --labelled</c> on the sample's 1 m scene labelled from its own truth, with the shipped model.</summary>
public class EvaluateCommandTests
{
    private readonly TempFolders temp = new("rw-evaluate-");

    [TearDown]
    public void DeleteTempFolders() => temp.Dispose();

    private static string ModelDir => Path.Combine(TestRepository.Root(), "models", "railcar-counter");

    [Test]
    public async Task Evaluate_LabelledSceneAsJson_CountsItAsCountDoesAndScoresItAgainstItsLabels()
    {
        var (folder, visible) = LabelledSample.FromTruth(temp.Create());
        var image = Path.Combine(TestRepository.Root(), "samples", "series", LabelledSample.Image);
        var yard = Path.Combine(TestRepository.Root(), "samples", "yards", LabelledSample.Yard);
        var (_, counted, _) = await Run("count", image, "--yard", yard, "--format", "json");

        var (code, stdout, stderr) = await Run("evaluate", "--labelled", folder, "--model-dir", ModelDir, "--format", "json");

        Assert.That(code, Is.EqualTo(0), stderr);
        using var count = JsonDocument.Parse(counted);
        using var doc = JsonDocument.Parse(stdout);
        var scene = doc.RootElement.GetProperty("scenes")[0];
        var band = doc.RootElement.GetProperty("bands")[0];
        var total = scene.GetProperty("count").GetInt32();
        var tp = scene.GetProperty("true_positives").GetInt32();
        Assert.Multiple(() =>
        {
            Assert.That(doc.RootElement.GetProperty("model").GetString(), Is.EqualTo(count.RootElement.GetProperty("model_version").GetString()));
            Assert.That(doc.RootElement.GetProperty("source").GetString(), Is.EqualTo($"labelled {folder}"));
            Assert.That(scene.GetProperty("name").GetString(), Is.EqualTo("sample"));
            Assert.That(scene.GetProperty("truth").GetInt32(), Is.EqualTo(visible));
            Assert.That(total, Is.EqualTo(count.RootElement.GetProperty("total").GetProperty("count").GetInt32()), "read and counted as count does");
            Assert.That(tp + scene.GetProperty("false_negatives").GetInt32(), Is.EqualTo(visible));
            Assert.That(scene.GetProperty("within_target").GetBoolean(), Is.EqualTo(Math.Abs(total - visible) <= 0.08 * visible));
            Assert.That(scene.GetProperty("true_shift_m")[0].GetDouble(), Is.EqualTo(-1.505));
            Assert.That(band.GetProperty("band").GetString(), Is.EqualTo("0.5–1 m"));
            Assert.That(band.GetProperty("scenes").GetInt32(), Is.EqualTo(1));
            Assert.That(band.GetProperty("car_recall").GetDouble(), Is.EqualTo(tp / (double)visible).Within(1e-12));
            Assert.That(stderr, Does.Contain($"sample: gsd 1 m, truth {visible}, count {total} ["));
        });
    }

    [Test]
    public async Task Evaluate_LabelledScene_PrintsTheBandTable()
    {
        var (folder, _) = LabelledSample.FromTruth(temp.Create());

        var (code, stdout, stderr) = await Run("evaluate", "--labelled", folder, "--model-dir", ModelDir);

        Assert.That(code, Is.EqualTo(0), stderr);
        Assert.That(stdout, Does.Contain("| GSD band | scenes | count within target |"));
        Assert.That(stdout, Does.Contain("| 0.5–1 m | 1 | "));
    }

    [Test]
    public async Task Evaluate_AtTrueShift_CountsEachSceneWhereItsLabelSaysTheTracksAre()
    {
        var (folder, _) = LabelledSample.FromTruth(temp.Create());

        var (code, stdout, stderr) = await Run("evaluate", "--labelled", folder, "--at-true-shift", "--model-dir", ModelDir, "--format", "json");

        Assert.That(code, Is.EqualTo(0), stderr);
        using var doc = JsonDocument.Parse(stdout);
        var scene = doc.RootElement.GetProperty("scenes")[0];
        Assert.Multiple(() =>
        {
            Assert.That(doc.RootElement.GetProperty("source").GetString(), Is.EqualTo($"labelled {folder} at the true shift"));
            Assert.That(scene.GetProperty("shift_m")[0].GetDouble(), Is.EqualTo(scene.GetProperty("true_shift_m")[0].GetDouble()).Within(0.005));
            Assert.That(scene.GetProperty("shift_m")[1].GetDouble(), Is.EqualTo(scene.GetProperty("true_shift_m")[1].GetDouble()).Within(0.005));
        });
    }

    [Test]
    public async Task Evaluate_RecordAtTrueShift_Exits2()
    {
        var (code, _, stderr) = await Run("evaluate", "--seeds", "90000-90009", "--at-true-shift", "--record", "--model-dir", ModelDir);

        Assert.That(code, Is.EqualTo(2));
        Assert.That(stderr, Does.Contain("--at-true-shift"));
    }

    [Test]
    public async Task Evaluate_SeedsAndLabelledTogether_Exits2()
    {
        var (code, _, stderr) = await Run("evaluate", "--seeds", "90000-90009", "--labelled", temp.Create(), "--model-dir", ModelDir);

        Assert.That(code, Is.EqualTo(2));
        Assert.That(stderr, Does.Contain("give either --seeds or --labelled, not both"));
    }

    [Test]
    public async Task Evaluate_RecordWithLabelled_Exits2()
    {
        var (code, _, stderr) = await Run("evaluate", "--labelled", temp.Create(), "--record", "--model-dir", ModelDir);

        Assert.That(code, Is.EqualTo(2));
        Assert.That(stderr, Does.Contain("--record"));
    }

    [Test]
    public async Task Evaluate_LabelledFolderWithoutLabels_Exits2NamingIt()
    {
        var empty = temp.Create();

        var (code, _, stderr) = await Run("evaluate", "--labelled", empty, "--model-dir", ModelDir);

        Assert.That(code, Is.EqualTo(2));
        Assert.That(stderr, Does.Contain($"{empty}: no *.labels.json label files in it"));
    }

    [Test]
    public async Task Evaluate_MalformedLabel_Exits65NamingTheFileAndField()
    {
        var folder = temp.Create();
        File.WriteAllText(Path.Combine(folder, "a.labels.json"), """{"image": "a.tif", "yard": "a-yard.geojson", "cars": [{"track": "T1"}]}""");

        var (code, stdout, stderr) = await Run("evaluate", "--labelled", folder, "--model-dir", ModelDir);

        Assert.That(code, Is.EqualTo(65));
        Assert.That(stderr, Does.Contain("a.labels.json").And.Contain("cars[0]"));
        Assert.That(stdout, Is.Empty, "no table for a half-read folder");
    }

    [Test]
    public async Task Evaluate_LabelledImageMissingItsYard_Exits65NamingTheLabelFile()
    {
        var folder = temp.Create();
        var root = TestRepository.Root();
        var farYard = Path.Combine(folder, "far-yard.geojson");
        File.WriteAllText(farYard, File.ReadAllText(Path.Combine(root, "samples", "yards", LabelledSample.Yard)).Replace("130.", "10.", StringComparison.Ordinal));
        var label = Path.Combine(folder, "far.labels.json");
        File.WriteAllText(label, $$"""{"image": "{{Path.Combine(root, "samples", "series", LabelledSample.Image)}}", "yard": "far-yard.geojson", "cars": []}""");

        var (code, stdout, stderr) = await Run("evaluate", "--labelled", folder, "--model-dir", ModelDir);

        Assert.That(code, Is.EqualTo(65));
        Assert.That(stderr, Does.Contain($"{label}: ").And.Contain("does not intersect"));
        Assert.That(stdout, Is.Empty);
    }

    private static async Task<(int Code, string Stdout, string Stderr)> Run(params string[] args)
    {
        using var console = new TestConsole();
        console.Profile.Width = 400;
        using var error = new StringWriter();
        var code = await RailWatchApp.RunAsync(args, new CliEnvironment(console, error, TimeProvider.System));
        return (code, console.Output, error.ToString());
    }
}
