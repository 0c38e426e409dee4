using RailWatch.Vision.Calibration;
using RailWatch.Vision.Model;

namespace RailWatch.Vision.Tests.Calibration;

/// <summary>The training calls, which run for minutes, stop on a cancelled token before training and write nothing.</summary>
public sealed class TrainerCancellationTests
{
    private string directory = null!;
    private CancellationTokenSource cancelled = null!;

    [SetUp]
    public void SetUp()
    {
        directory = Directory.CreateTempSubdirectory("trainer-cancellation-").FullName;
        cancelled = new CancellationTokenSource();
        cancelled.Cancel();
    }

    [TearDown]
    public void TearDown()
    {
        cancelled.Dispose();
        Directory.Delete(directory, recursive: true);
    }

    [Test]
    public void ClassifierTrainer_TrainAndSave_Cancelled_Throws()
    {
        var model = new CounterModel();

        Assert.That(() => new ClassifierTrainer(model).TrainAndSave(model, directory, cancelled.Token), Throws.InstanceOf<OperationCanceledException>());
        Assert.That(Directory.GetFiles(directory), Is.Empty);
    }

    [Test]
    public void ClassifierTrainer_TrainOccupancyAndSave_Cancelled_Throws()
    {
        var path = Path.Combine(directory, ClassifierTrainer.CoarseOccupancyFileName);

        Assert.That(() => new ClassifierTrainer(new CounterModel()).TrainOccupancyAndSave(path, cancelled.Token), Throws.InstanceOf<OperationCanceledException>());
        Assert.That(Directory.GetFiles(directory), Is.Empty);
    }

    [Test]
    public void VerifierTrainer_TrainAndSave_Cancelled_Throws()
    {
        var model = new CounterModel();

        Assert.That(() => new VerifierTrainer(model).TrainAndSave(model, directory, cancelled.Token), Throws.InstanceOf<OperationCanceledException>());
        Assert.That(Directory.GetFiles(directory), Is.Empty);
    }

    [Test]
    public void CoarseTrackTrainer_TrainAndSave_Cancelled_Throws()
    {
        var model = new CounterModel();

        Assert.That(() => new CoarseTrackTrainer(model).TrainAndSave(model, directory, cancelled.Token), Throws.InstanceOf<OperationCanceledException>());
        Assert.That(Directory.GetFiles(directory), Is.Empty);
    }

    [Test]
    public void ForestExamples_TrainAndSave_Cancelled_ThrowsAndWritesNoForest()
    {
        var examples = new ForestExamples(featureCount: 2);
        examples.Add([0f, 1f], 0);
        examples.Add([1f, 0f], 1);
        var path = Path.Combine(directory, "forest.yml.gz");

        Assert.That(() => examples.TrainAndSave(path, trees: 4, maxDepth: 2, cancelled.Token), Throws.InstanceOf<OperationCanceledException>());
        Assert.That(File.Exists(path), Is.False);
    }
}
