using MathNet.Numerics;
using RailWatch.Stats.Evaluation;

/// <summary>
/// The same spike test and κ-CUSUM as the detector, but against the generator's true in-control distribution
/// (true mean, NB size, counter noise): no baseline to estimate, so nothing learnt from a rise. It bounds what
/// this family of tests can reach on the benchmark at a given false-alarm rate (no BH step across yards).
/// </summary>
internal static class Oracle
{
    /// <summary>The oracle's flags; the generator writes each yard's observations together and in time order.</summary>
    public static List<(string YardId, DateOnly Date)> Flags(SyntheticSeries series, double spikeRate, double cusumRate, double shift)
    {
        var yards = series.Yards.ToDictionary(y => y.YardId, StringComparer.Ordinal);
        var flags = new List<(string, DateOnly)>();
        var years = series.Options.Days / 365.2425;
        var obs = series.Observations;
        var i = 0;
        while (i < obs.Count)
        {
            var id = obs[i].YardId;
            var end = i;
            while (end < obs.Count && obs[end].YardId == id)
            {
                end++;
            }

            var seen = 0;
            for (var j = i; j < end; j++)
            {
                seen += obs[j].Count is null ? 0 : 1;
            }

            var perYear = seen / years;
            var alpha = Math.Min(0.02, spikeRate / perYear);
            var h = Math.Max(2.0, Math.Log(perYear / cusumRate));
            var y = yards[id];
            double s = 0, runExcess = 0;
            var run = 0;
            for (var j = i; j < end; j++)
            {
                var o = obs[j];
                if (o.Count is not { } count)
                {
                    continue;
                }

                var mu = series.InControlMeans[j] * o.ObservedFraction;
                var sd = 0.5 + (y.CounterQuality * mu);
                var variance = mu + (mu * mu / y.Size) + (sd * sd);
                var r = mu * mu / Math.Max(variance - mu, 1e-9);
                var date = DateOnly.FromDateTime(o.Acquired.UtcDateTime);
                var flagged = false;
                var llr = (count * Math.Log(shift)) - ((count + r) * Math.Log((r + (shift * mu)) / (r + mu)));
                s = Math.Max(0, s + Math.Min(llr, h / 2));
                if (s == 0)
                {
                    run = 0;
                    runExcess = 0;
                }
                else
                {
                    run++;
                    runExcess += count - mu;
                    if (s >= h && run >= 2 && runExcess >= 6 && count > mu)
                    {
                        flagged = true;
                        s = 0;
                        run = 0;
                        runExcess = 0;
                    }
                }

                if (!flagged && count >= mu + 3)
                {
                    var q = mu / (r + mu);
                    var p = SpecialFunctions.BetaRegularized(count, r, q);
                    flagged = p <= alpha;
                }

                if (flagged)
                {
                    flags.Add((id, date));
                }
            }

            i = end;
        }

        return flags;
    }
}
