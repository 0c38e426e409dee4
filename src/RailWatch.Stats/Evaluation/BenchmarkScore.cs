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

    public required double FalseAlarmsPerYardYear { get; init; }

    /// <summary>False alarms per yard-year during the burn-in year (cold start included).</summary>
    public required double BurnInFalseAlarmsPerYardYear { get; init; }

    public required int FlagsDuringDecreases { get; init; }

    public required double Precision { get; init; }

    public required int TrueFlags { get; init; }

    public required int FalseFlags { get; init; }
}
