using RailWatch.Cli.Infrastructure;
using Spectre.Console.Testing;

namespace RailWatch.Cli.Tests.Commands.Calibrate;

/// <summary>The seed and labelled-scene checks run before any scene is rendered, so these cost nothing.</summary>
public class CalibrateCommandTests
{
    private readonly TempFolders temp = new("rw-calibrate-");

    [TearDown]
    public void DeleteTempFolders() => temp.Dispose();

    [Test]
    public async Task Calibrate_CoarseSeedsOverlapCalibrationSeeds_Exits2NamingBoth()
    {
        var (code, stderr) = await Run("calibrate", "--coarse-seeds", "1-120,290-310", "--seeds", "121-299", "--out", OutDir());

        Assert.That(code, Is.EqualTo(2));
        Assert.That(stderr, Does.Contain("--coarse-seeds 1-120,290-310 overlaps --seeds 121-299"));
    }

    [Test]
    public async Task Calibrate_SeedListWithBackwardRange_Exits2NamingTheRange()
    {
        var (code, stderr) = await Run("calibrate", "--coarse-seeds", "1-120,2599-2000", "--out", OutDir());

        Assert.That(code, Is.EqualTo(2));
        Assert.That(stderr, Does.Contain("\"2599-2000\" ends before it starts"));
    }

    [Test]
    public async Task Calibrate_TrainNeutralAboveOneHalf_Exits2NamingTheOption()
    {
        var (code, stderr) = await Run("calibrate", "--train-neutral", "0.7", "--out", OutDir());

        Assert.That(code, Is.EqualTo(2));
        Assert.That(stderr, Does.Contain("--train-neutral 0.7: must be above 0 and at most 0.5"));
    }

    [Test]
    public async Task Calibrate_StripSmoothingBeyondTwoMetres_Exits2NamingTheOption()
    {
        var (code, stderr) = await Run("calibrate", "--strip-smoothing", "3", "--out", OutDir());

        Assert.That(code, Is.EqualTo(2));
        Assert.That(stderr, Does.Contain("--strip-smoothing 3: must be from 0 to 2 metres"));
    }

    [Test]
    public async Task Calibrate_ProductLooksShareAboveOne_Exits2NamingTheOption()
    {
        var (code, stderr) = await Run("calibrate", "--product-looks", "1.5", "--out", OutDir());

        Assert.That(code, Is.EqualTo(2));
        Assert.That(stderr, Does.Contain("--product-looks 1.5: must be a share from 0 to 1"));
    }

    [Test]
    public async Task Calibrate_LowSunShareBelowZero_Exits2NamingTheOption()
    {
        var (code, stderr) = await Run("calibrate", "--low-sun", "-0.1", "--out", OutDir());

        Assert.That(code, Is.EqualTo(2));
        Assert.That(stderr, Does.Contain("--low-sun -0.1: must be a share from 0 to 1"));
    }

    [Test]
    public async Task Calibrate_SeedListWithGarbage_Exits2()
    {
        var (code, stderr) = await Run("calibrate", "--coarse-seeds", "1-120,x", "--out", OutDir());

        Assert.That(code, Is.EqualTo(2));
        Assert.That(stderr, Does.Contain("\"1-120,x\" is not A-B or A"));
    }

    [Test]
    public async Task Calibrate_CoarseSeedsOverlapEvaluationSeeds_Exits2()
    {
        var (code, stderr) = await Run("calibrate", "--coarse-seeds", "5000-5010", "--out", OutDir());

        Assert.That(code, Is.EqualTo(2));
        Assert.That(stderr, Does.Contain("overlap the evaluation seeds"));
    }

    [Test]
    public async Task Calibrate_CoarseTrackSeedsOverlapCoarseForestSeeds_Exits2()
    {
        var (code, stderr) = await Run("calibrate", "--coarse-track-seeds", "2500-2600", "--out", OutDir());

        Assert.That(code, Is.EqualTo(2));
        Assert.That(stderr, Does.Contain("--coarse-track-seeds 2500-2600 overlaps --seeds, --coarse-seeds or --train-seeds"));
    }

    [Test]
    public async Task Evaluate_SeedsTheCoarseTrackRegressorLearntFrom_Exits2()
    {
        var (code, stderr) = await Run("evaluate", "--seeds", "40000-40010");

        Assert.That(code, Is.EqualTo(2));
        Assert.That(stderr, Does.Contain("overlaps the seeds the model was trained or calibrated on (40000-43999)"));
    }

    [Test]
    public async Task Calibrate_LabelledFolderMissing_Exits2NamingIt()
    {
        var missing = Path.Combine(OutDir(), "labels");

        var (code, stderr) = await Run("calibrate", "--train-labelled", missing, "--out", OutDir());

        Assert.That(code, Is.EqualTo(2));
        Assert.That(stderr, Does.Contain($"{missing}: folder of labelled scenes not found"));
    }

    [Test]
    public async Task Calibrate_SameLabelledSceneForForestsAndVerifier_Exits2()
    {
        var folder = LabelledFolder("""{"image": "a.tif", "yard": "a-yard.geojson", "cars": []}""");

        var (code, stderr) = await Run("calibrate", "--train-labelled", folder, "--verifier-labelled", folder, "--out", OutDir());

        Assert.That(code, Is.EqualTo(2));
        Assert.That(stderr, Does.Contain("a.labels.json is also in --train-labelled; the verifier must learn from scenes the forests never saw"));
    }

    [Test]
    public async Task Calibrate_SameLabelledSceneForForestsAndIntervals_Exits2()
    {
        var folder = LabelledFolder("""{"image": "a.tif", "yard": "a-yard.geojson", "cars": []}""");

        var (code, stderr) = await Run("calibrate", "--train-labelled", folder, "--calibration-labelled", folder, "--out", OutDir());

        Assert.That(code, Is.EqualTo(2));
        Assert.That(stderr, Does.Contain("a.labels.json is also in --train-labelled or --verifier-labelled; the intervals must be fitted on scenes the classifiers never saw"));
    }

    [Test]
    public async Task Calibrate_CalibrationLabelledImageMissing_Exits65BeforeAnyTraining()
    {
        var folder = LabelledFolder("""{"image": "a.tif", "yard": "a-yard.geojson", "cars": []}""");
        var output = OutDir();

        var (code, stderr) = await Run("calibrate", "--calibration-labelled", folder, "--out", output);

        Assert.That(code, Is.EqualTo(65));
        Assert.That(stderr, Does.Contain($"a.labels.json: image {Path.Combine(folder, "a.tif")} not found"));
        Assert.That(Directory.Exists(output), Is.False, "nothing written");
    }

    [Test]
    public async Task Calibrate_RefitOnlyWithLabelledScenesButNoTraining_Exits2()
    {
        var folder = LabelledFolder("""{"image": "a.tif", "yard": "a-yard.geojson", "cars": []}""");

        var (code, stderr) = await Run("calibrate", "--refit-only", "--train-labelled", folder, "--out", OutDir());

        Assert.That(code, Is.EqualTo(2));
        Assert.That(stderr, Does.Contain("--train-labelled: with --refit-only the forests are trained only with --train-fine"));
    }

    [Test]
    public async Task Calibrate_MalformedLabelFile_Exits65NamingFileAndFieldBeforeAnyTraining()
    {
        var folder = LabelledFolder("""{"image": "a.tif", "yard": "a-yard.geojson", "cars": [{"track": "T1", "center": [130, 42], "length_m": 15, "width_m": 3}]}""");
        var output = OutDir();

        var (code, stderr) = await Run("calibrate", "--train-labelled", folder, "--out", output);

        Assert.That(code, Is.EqualTo(65));
        Assert.That(stderr, Does.Contain(Path.Combine(folder, "a.labels.json") + ": cars[0].visible is missing"));
        Assert.That(Directory.Exists(output), Is.False, "nothing written");
    }

    [Test]
    public async Task Calibrate_LabelledImageMissing_Exits65NamingLabelAndImage()
    {
        var folder = LabelledFolder("""{"image": "a.tif", "yard": "a-yard.geojson", "cars": []}""");

        var (code, stderr) = await Run("calibrate", "--train-labelled", folder, "--out", OutDir());

        Assert.That(code, Is.EqualTo(65));
        Assert.That(stderr, Does.Contain($"a.labels.json: image {Path.Combine(folder, "a.tif")} not found"));
    }

    [Test]
    public async Task Calibrate_LabelledImageUnreadable_Exits65BeforeAnyTraining()
    {
        var folder = LabelledFolder("""{"image": "a.tif", "yard": "a-yard.geojson", "cars": []}""");
        File.WriteAllText(Path.Combine(folder, "a.tif"), "not an image");
        var output = OutDir();

        var (code, stderr) = await Run("calibrate", "--train-labelled", folder, "--out", output);

        Assert.That(code, Is.EqualTo(65));
        Assert.That(stderr, Does.Contain(Path.Combine(folder, "a.tif")));
        Assert.That(Directory.Exists(output), Is.False, "nothing written");
    }

    /// <summary>A folder holding one label file, a.labels.json, and nothing else.</summary>
    private string LabelledFolder(string label)
    {
        var folder = temp.Create();
        File.WriteAllText(Path.Combine(folder, "a.labels.json"), label);
        return folder;
    }

    private string OutDir() => temp.Reserve();

    private static async Task<(int Code, string Stderr)> Run(params string[] args)
    {
        var console = new TestConsole();
        var error = new StringWriter();
        var code = await RailWatchApp.RunAsync(args, new CliEnvironment(console, error, TimeProvider.System));
        return (code, error.ToString() + console.Output);
    }
}
