namespace RailWatch.Core.Counting;

/// <summary>The result of counting railcars on every track of a yard in one image.</summary>
public sealed record YardCount
{
    public required string YardId { get; init; }

    public required string Image { get; init; }

    public required double GsdMetres { get; init; }

    /// <summary>Shift (east, north) in metres that registration applied to the yard's nominal tracks.</summary>
    public required (double East, double North) ShiftMetres { get; init; }

    public required double ObservedFraction { get; init; }

    public required CountEstimate Total { get; init; }

    public required IReadOnlyList<TrackCount> Tracks { get; init; }

    /// <summary>Individual cars, where the resolution allows cars to be told apart; empty otherwise.</summary>
    public required IReadOnlyList<CarDetection> Cars { get; init; }

    public required string Algorithm { get; init; }

    public required string ModelVersion { get; init; }
}
