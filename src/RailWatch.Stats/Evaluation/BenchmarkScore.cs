namespace RailWatch.Stats.Evaluation;

/// <summary>The benchmark's metrics for one method on one set of labelled series (definitions in docs/stats.md).</summary>
public sealed record BenchmarkScore
{
    public required string Method { get; init; }

    public required int SpikesObservable { get; init; }

    public required int SpikesDetected { get; init; }

    public required int RisesObservable { get; init; }

    public required int RisesDetected { get; init; }

    public required int SpikesTotal { get; init; }

    public required int RisesTotal { get; init; }

    public required double SpikeRecall { get; init; }

    public required double RiseRecall { get; init; }

    /// <summary>Median days from a sustained rise's start to its first flag, over detected rises.</summary>
    public required double MedianRiseDelayDays { get; init; }

    public required double MedianSpikeDelayDays { get; init; }

    /// <summary>
    /// Median days from the first observation inside a detected rise's window to its first flag: the part of the
    /// delay the detector controls (the rest is the wait for a clear pass, which no method can shorten).
    /// </summary>
    public required double MedianRiseDelayFromFirstObservationDays { get; init; }

    /// <summary>Median observations inside a detected rise's window up to and including the one flagged first.</summary>
    public required double MedianRiseObservationsToFlag { get; init; }

    /// <summary>Median days from an observable rise's start to its first observation: the wait no method can shorten.</summary>
    public required double MedianRiseWaitDays { get; init; }

    /// <summary>Detected rises whose first flag came at most three days after their start (the delay target).</summary>
    public required int RisesFlaggedWithinThreeDays { get; init; }

    public required double FalseAlarmsPerYardYear { get; init; }

    /// <summary>False alarms per yard-year during the burn-in year (cold start included).</summary>
    public required double BurnInFalseAlarmsPerYardYear { get; init; }

    public required int FlagsDuringDecreases { get; init; }

    public required double Precision { get; init; }

    public required int TrueFlags { get; init; }

    public required int FalseFlags { get; init; }
}
