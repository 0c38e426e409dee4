using System.Globalization;
using RailWatch.Core.Flags;
using RailWatch.Stats.Evaluation;

/// <summary>
/// Which sustained rises and spikes a detector misses, broken down by the event's size, length, observations inside
/// its window and the yard's overdispersion and counter noise; where its delay goes; which flags are false.
/// </summary>
internal static class MissAnalysis
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    public static void Print(SyntheticSeries series, IReadOnlyList<Flag> flags)
    {
        var yards = series.Yards.ToDictionary(y => y.YardId, StringComparer.Ordinal);
        var obsByYard = series.Observations.Where(o => o.Count is not null).GroupBy(o => o.YardId)
            .ToDictionary(g => g.Key, g => g.Select(o => DateOnly.FromDateTime(o.Acquired.UtcDateTime)).Order().ToList(), StringComparer.Ordinal);
        var flagsByYard = flags.GroupBy(f => f.YardId)
            .ToDictionary(g => g.Key, g => g.Select(f => (Date: DateOnly.FromDateTime(f.Acquired.UtcDateTime), f.Kind)).OrderBy(f => f.Date).ToList(), StringComparer.Ordinal);
        foreach (var kind in new[] { EventKind.Sustained, EventKind.Spike })
        {
            var rows = new List<Row>();
            foreach (var e in series.Events.Where(e => e.Kind == kind))
            {
                var inside = obsByYard.GetValueOrDefault(e.YardId, []).Where(d => d >= e.Start && d <= e.End).ToList();
                if (inside.Count == 0)
                {
                    continue;
                }

                var hit = flagsByYard.GetValueOrDefault(e.YardId, []).Where(f => f.Date >= e.Start && f.Date <= e.End).ToList();
                var y = yards[e.YardId];
                rows.Add(new Row(e, y, inside.Count, inside[0].DayNumber - e.Start.DayNumber, hit.Count > 0 ? hit[0].Date.DayNumber - inside[0].DayNumber : -1,
                    hit.Count > 0 ? inside.Count(d => d <= hit[0].Date) : 0, hit.Count > 0 ? hit[0].Kind.ToString() : "-"));
            }

            Console.WriteLine(string.Create(C, $"## {kind}: {rows.Count} observable, recall {rows.Count(r => r.Hit) / (double)rows.Count:0.000}"));
            Bin(rows, "factor", r => r.Event.Factor, [1.5, 1.75, 2, 2.5, 3, 3.5, 4.01]);
            Bin(rows, "obs inside", r => r.Inside, [1, 2, 3, 5, 9, 100]);
            Bin(rows, "length d", r => r.Event.End.DayNumber - r.Event.Start.DayNumber + 1, [1, 7, 15, 30, 61]);
            Bin(rows, "NB size", r => r.Yard.Size, [4, 8, 16, 41]);
            Bin(rows, "base mean", r => r.Yard.BaseMean, [5, 15, 50, 151]);
            Bin(rows, "counter q", r => r.Yard.CounterQuality, [0.03, 0.07, 0.11, 0.151]);
            Bin(rows, "revisit", r => r.Yard.RevisitDays, [1, 2, 4, 8]);
            // Standardised excess of one observation: (κ−1)μ / sd(NB at μ), the signal a single count carries.
            Bin(rows, "1-obs z", r => (r.Event.Factor - 1) * r.Yard.BaseMean / Math.Sqrt(r.Yard.BaseMean + (r.Yard.BaseMean * r.Yard.BaseMean / r.Yard.Size)), [0, 1, 1.5, 2, 3, 100]);
            var hits = rows.Where(r => r.Hit).ToList();
            if (hits.Count > 0)
            {
                Console.WriteLine(string.Create(C,
                    $"delay split over detected: wait for first obs median {Median(hits.Select(r => (double)r.Wait))} d, first obs→flag median {Median(hits.Select(r => (double)r.FromFirst))} d, obs to flag median {Median(hits.Select(r => (double)r.ObsToFlag))}; flagged first on obs #1: {hits.Count(r => r.ObsToFlag == 1) / (double)hits.Count:0.00}; by kind {string.Join(", ", hits.GroupBy(r => r.FirstKind).Select(g => $"{g.Key} {g.Count()}"))}"));
                Console.WriteLine(string.Create(C, $"all observable: wait for first obs median {Median(rows.Select(r => (double)r.Wait))} d"));
            }

            Console.WriteLine();
        }

        var evalStart = series.Options.Start.AddDays(series.Options.BurnInDays);
        var events = series.Events.GroupBy(e => e.YardId).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var falseFlags = flags.Where(f => DateOnly.FromDateTime(f.Acquired.UtcDateTime) >= evalStart)
            .Where(f =>
            {
                var d = DateOnly.FromDateTime(f.Acquired.UtcDateTime);
                return !events.GetValueOrDefault(f.YardId, []).Exists(e => e.Kind != EventKind.Decrease && d >= e.Start && d <= e.End.AddDays(BenchmarkScorer.GraceDays));
            }).ToList();
        Console.WriteLine("false flags by method/kind: " + string.Join(", ", falseFlags.GroupBy(f => f.Method + "/" + f.Kind).Select(g => $"{g.Key} {g.Count()}")));
        void FaBin(string name, Func<SyntheticYard, double> key, double[] edges)
        {
            var parts = new List<string>();
            for (var i = 0; i + 1 < edges.Length; i++)
            {
                var ys = series.Yards.Where(y => key(y) >= edges[i] && key(y) < edges[i + 1]).Select(y => y.YardId).ToHashSet(StringComparer.Ordinal);
                var n = falseFlags.Count(f => ys.Contains(f.YardId));
                parts.Add(string.Create(C, $"[{edges[i]:0.##},{edges[i + 1]:0.##}) {n / (double)Math.Max(1, ys.Count):0.00} (yards={ys.Count})"));
            }

            Console.WriteLine($"  FA/yard-yr by {name,-9}: {string.Join("  ", parts)}");
        }

        FaBin("NB size", y => y.Size, [4, 8, 16, 41]);
        FaBin("revisit", y => y.RevisitDays, [1, 2, 4, 8]);
        FaBin("counter q", y => y.CounterQuality, [0.03, 0.07, 0.11, 0.151]);
        FaBin("mean", y => y.BaseMean, [5, 15, 50, 151]);
    }

    /// <summary>Share of in-control observations (no event within 7 days, past cold start) whose spike p-value is below each level.</summary>
    public static void Calibration(SyntheticSeries series, IReadOnlyList<RailWatch.Stats.BaselinePoint> baseline)
    {
        var events = series.Events.GroupBy(e => e.YardId).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var p = baseline.Where(b => !b.ColdStart && !double.IsNaN(b.Expected))
            .Where(b =>
            {
                var d = DateOnly.FromDateTime(b.Acquired.UtcDateTime);
                return !events.GetValueOrDefault(b.YardId, []).Exists(e => d >= e.Start && d <= e.End.AddDays(BenchmarkScorer.GraceDays));
            })
            .Select(b => b.PValue).ToList();
        Console.WriteLine(string.Create(C,
            $"in-control calibration (n={p.Count}): P(p<=0.1) {p.Count(x => x <= 0.1) / (double)p.Count:0.0000}  P(p<=0.01) {p.Count(x => x <= 0.01) / (double)p.Count:0.0000}  P(p<=0.001) {p.Count(x => x <= 0.001) / (double)p.Count:0.00000}"));
        var sizes = series.Yards.ToDictionary(y => y.YardId, y => y.Size, StringComparer.Ordinal);
        // The generator's in-control mean of each observation (scaled to its observed part), to see how far the learnt
        // expected count is from the truth: the part of the gap to the oracle that no choice of test can close.
        var truth = new Dictionary<(string, DateTimeOffset), double>();
        for (var j = 0; j < series.Observations.Count; j++)
        {
            var o = series.Observations[j];
            truth[(o.YardId, o.Acquired)] = series.InControlMeans[j] * o.ObservedFraction;
        }

        double[] edges = [4, 8, 16, 41];
        var evaluationStart = series.Options.Start.AddDays(series.Options.BurnInDays);
        var burnInHalf = series.Options.Start.AddDays(series.Options.BurnInDays / 2);
        for (var i = 0; i + 1 < edges.Length; i++)
        {
            // Second half of the burn-in year only: no event has happened yet, so no aftermath of one either.
            var points = baseline.Where(b => !b.ColdStart && !double.IsNaN(b.Expected) && sizes[b.YardId] >= edges[i] && sizes[b.YardId] < edges[i + 1])
                .Where(b => DateOnly.FromDateTime(b.Acquired.UtcDateTime) is var d && d >= burnInHalf && d < evaluationStart)
                .ToList();
            var bias = points.Sum(b => b.Count!.Value - b.Expected) / points.Sum(b => b.Expected);
            var logError = points.Select(b => Math.Log(b.Expected / truth[(b.YardId, b.Acquired)])).ToList();
            var meanLogError = logError.Average();
            var sdLogError = Math.Sqrt(logError.Average(e => (e - meanLogError) * (e - meanLogError)));
            var q = points.Select(b => b.PValue).ToList();
            Console.WriteLine(string.Create(C,
                $"  second half of burn-in, NB size [{edges[i]},{edges[i + 1]}) (n={q.Count}): bias of expected {bias:+0.000;−0.000}  ln(expected / true mean) {meanLogError:+0.000;−0.000} ± {sdLogError:0.000}  P(p<=0.1) {q.Count(x => x <= 0.1) / (double)q.Count:0.0000}  P(p<=0.01) {q.Count(x => x <= 0.01) / (double)q.Count:0.0000}  P(p<=0.001) {q.Count(x => x <= 0.001) / (double)q.Count:0.00000}"));
        }
    }

    private static void Bin(List<Row> rows, string name, Func<Row, double> key, double[] edges)
    {
        var parts = new List<string>();
        for (var i = 0; i + 1 < edges.Length; i++)
        {
            var inBin = rows.Where(r => key(r) >= edges[i] && key(r) < edges[i + 1]).ToList();
            if (inBin.Count > 0)
            {
                parts.Add(string.Create(C, $"[{edges[i]:0.##},{edges[i + 1]:0.##}) {inBin.Count(r => r.Hit) / (double)inBin.Count:0.00} (n={inBin.Count})"));
            }
        }

        Console.WriteLine($"  {name,-11}: {string.Join("  ", parts)}");
    }

    private static double Median(IEnumerable<double> values)
    {
        var v = values.Order().ToList();
        return v.Count == 0 ? double.NaN : v.Count % 2 == 1 ? v[v.Count / 2] : (v[(v.Count / 2) - 1] + v[v.Count / 2]) / 2;
    }

    private sealed record Row(LabelledEvent Event, SyntheticYard Yard, int Inside, int Wait, int FromFirst, int ObsToFlag, string FirstKind)
    {
        public bool Hit => FromFirst >= 0;
    }
}
