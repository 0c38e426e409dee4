using RailWatch.Vision.Preprocessing;

namespace RailWatch.Vision.Tests.Preprocessing;

public class SelectionTests
{
    [TestCase(100)]
    [TestCase(4_095)]
    [TestCase(4_096)]
    [TestCase(60_001)]
    public void OrderStatistics_SignedValuesWithTies_EqualTheSortedValues(int length)
    {
        var random = new Random(length);

        // Both signs, magnitudes from 1e-30 to 1e30, and coarse levels that tie (saturation, fills).
        var values = Enumerable.Range(0, length).Select(i => i % 3 == 0
            ? MathF.Round((float)random.NextDouble() * 20) / 20
            : (float)((random.NextDouble() - 0.5) * Math.Pow(10, random.Next(-30, 31)))).ToArray();
        int[] ranks = [length - 1, 0, length / 2, length / 1000, length - 1 - (length / 1000), length / 2];
        var sorted = values.Order().ToArray();

        var result = Selection.OrderStatistics(values, ranks);

        Assert.That(result, Is.EqualTo(ranks.Select(k => sorted[k]).ToArray()));
    }

    [Test]
    public void OrderStatistics_LeavesTheValuesAsTheyWere()
    {
        var values = Enumerable.Range(0, 10_000).Select(i => (float)((i * 7_919) % 10_007)).ToArray();
        var before = values.ToArray();

        Selection.OrderStatistics(values, [5_000]);

        Assert.That(values, Is.EqualTo(before));
    }

    [Test]
    public void OrderStatistics_AllEqualValues_ReturnThatValue()
    {
        var values = Enumerable.Repeat(0.25f, 10_000).ToArray();

        Assert.That(Selection.OrderStatistics(values, [0, 4_321, 9_999]), Is.All.EqualTo(0.25f));
    }

    [Test]
    public void OrderStatistics_RankBeyondTheValues_Throws()
    {
        var values = new float[5_000];

        Assert.That(() => Selection.OrderStatistics(values, [5_000]), Throws.InstanceOf<ArgumentOutOfRangeException>());
    }
}
