using RailWatch.Core.Errors;
using RailWatch.Vision.Model;

namespace RailWatch.Vision.Tests.Model;

public class ForestCacheTests
{
    private const int Features = 4;

    private string folder = null!;
    private string forestFile = null!;
    private string cache = null!;

    [SetUp]
    public void CreateForestFile()
    {
        folder = Path.Combine(Path.GetTempPath(), $"rw-forest-cache-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        forestFile = Path.Combine(folder, "forest.yml.gz");
        cache = Path.Combine(folder, "cache");
        using var forest = Train(seed: 3);
        forest.Save(forestFile);
    }

    [TearDown]
    public void RemoveFolder() => Directory.Delete(folder, recursive: true);

    [Test]
    public void Load_SecondTime_ReadsTheCacheWithoutParsingAndPredictsBitwiseTheSame()
    {
        using var parsed = SampleForest.Load(forestFile, Features);
        using var first = SampleForest.Load(forestFile, Features, cache);
        var parses = 0;

        var second = ForestCache.Load(forestFile, Features, cache, () =>
        {
            parses++;
            throw new InvalidOperationException("the cache should have answered");
        });

        var rows = Rows(500, seed: 9);
        Assert.Multiple(() =>
        {
            Assert.That(parses, Is.Zero);
            Assert.That(Directory.GetFiles(Path.Combine(cache, "forests")), Has.Length.EqualTo(1));
            Assert.That(Bits(second.Predict(rows, Features)), Is.EqualTo(Bits(parsed.PredictUnclamped(rows))));
            Assert.That(Bits(first.PredictUnclamped(rows)), Is.EqualTo(Bits(parsed.PredictUnclamped(rows))));
        });
    }

    [Test]
    public void Load_ForestFileReplaced_DoesNotUseTheEntryOfTheOldBytes()
    {
        using (SampleForest.Load(forestFile, Features, cache))
        {
        }

        using (var other = Train(seed: 4))
        {
            other.Save(forestFile);
        }

        using var expected = SampleForest.Load(forestFile, Features);
        using var loaded = SampleForest.Load(forestFile, Features, cache);

        var rows = Rows(500, seed: 10);
        Assert.Multiple(() =>
        {
            Assert.That(Bits(loaded.PredictUnclamped(rows)), Is.EqualTo(Bits(expected.PredictUnclamped(rows))));
            Assert.That(Directory.GetFiles(Path.Combine(cache, "forests")), Has.Length.EqualTo(2));
        });
    }

    [Test]
    public void Load_TruncatedEntry_ParsesTheForestAgainAndRewritesIt()
    {
        using (SampleForest.Load(forestFile, Features, cache))
        {
        }

        var entry = Directory.GetFiles(Path.Combine(cache, "forests")).Single();
        var whole = File.ReadAllBytes(entry);
        File.WriteAllBytes(entry, whole[..(whole.Length / 2)]);

        using var expected = SampleForest.Load(forestFile, Features);
        using var loaded = SampleForest.Load(forestFile, Features, cache);

        var rows = Rows(300, seed: 11);
        Assert.Multiple(() =>
        {
            Assert.That(Bits(loaded.PredictUnclamped(rows)), Is.EqualTo(Bits(expected.PredictUnclamped(rows))));
            Assert.That(File.ReadAllBytes(entry), Is.EqualTo(whole));
        });
    }

    [Test]
    public void Load_CacheFolderCannotBeCreated_StillLoadsTheForest()
    {
        // A file where the cache folder should be: nothing can be written under it.
        File.WriteAllText(cache, "not a folder");

        using var expected = SampleForest.Load(forestFile, Features);
        using var loaded = SampleForest.Load(forestFile, Features, cache);

        var rows = Rows(200, seed: 12);
        Assert.That(Bits(loaded.PredictUnclamped(rows)), Is.EqualTo(Bits(expected.PredictUnclamped(rows))));
    }

    [Test]
    public void Load_WrongFeatureCountWithAnEntryCached_ThrowsBadDataNamingTheForestFile()
    {
        using (SampleForest.Load(forestFile, Features, cache))
        {
        }

        Assert.That(() => SampleForest.Load(forestFile, Features + 1, cache),
            Throws.TypeOf<BadDataException>().With.Message.Contains(forestFile).And.Message.Contains($"expects {Features} features"));
    }

    [Test]
    public void ReadFrom_NotAFlatForest_ThrowsBadDataNamingTheSource()
    {
        using var stream = new MemoryStream("%YAML:1.0\nsomething: else\n"u8.ToArray());

        Assert.That(() => FlatForest.ReadFrom(stream, "some.flat"),
            Throws.TypeOf<BadDataException>().With.Message.StartsWith("some.flat: "));
    }

    private static SampleForest Train(int seed)
    {
        var random = new Random(seed);
        var rows = Rows(1500, seed);
        var targets = new float[rows.Length / Features];
        for (var i = 0; i < targets.Length; i++)
        {
            targets[i] = rows[i * Features] + (0.3f * rows[(i * Features) + 1]) > 0.6f + (0.1f * (float)random.NextDouble()) ? 1 : 0;
        }

        return SampleForest.Train(rows, targets, Features, trees: 6, maxDepth: 7);
    }

    private static float[] Rows(int n, int seed)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, n * Features).Select(_ => (float)random.NextDouble()).ToArray();
    }

    private static IEnumerable<int> Bits(float[] values) => values.Select(BitConverter.SingleToInt32Bits);
}
