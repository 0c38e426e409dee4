using RailWatch.Vision.Calibration;
using RailWatch.Vision.Model;

namespace RailWatch.Vision.Tests.Calibration;

public sealed class ForestExamplesTests
{
    [Test]
    public void Add_RowOfTheWrongWidth_IsRefused()
    {
        var examples = new ForestExamples(featureCount: 3);

        Assert.That(() => examples.Add([1f, 2f], 1), Throws.ArgumentException.With.Message.Contains("expected 3 features, got 2"));
        Assert.That(examples.Count, Is.Zero);
    }

    [Test]
    public void TrainAndSave_WritesAForestThatSeparatesWhatItLearnt()
    {
        var examples = new ForestExamples(featureCount: 2);
        for (var i = 0; i < 200; i++)
        {
            var x = i / 200f;
            examples.Add([x, 1 - x], x > 0.5f ? 1 : 0);
        }

        var path = Path.Combine(Path.GetTempPath(), $"forest-examples-{Guid.NewGuid():N}.yml.gz");
        try
        {
            examples.TrainAndSave(path, trees: 8, maxDepth: 4);
            using var forest = SampleForest.Load(path, 2);
            var p = forest.Predict([0.1f, 0.9f, 0.9f, 0.1f]);

            Assert.That(examples.Count, Is.EqualTo(200));
            Assert.That(examples.Positives, Is.EqualTo(99));
            Assert.That(p[0], Is.LessThan(0.2f));
            Assert.That(p[1], Is.GreaterThan(0.8f));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
