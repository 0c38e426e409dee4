namespace RailWatch.AltScenes.Bench.Scenes;

/// <summary>The draws scene planning needs, on a seeded <see cref="Random"/>.</summary>
internal static class RandomDraws
{
    /// <summary>
    /// An independent, reproducible stream for one purpose of one seed. The seed is mixed first: System.Random's
    /// first draws from nearby seeds are correlated.
    /// </summary>
    public static Random Stream(int seed, int purpose)
    {
        unchecked
        {
            var z = ((ulong)(uint)seed << 32) + (uint)purpose + 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return new Random((int)((z ^ (z >> 31)) & 0x7FFFFFFF));
        }
    }

    public static double Uniform(this Random rng, double low, double high) => low + (rng.NextDouble() * (high - low));

    public static float UniformF(this Random rng, double low, double high) => (float)rng.Uniform(low, high);

    public static bool Chance(this Random rng, double probability) => rng.NextDouble() < probability;

    public static T Pick<T>(this Random rng, IReadOnlyList<T> items) => items[rng.Next(items.Count)];

    public static double Normal(this Random rng, double mean, double sd)
    {
        var u1 = 1.0 - rng.NextDouble();
        var u2 = rng.NextDouble();
        return mean + (sd * Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2));
    }

    /// <summary>An item chosen with the given relative weights.</summary>
    public static T Weighted<T>(this Random rng, IReadOnlyList<(T Item, double Weight)> choices)
    {
        var total = choices.Sum(c => c.Weight);
        var x = rng.NextDouble() * total;
        foreach (var (item, weight) in choices)
        {
            x -= weight;
            if (x < 0)
            {
                return item;
            }
        }

        return choices[^1].Item;
    }
}
