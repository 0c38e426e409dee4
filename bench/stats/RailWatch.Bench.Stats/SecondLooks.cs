using MathNet.Numerics.Distributions;
using RailWatch.Core.Flags;
using RailWatch.Stats.Evaluation;

/// <summary>
/// A fault the benchmark's series do not have: overlapping scenes of one pass. A share of the observations get a
/// second look 1–20 minutes later that saw less or more of the yard (observed fraction × 0.5–1.5, at most 1; its count
/// scaled alike) and was counted with its own counter noise (SD 0.5 + 5% of the count). Deterministic in the seed.
/// </summary>
internal static class SecondLooks
{
    public static SyntheticSeries Add(SyntheticSeries series, double share, int seed)
    {
        var rng = new Random(seed * 31 + 7);
        var observations = new List<CountObservation>(series.Observations.Count * 2);
        foreach (var o in series.Observations)
        {
            observations.Add(o);
            if (o.Count is not { } count || rng.NextDouble() >= share)
            {
                continue;
            }

            var part = Math.Min(1 / o.ObservedFraction, 0.5 + rng.NextDouble());
            var second = Math.Max(0, (int)Math.Round((count * part) + Normal.Sample(rng, 0, 0.5 + (0.05 * count))));
            observations.Add(new CountObservation(o.YardId, o.Acquired.AddMinutes(1 + rng.Next(20)), second)
            {
                ObservedFraction = o.ObservedFraction * part,
                Low = o.Low is { } low ? Math.Min(second, (int)Math.Floor(low * part)) : null,
                High = o.High is { } high ? Math.Max(second, (int)Math.Ceiling(high * part)) : null,
            });
        }

        return series with { Observations = observations };
    }
}
