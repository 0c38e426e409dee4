using RailWatch.Core.Errors;
using RailWatch.Vision.Model;
using RailWatch.Vision.Tests.Support;

namespace RailWatch.Vision.Tests.Model;

public class SampleForestTests
{
    private static (float[] Rows, float[] Targets) Separable(int n, int features)
    {
        var random = new Random(5);
        var rows = new float[n * features];
        var targets = new float[n];
        for (var i = 0; i < n; i++)
        {
            for (var k = 0; k < features; k++)
            {
                rows[(i * features) + k] = (float)random.NextDouble();
            }

            targets[i] = rows[i * features] > 0.5f ? 1 : 0;
        }

        return (rows, targets);
    }

    [Test]
    public void TrainSaveLoad_SeparableFeature_PredictsProbabilitiesOnBothSides()
    {
        var (rows, targets) = Separable(2000, 4);
        var path = Path.Combine(Path.GetTempPath(), $"rw-forest-{Guid.NewGuid():N}.yml.gz");
        try
        {
            using (var forest = SampleForest.Train(rows, targets, 4, trees: 8, maxDepth: 6))
            {
                forest.Save(path);
            }

            using var loaded = SampleForest.Load(path, 4);
            var p = loaded.Predict([0.9f, 0.5f, 0.5f, 0.5f, 0.1f, 0.5f, 0.5f, 0.5f]);

            Assert.That(p[0], Is.GreaterThan(0.8f));
            Assert.That(p[1], Is.LessThan(0.2f));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void Predict_ValuesOnAndBetweenSplitThresholds_IsBitwiseOpenCvsPrediction()
    {
        // Training values on a 0.25 grid put OpenCV's thresholds halfway between them; the rows below take every
        // multiple of 0.125, so they fall on thresholds as well as on both sides of them.
        const int features = 3;
        var random = new Random(11);
        var n = 3000;
        var rows = new float[n * features];
        var targets = new float[n];
        for (var i = 0; i < n; i++)
        {
            for (var k = 0; k < features; k++)
            {
                rows[(i * features) + k] = random.Next(5) * 0.25f;
            }

            targets[i] = (rows[i * features] + rows[(i * features) + 1] > 1f ? 0.8f : 0.1f) + ((float)random.NextDouble() * 0.1f);
        }

        using var forest = SampleForest.Train(rows, targets, features, trees: 12, maxDepth: 8);
        var grid = new List<float>();
        for (var a = 0; a <= 8; a++)
        {
            for (var b = 0; b <= 8; b++)
            {
                for (var c = 0; c <= 8; c++)
                {
                    grid.AddRange([a * 0.125f, b * 0.125f, c * 0.125f]);
                }
            }
        }

        AssertSameAsOpenCv(forest, grid.ToArray());
    }

    [Test]
    public void Predict_ShippedModelsForests_IsBitwiseOpenCvsPrediction()
    {
        var classifiers = OccupancyClassifiers.For(ShippedModel.Current);
        Assert.That(classifiers, Is.Not.Null, "the shipped model has trained classifiers");
        var forests = new[] { classifiers!.Occupancy, classifiers.Boundary, classifiers.Verifier, classifiers.OccupancyAt(10), classifiers.CoarseTracks }
            .OfType<SampleForest>()
            .ToList();
        var random = new Random(3);
        foreach (var forest in forests)
        {
            var rows = new float[2000 * forest.FeatureCount];
            for (var i = 0; i < rows.Length; i++)
            {
                // Spread like the features' own scales (tones in units of the scene's spread, ratios, metres).
                rows[i] = (float)(Math.Tan((random.NextDouble() - 0.5) * 2.8) * 1.5);
            }

            AssertSameAsOpenCv(forest, rows);
        }
    }

    private static void AssertSameAsOpenCv(SampleForest forest, float[] rows)
    {
        using var openCv = forest.AsOpenCv();
        var expected = openCv.Predict(rows);
        var actual = forest.PredictUnclamped(rows);

        Assert.That(actual.Select(BitConverter.SingleToInt32Bits), Is.EqualTo(expected.Select(BitConverter.SingleToInt32Bits)));
    }

    [Test]
    public void Load_WrongFeatureCount_ThrowsBadDataNamingFile()
    {
        var (rows, targets) = Separable(200, 3);
        var path = Path.Combine(Path.GetTempPath(), $"rw-forest-{Guid.NewGuid():N}.yml.gz");
        try
        {
            using (var forest = SampleForest.Train(rows, targets, 3, trees: 2, maxDepth: 3))
            {
                forest.Save(path);
            }

            Assert.That(() => SampleForest.Load(path, 5), Throws.TypeOf<BadDataException>().With.Message.Contains(path).And.Message.Contains("expects 3 features"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void Load_InvertedSplit_ThrowsBadDataNamingFile()
    {
        // OpenCV writes "gt" for an inverted split; its own prediction would ignore the inversion.
        var (rows, targets) = Separable(300, 3);
        var path = Path.Combine(Path.GetTempPath(), $"rw-forest-{Guid.NewGuid():N}.yml");
        try
        {
            using (var forest = SampleForest.Train(rows, targets, 3, trees: 2, maxDepth: 3))
            {
                forest.Save(path);
            }

            var text = File.ReadAllText(path);
            var at = text.IndexOf("le:", StringComparison.Ordinal);
            Assert.That(at, Is.GreaterThan(0), "the saved forest has an ordered split");
            File.WriteAllText(path, string.Concat(text.AsSpan(0, at), "gt:", text.AsSpan(at + 3)));

            Assert.That(() => SampleForest.Load(path, 3), Throws.TypeOf<BadDataException>().With.Message.Contains(path).And.Message.Contains("inverted split"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void Load_NotAForest_ThrowsBadDataNamingFile()
    {
        var path = Path.Combine(Path.GetTempPath(), $"rw-forest-{Guid.NewGuid():N}.yml");
        File.WriteAllText(path, "%YAML:1.0\nsomething: else\n");
        try
        {
            Assert.That(() => SampleForest.Load(path, 5), Throws.TypeOf<BadDataException>().With.Message.Contains(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [TestCase("train_neutral_probability")]
    [TestCase("strip_smoothing_metres")]
    public void CounterModel_SettingOutOfRange_IsBadDataNamingTheField(string field)
    {
        var dir = Path.Combine(Path.GetTempPath(), $"rw-model-{Guid.NewGuid():N}");
        var path = Path.Combine(dir, CounterModel.FileName);
        var model = field == "train_neutral_probability" ? new CounterModel { TrainNeutralProbability = 0 } : new CounterModel { StripSmoothingMetres = -0.5 };
        model.Save(path);
        try
        {
            Assert.That(() => CounterModel.Load(path), Throws.TypeOf<BadDataException>().With.Message.Contains(path).And.Message.Contains(field));
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [Test]
    public void CounterModel_NamesMissingClassifier_CounterRefusesWithUsageError()
    {
        var dir = Path.Combine(Path.GetTempPath(), $"rw-model-{Guid.NewGuid():N}");
        var path = Path.Combine(dir, CounterModel.FileName);
        new CounterModel { OccupancyClassifier = "missing.yml.gz", BoundaryClassifier = "missing2.yml.gz" }.Save(path);
        try
        {
            var model = CounterModel.Load(path);

            Assert.That(() => new RailcarCounter(model), Throws.TypeOf<UsageException>().With.Message.Contains("missing.yml.gz"));
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }
}
