namespace RailWatch.Synth;

/// <summary>One planned (and, once written, rendered) scene of a series.</summary>
public sealed record SeriesEntry
{
    public required string File { get; init; }

    public required DateTimeOffset Acquired { get; init; }

    public required string SensorName { get; init; }

    public required SceneOptions Options { get; init; }

    /// <summary>Cars the script puts in the yard that day.</summary>
    public required int PlannedCars { get; init; }

    public bool InSurge { get; init; }

    /// <summary>Cars actually placed (fewer than planned only when the yard is full).</summary>
    public int? TotalCount { get; init; }

    public int? VisibleCount { get; init; }

    public double? ObservedFraction { get; init; }

    public double? CloudFraction { get; init; }
}
