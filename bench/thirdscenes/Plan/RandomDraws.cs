namespace RailWatch.ThirdScenes.Bench.Plan;

/// <summary>Small helpers on <see cref="Random"/>: every draw of a scene goes through one of these, in a fixed order.</summary>
internal static class RandomDraws
{
    /// <summary>An independent stream for one purpose of one seed (plan, yard, cars, site, sensor noise…).</summary>
    public static Random Stream(int seed, int purpose) => new(unchecked((seed * 7_919) + (purpose * 104_729) + 17));

    public static double Uniform(this Random random, double low, double high) => low + (random.NextDouble() * (high - low));

    public static bool Chance(this Random random, double probability) => random.NextDouble() < probability;

    public static T Pick<T>(this Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    /// <summary>A standard normal draw (Box–Muller).</summary>
    public static double Gaussian(this Random random)
    {
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    /// <summary>Picks an index with the given relative weights.</summary>
    public static int Weighted(this Random random, IReadOnlyList<double> weights)
    {
        var total = weights.Sum();
        var x = random.NextDouble() * total;
        for (var i = 0; i < weights.Count; i++)
        {
            x -= weights[i];
            if (x < 0)
            {
                return i;
            }
        }

        return weights.Count - 1;
    }
}
