namespace RailWatch.Core.Flags;

/// <summary>One point of a yard's count series, as the statistics see it.</summary>
public sealed record CountObservation(string YardId, DateTimeOffset Acquired, int? Count)
{
    public int? Low { get; init; }

    public int? High { get; init; }

    public double ObservedFraction { get; init; } = 1.0;
}
