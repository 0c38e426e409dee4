using RailWatch.Vision.Preprocessing;

namespace RailWatch.Vision.Tests.Preprocessing;

public class PlaneOpsTests
{
    [TestCase(1, 0.0)]
    [TestCase(2, 0.02)]
    [TestCase(3, 0.5)]
    [TestCase(4, 0.98)]
    [TestCase(5, 1.0)]
    public void Quantiles_RandomValuesWithTiesAndNaN_EqualTheSortedSample(int seed, double q)
    {
        var random = new Random(seed);
        var values = new float[50_000];
        var mask = new bool[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            // Coarse levels give many ties (as saturated or filled pixels do); some NaN; a third masked out.
            values[i] = i % 97 == 0 ? float.NaN : MathF.Round((float)random.NextDouble() * 40) / 40;
            mask[i] = random.Next(3) != 0;
        }

        var expected = SortedQuantile(values, mask, q);

        var result = PlaneOps.Quantiles(values, mask, [q, 1 - q]);

        Assert.That(result[0], Is.EqualTo(expected));
        Assert.That(result[1], Is.EqualTo(SortedQuantile(values, mask, 1 - q)));
    }

    [Test]
    public void Quantiles_MoreValuesThanSamples_UseTheSameStrideAsASortedSubsample()
    {
        var random = new Random(7);
        var values = Enumerable.Range(0, 1_000_003).Select(_ => (float)random.NextDouble()).ToArray();

        var result = PlaneOps.Quantiles(values, null, [0.001, 0.5, 0.999], maxSamples: 10_000);

        Assert.That(result, Is.EqualTo(new[] { 0.001, 0.5, 0.999 }.Select(q => SortedQuantile(values, null, q, 10_000)).ToArray()));
    }

    [Test]
    public void Quantiles_NothingSelected_GivesNaN()
    {
        var result = PlaneOps.Quantiles([1f, 2f, float.NaN], [false, false, true], [0.5, 0.9]);

        Assert.That(result, Is.All.NaN);
    }

    [Test]
    public void Select_AllEqualValues_ReturnsThatValue()
    {
        var values = Enumerable.Repeat(0.25f, 10_000).ToArray();

        Assert.That(Selection.Select(values, 4_321), Is.EqualTo(0.25f));
    }

    [Test]
    public void Select_SortedAndReversedInput_ReturnsKthSmallest()
    {
        var ascending = Enumerable.Range(0, 5_000).Select(i => (float)i).ToArray();
        var descending = ascending.Reverse().ToArray();

        Assert.That(Selection.Select(ascending, 1_234), Is.EqualTo(1_234f));
        Assert.That(Selection.Select(descending, 4_999), Is.EqualTo(4_999f));
        Assert.That(Selection.Select(descending, 0), Is.EqualTo(0f));
    }

    /// <summary>The quantile as PlaneOps computed it before selection replaced the sort.</summary>
    private static float SortedQuantile(float[] values, bool[]? where, double q, int maxSamples = 200_000)
    {
        var stride = Math.Max(1, values.Length / maxSamples);
        var list = new List<float>();
        for (var i = 0; i < values.Length; i += stride)
        {
            if ((where is null || where[i]) && float.IsFinite(values[i]))
            {
                list.Add(values[i]);
            }
        }

        if (list.Count == 0)
        {
            return float.NaN;
        }

        list.Sort();
        return list[(int)Math.Clamp(Math.Round(q * (list.Count - 1)), 0, list.Count - 1)];
    }
}
