using RailWatch.Core.Flags;
using RailWatch.Stats.Testing;

namespace RailWatch.Stats;

/// <summary>
/// Flags anomalous increases of railcar counts over each yard's own baseline, replaying the observations online:
/// night by night (UTC date), each yard's observations of the night are tested against the baseline learnt from
/// the earlier ones, the spike tests of all yards observed that night go through Benjamini–Hochberg together,
/// and then the night's counts are folded into the baselines. A flag therefore depends only on observations up to
/// and including its own night, and a replay of a series cut after any night gives exactly the flags up to then.
/// Deterministic: the same input (in any order) gives the same output.
/// </summary>
public sealed class IncreaseDetector
{
    private readonly DetectorOptions options;

    public IncreaseDetector(DetectorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        this.options = options;
    }

    public DetectorOptions Options => options;

    /// <summary>The flags over all yards' observations, in time then yard order.</summary>
    public IReadOnlyList<Flag> Evaluate(IReadOnlyList<CountObservation> allYards, CancellationToken ct = default) =>
        Run(allYards, withBaseline: false, ct).Flags;

    /// <summary>The baseline band at every observation (for drawing), with the flags.</summary>
    public DetectionResult Baseline(IReadOnlyList<CountObservation> allYards, CancellationToken ct = default) =>
        Run(allYards, withBaseline: true, ct);

    private DetectionResult Run(IReadOnlyList<CountObservation> allYards, bool withBaseline, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(allYards);
        var ordered = InTimeOrder(allYards);

        var monitors = new Dictionary<string, YardMonitor>(StringComparer.Ordinal);
        var flags = new List<Flag>();
        var baseline = withBaseline ? new List<BaselinePoint>(ordered.Length) : [];
        var night = new List<(YardMonitor Monitor, ObservationAssessment Assessment)>();
        var start = 0;
        while (start < ordered.Length)
        {
            ct.ThrowIfCancellationRequested();
            var date = DateOnly.FromDateTime(ordered[start].Acquired.UtcDateTime);
            var end = start;
            while (end < ordered.Length && DateOnly.FromDateTime(ordered[end].Acquired.UtcDateTime) == date)
            {
                end++;
            }

            RunNight(ordered.AsSpan(start, end - start), monitors, night, flags, withBaseline ? baseline : null);
            start = end;
        }

        return new DetectionResult(flags, baseline);
    }

    /// <summary>
    /// The observations in time then yard (ordinal) order. Sorted on value keys (ticks, the yard's ordinal rank) rather
    /// than with a comparison of strings: on 10,000 yards × 2 years this was a sixth of the whole run.
    /// </summary>
    private static CountObservation[] InTimeOrder(IReadOnlyList<CountObservation> allYards)
    {
        var n = allYards.Count;
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < n; i++)
        {
            var o = allYards[i] ?? throw new ArgumentException($"observation {i} is null", nameof(allYards));
            ids.Add(o.YardId);
        }

        var names = ids.ToArray();
        Array.Sort(names, StringComparer.Ordinal);
        var rank = new Dictionary<string, int>(names.Length, StringComparer.Ordinal);
        for (var i = 0; i < names.Length; i++)
        {
            rank.Add(names[i], i);
        }

        var keys = new OrderKey[n];
        for (var i = 0; i < n; i++)
        {
            var o = allYards[i];
            keys[i] = new OrderKey(o.Acquired.UtcTicks, rank[o.YardId], i);
        }

        Array.Sort(keys);
        var ordered = new CountObservation[n];
        for (var i = 0; i < n; i++)
        {
            ordered[i] = allYards[keys[i].Index];
        }

        return ordered;
    }

    private void RunNight(
        ReadOnlySpan<CountObservation> observations,
        Dictionary<string, YardMonitor> monitors,
        List<(YardMonitor Monitor, ObservationAssessment Assessment)> night,
        List<Flag> flags,
        List<BaselinePoint>? baseline)
    {
        // Looks at the same pass are one observation. A yard seen on two passes in one night is tested once per
        // pass, in time order; the second test waits for the first to be folded in, so the night runs in rounds.
        var (pending, companions) = SamePassLooks.Collapse(observations, TimeSpan.FromMinutes(options.SamePassMinutes));
        while (pending.Count > 0)
        {
            night.Clear();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var later = new List<CountObservation>();
            foreach (var o in pending)
            {
                if (!seen.Add(o.YardId))
                {
                    later.Add(o);
                    continue;
                }

                if (!monitors.TryGetValue(o.YardId, out var monitor))
                {
                    monitor = new YardMonitor(o.YardId, options);
                    monitors.Add(o.YardId, monitor);
                }

                night.Add((monitor, monitor.Assess(o)));
            }

            // Benjamini–Hochberg over the spike p-values of every yard observed and testable tonight.
            var family = new List<int>();
            for (var i = 0; i < night.Count; i++)
            {
                if (night[i].Assessment.Observed && night[i].Assessment.Testable)
                {
                    family.Add(i);
                }
            }

            var accepted = new bool[night.Count];
            if (family.Count > 0)
            {
                var reject = BenjaminiHochberg.Reject(family.ConvertAll(i => night[i].Assessment.SpikePValue), options.FalseDiscoveryRate);
                for (var j = 0; j < family.Count; j++)
                {
                    var a = night[family[j]].Assessment;
                    accepted[family[j]] = reject[j] && a.SpikePValue <= a.SpikeLevel;
                }
            }

            for (var i = 0; i < night.Count; i++)
            {
                var (monitor, assessment) = night[i];
                var flag = monitor.Commit(assessment, accepted[i]);
                if (flag is not null)
                {
                    flags.Add(flag);
                }

                baseline?.Add(monitor.Band(assessment, flag is not null));
                if (baseline is not null && companions.TryGetValue(assessment.Observation, out var looks))
                {
                    baseline.AddRange(looks.Select(look => monitor.Band(assessment with { Observation = look }, flagged: false)));
                }
            }

            pending = later;
        }
    }

    private readonly record struct OrderKey(long Ticks, int Yard, int Index) : IComparable<OrderKey>
    {
        public int CompareTo(OrderKey other)
        {
            var t = Ticks.CompareTo(other.Ticks);
            if (t != 0)
            {
                return t;
            }

            var y = Yard.CompareTo(other.Yard);
            return y != 0 ? y : Index.CompareTo(other.Index);
        }
    }
}
