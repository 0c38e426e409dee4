using RailWatch.Vision.Model;
using RailWatch.Vision.Occupancy;

namespace RailWatch.Vision.Tests.Model;

public class OccupancyClassifiersTests
{
    private const string FineFile = "fine.yml.gz";
    private const string CoarseFile = "coarse.yml.gz";

    private string dir = string.Empty;

    [OneTimeSetUp]
    public void TrainTwoOppositeForests()
    {
        dir = Path.Combine(Path.GetTempPath(), $"rw-classifiers-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        Train(FineFile, carWhenHigh: true);
        Train(CoarseFile, carWhenHigh: false);
    }

    [OneTimeTearDown]
    public void Clean() => Directory.Delete(dir, recursive: true);

    [Test]
    public void OccupancyAt_ModelWithCoarseForest_UsesItOnlyAboveTheSegmentationLimit()
    {
        var model = new CounterModel { OccupancyClassifier = FineFile, BoundaryClassifier = FineFile, CoarseOccupancyClassifier = CoarseFile, Directory = dir };
        var classifiers = OccupancyClassifiers.For(model)!;

        Assert.That(CarProbabilityOfHighSample(classifiers, 0.5), Is.GreaterThan(0.65f));
        Assert.That(CarProbabilityOfHighSample(classifiers, model.MaxSegmentationGsdMetres), Is.GreaterThan(0.65f));
        Assert.That(CarProbabilityOfHighSample(classifiers, 3.0), Is.LessThan(0.35f));
    }

    [Test]
    public void OccupancyAt_ModelWithoutCoarseForest_UsesTheOneForestEverywhere()
    {
        var model = new CounterModel { OccupancyClassifier = FineFile, BoundaryClassifier = FineFile, Directory = dir };
        var classifiers = OccupancyClassifiers.For(model)!;

        Assert.That(CarProbabilityOfHighSample(classifiers, 3.0), Is.GreaterThan(0.65f));
    }

    private static float CarProbabilityOfHighSample(OccupancyClassifiers classifiers, double gsd)
    {
        var row = Enumerable.Repeat(0.5f, SampleFeatures.Count).ToArray();
        row[0] = 0.9f;
        return classifiers.OccupancyAt(gsd).Predict(row)[0];
    }

    private void Train(string file, bool carWhenHigh)
    {
        const int n = 1500;
        var random = new Random(11);
        var rows = new float[n * SampleFeatures.Count];
        var targets = new float[n];
        for (var i = 0; i < n; i++)
        {
            for (var k = 0; k < SampleFeatures.Count; k++)
            {
                rows[(i * SampleFeatures.Count) + k] = (float)random.NextDouble();
            }

            targets[i] = (rows[i * SampleFeatures.Count] > 0.5f) == carWhenHigh ? 1 : 0;
        }

        using var forest = SampleForest.Train(rows, targets, SampleFeatures.Count, trees: 8, maxDepth: 6);
        forest.Save(Path.Combine(dir, file));
    }
}
