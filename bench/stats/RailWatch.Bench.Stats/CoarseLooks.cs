using MathNet.Numerics.Distributions;
using RailWatch.Core.Flags;
using RailWatch.Stats.Evaluation;

/// <summary>
/// A fault the benchmark's series do not have: a yard watched by two sensors, one of them coarse. A share of the
/// observations are coarse looks. Each is counted high by a bias of its own, drawn per yard as 0.5–3 times the yard's
/// base mean and per look as 1 ± <c>swing</c> times that (0.5–1.5 by default). Each also has more noise (SD 0.5 + 25%
/// of the count). Its interval is honest: it spans the bias, as the counter's 3 m intervals span their overcount of a
/// nearly empty yard. So a
/// detector that weighs each count by its own interval can tell the sources apart; one that assumes every count is
/// as precise as the yard's average cannot. Deterministic in the seed.
/// </summary>
internal static class CoarseLooks
{
    /// <summary>The series with a share of coarse looks; with <paramref name="labelled"/> every look names its source.</summary>
    public static SyntheticSeries Apply(SyntheticSeries series, double share, int seed, bool labelled, double swing = 0.5)
    {
        var rng = new Random((seed * 37) + 11);
        var bias = series.Yards.ToDictionary(y => y.YardId, y => y.BaseMean * (0.5 + (2.5 * rng.NextDouble())), StringComparer.Ordinal);
        var observations = new List<CountObservation>(series.Observations.Count);
        foreach (var o in series.Observations)
        {
            if (o.Count is not { } count || rng.NextDouble() >= share)
            {
                observations.Add(labelled ? o with { Source = "fine" } : o);
                continue;
            }

            var b = bias[o.YardId] * o.ObservedFraction * (1 - swing + (2 * swing * rng.NextDouble()));
            var sd = 0.5 + (0.25 * count);
            var coarse = Math.Max(0, (int)Math.Round(count + b + Normal.Sample(rng, 0, sd)));
            var half = 1.645 * (sd + b);
            observations.Add(o with
            {
                Count = coarse, Low = Math.Max(0, (int)Math.Floor(coarse - half)), High = (int)Math.Ceiling(coarse + half), Source = labelled ? "coarse" : null,
            });
        }

        return series with { Observations = observations };
    }
}
