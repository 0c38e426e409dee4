using RailWatch.Cli.Infrastructure;
using Spectre.Console.Testing;

namespace RailWatch.Cli.Tests.Commands.Calibrate;

/// <summary>The seed checks run before any scene is rendered, so these cost nothing.</summary>
public class CalibrateCommandTests
{
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

    private static string OutDir() => Path.Combine(Path.GetTempPath(), $"rw-calibrate-{Guid.NewGuid():N}");

    private static async Task<(int Code, string Stderr)> Run(params string[] args)
    {
        var console = new TestConsole();
        var error = new StringWriter();
        var code = await RailWatchApp.RunAsync(args, new CliEnvironment(console, error, TimeProvider.System));
        return (code, error.ToString() + console.Output);
    }
}
