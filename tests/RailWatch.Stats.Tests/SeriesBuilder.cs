using MathNet.Numerics.Distributions;
using RailWatch.Core.Flags;

namespace RailWatch.Stats.Tests;

/// <summary>Small seeded count series for the tests: negative binomial around a mean, every <c>step</c> days.</summary>
internal static class SeriesBuilder
{
    public static readonly DateTimeOffset Start = new(2022, 1, 3, 2, 0, 0, TimeSpan.Zero);

    public static List<CountObservation> Series(
        string yard, int seed, int days, Func<int, double> mean, double size = 20, int step = 3)
    {
        var rng = new Random(seed);
        var list = new List<CountObservation>();
        for (var day = 0; day < days; day += step)
        {
            var lambda = Gamma.Sample(rng, size, size / mean(day));
            list.Add(new CountObservation(yard, Start.AddDays(day), Poisson.Sample(rng, lambda)));
        }

        return list;
    }
}
