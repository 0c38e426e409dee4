namespace RailWatch.Stats.Evaluation;

/// <summary>
/// Scores flags against labelled events. An increase (spike or sustained rise) is detected when a flag falls on
/// a date within its window [start, end]; it is observable when at least one observation falls there, and recall
/// is over observable events. Delay is the days from the event's start to its first flag (including the wait for
/// the first clear pass); delay from the first observation is the days from the first observation in the window. A flag inside an increase's
/// window is true; a flag within the grace days after an increase is neither; every other flag in the evaluation
/// year — including those during decreases — is a false alarm. Precision is true / (true + false).
/// </summary>
public static class BenchmarkScorer
{
    public const int GraceDays = 7;

    public static BenchmarkScore Score(
        string method,
        SyntheticSeries series,
        IEnumerable<(string YardId, DateOnly Date)> flags)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(flags);
        var o = series.Options;
        var evaluationStart = o.Start.AddDays(o.BurnInDays);
        var end = o.Start.AddDays(o.Days - 1);
        var eventsByYard = series.Events.GroupBy(e => e.YardId).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var observed = series.Observations
            .Where(x => x.Count is not null)
            .Select(x => (x.YardId, Date: DateOnly.FromDateTime(x.Acquired.UtcDateTime)))
            .ToHashSet();
        var firstFlag = new Dictionary<LabelledEvent, DateOnly>();
        int trueFlags = 0, falseFlags = 0, burnIn = 0, duringDecrease = 0;
        foreach (var (yard, date) in flags.Distinct())
        {
            if (date < evaluationStart)
            {
                burnIn++;
                continue;
            }

            if (date > end)
            {
                continue;
            }

            var yardEvents = eventsByYard.TryGetValue(yard, out var list) ? list : [];
            var hit = yardEvents.Find(e => e.Kind != EventKind.Decrease && date >= e.Start && date <= e.End);
            if (hit is not null)
            {
                trueFlags++;
                if (!firstFlag.TryGetValue(hit, out var first) || date < first)
                {
                    firstFlag[hit] = date;
                }

                continue;
            }

            if (yardEvents.Exists(e => e.Kind != EventKind.Decrease && date > e.End && date <= e.End.AddDays(GraceDays)))
            {
                continue;
            }

            if (yardEvents.Exists(e => e.Kind == EventKind.Decrease && date >= e.Start && date <= e.End.AddDays(GraceDays)))
            {
                duringDecrease++;
            }

            falseFlags++;
        }

        DateOnly? FirstObserved(LabelledEvent e)
        {
            for (var d = e.Start; d <= e.End; d = d.AddDays(1))
            {
                if (observed.Contains((e.YardId, d)))
                {
                    return d;
                }
            }

            return null;
        }

        bool Observable(LabelledEvent e) => FirstObserved(e) is not null;

        int ObservationsUpTo(LabelledEvent e, DateOnly last)
        {
            var n = 0;
            for (var d = e.Start; d <= last; d = d.AddDays(1))
            {
                n += observed.Contains((e.YardId, d)) ? 1 : 0;
            }

            return n;
        }

        var spikes = series.Events.Where(e => e.Kind == EventKind.Spike).ToList();
        var rises = series.Events.Where(e => e.Kind == EventKind.Sustained).ToList();
        var spikesObservable = spikes.Where(Observable).ToList();
        var risesObservable = rises.Where(Observable).ToList();
        var spikeDelays = spikesObservable.Where(firstFlag.ContainsKey).Select(e => (double)(firstFlag[e].DayNumber - e.Start.DayNumber)).ToList();
        var risesDetected = risesObservable.Where(firstFlag.ContainsKey).ToList();
        var riseDelays = risesDetected.Select(e => (double)(firstFlag[e].DayNumber - e.Start.DayNumber)).ToList();
        var riseDelaysFromObservation = risesDetected.Select(e => (double)(firstFlag[e].DayNumber - FirstObserved(e)!.Value.DayNumber)).ToList();
        var riseObservationsToFlag = risesDetected.Select(e => (double)ObservationsUpTo(e, firstFlag[e])).ToList();
        var riseWaits = risesObservable.Select(e => (double)(FirstObserved(e)!.Value.DayNumber - e.Start.DayNumber)).ToList();
        var yardYearsEvaluated = o.Yards * (o.Days - o.BurnInDays) / 365.25;
        var yardYearsBurnIn = o.Yards * o.BurnInDays / 365.25;
        return new BenchmarkScore
        {
            Method = method,
            SpikesTotal = spikes.Count,
            RisesTotal = rises.Count,
            SpikesObservable = spikesObservable.Count,
            RisesObservable = risesObservable.Count,
            SpikesDetected = spikeDelays.Count,
            RisesDetected = riseDelays.Count,
            SpikeRecall = Ratio(spikeDelays.Count, spikesObservable.Count),
            RiseRecall = Ratio(riseDelays.Count, risesObservable.Count),
            MedianSpikeDelayDays = Median(spikeDelays),
            MedianRiseDelayDays = Median(riseDelays),
            MedianRiseDelayFromFirstObservationDays = Median(riseDelaysFromObservation),
            MedianRiseObservationsToFlag = Median(riseObservationsToFlag),
            MedianRiseWaitDays = Median(riseWaits),
            RisesFlaggedWithinThreeDays = riseDelays.Count(d => d <= 3),
            FalseAlarmsPerYardYear = falseFlags / yardYearsEvaluated,
            BurnInFalseAlarmsPerYardYear = yardYearsBurnIn > 0 ? burnIn / yardYearsBurnIn : double.NaN,
            FlagsDuringDecreases = duringDecrease,
            Precision = Ratio(trueFlags, trueFlags + falseFlags),
            TrueFlags = trueFlags,
            FalseFlags = falseFlags,
        };
    }

    private static double Ratio(int a, int b) => b == 0 ? double.NaN : a / (double)b;

    private static double Median(List<double> values)
    {
        if (values.Count == 0)
        {
            return double.NaN;
        }

        values.Sort();
        var n = values.Count;
        return n % 2 == 1 ? values[n / 2] : (values[(n / 2) - 1] + values[n / 2]) / 2;
    }
}
