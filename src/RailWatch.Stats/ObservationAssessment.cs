using RailWatch.Core.Flags;

namespace RailWatch.Stats;

/// <summary>
/// What a yard's baseline says about one observation before it is folded in: its predictive mean, the spike
/// test's p-value and whether the spike test may flag it. Produced by <see cref="YardMonitor.Assess"/>.
/// </summary>
public sealed record ObservationAssessment
{
    public required CountObservation Observation { get; init; }

    /// <summary>False when the observation has no count (not observed) and is skipped.</summary>
    public required bool Observed { get; init; }

    /// <summary>Expected count for this observation (baseline scaled by its observed fraction); NaN before the baseline exists.</summary>
    public required double Expected { get; init; }

    /// <summary>One-sided predictive p-value P(Y ≥ count); 1 where no test was possible.</summary>
    public required double SpikePValue { get; init; }

    /// <summary>The spike level that applies (SpikeAlpha, stricter in cold start); the p-value must be at most this.</summary>
    public required double SpikeLevel { get; init; }

    /// <summary>True when the yard has enough history to test and the count exceeds the expectation by the minimum excess.</summary>
    public required bool Testable { get; init; }

    public required bool ColdStart { get; init; }

    /// <summary>Observations the baseline had seen before this one.</summary>
    public required int History { get; init; }

    internal long Sequence { get; init; }

    internal Model.Prediction Prediction { get; init; }
}
