using System.Globalization;

namespace RailWatch.AltSeries.Bench.Yards;

/// <summary>Draws a yard's traits. Ranges are this bench's own, chosen from how yards run, not from the project's generator.</summary>
internal static class TraitDraw
{
    public static YardTraits Draw(string id, Random rng)
    {
        var usual = Math.Exp(Uniform(rng, Math.Log(3), Math.Log(250)));
        var weekday = new double[7];
        weekday[0] = Uniform(rng, 0.3, 1.0); // Sunday: fewer trains
        weekday[6] = Uniform(rng, 0.6, 1.0); // Saturday
        for (var d = 1; d <= 5; d++)
        {
            weekday[d] = Uniform(rng, 0.85, 1.15);
        }

        var mean = weekday.Average();
        for (var d = 0; d < 7; d++)
        {
            weekday[d] /= mean;
        }

        return new YardTraits
        {
            Id = id,
            UsualStock = usual,
            Capacity = (int)Math.Round((usual * Uniform(rng, 3.5, 8)) + 20),
            MeanCutSize = Math.Clamp(usual / Math.Exp(Uniform(rng, Math.Log(3), Math.Log(25))), 1, 70),
            MeanDwellDays = Uniform(rng, 1.5, 8),
            WeekdayFactors = weekday,
            Season = (rng.Next(1, 366), Uniform(rng, 25, 60), Uniform(rng, -0.3, 0.6)),
            NewYearLull = rng.NextDouble() < 0.5,
            TrendPerYear = Normal(rng) * 0.15,
            ScheduleChange = rng.NextDouble() < 0.3 ? (rng.Next(60, 300), Uniform(rng, 0.6, 1.4)) : null,
            RevisitDays = rng.Next(1, 8),
            Cloudiness = Uniform(rng, 0.3, 0.7),
            CloudiestDay = rng.Next(1, 366),
            CounterError = Uniform(rng, 0.03, 0.15),
        };
    }

    public static string YardId(int seed, int index) => string.Create(CultureInfo.InvariantCulture, $"A{seed:000}-{index:00000}");

    public static double Uniform(Random rng, double low, double high) => low + ((high - low) * rng.NextDouble());

    public static double Normal(Random rng) =>
        Math.Sqrt(-2 * Math.Log(1 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble());

    /// <summary>Gamma(shape, 1) by Marsaglia and Tsang (shape ≥ 1).</summary>
    public static double Gamma(Random rng, double shape)
    {
        var d = shape - (1.0 / 3);
        var c = 1 / Math.Sqrt(9 * d);
        while (true)
        {
            double x, v;
            do
            {
                x = Normal(rng);
                v = 1 + (c * x);
            }
            while (v <= 0);

            v = v * v * v;
            var u = rng.NextDouble();
            if (Math.Log(1 - u) < (0.5 * x * x) + (d * (1 - v + Math.Log(v))))
            {
                return d * v;
            }
        }
    }

    public static int Poisson(Random rng, double mean)
    {
        if (mean > 30)
        {
            return Math.Max(0, (int)Math.Round(mean + (Math.Sqrt(mean) * Normal(rng))));
        }

        var limit = Math.Exp(-mean);
        var k = 0;
        var p = rng.NextDouble();
        while (p > limit)
        {
            k++;
            p *= rng.NextDouble();
        }

        return k;
    }
}
