namespace RailWatch.Core.Flags;

/// <summary>One point of a yard's count series, as the statistics see it.</summary>
public sealed record CountObservation(string YardId, DateTimeOffset Acquired, int? Count)
{
    public int? Low { get; init; }

    public int? High { get; init; }

    public double ObservedFraction { get; init; } = 1.0;

    /// <summary>
    /// Which kind of look the count came from (a sensor, a resolution class such as "3 m"), where a yard is watched
    /// by several whose counts differ in noise or bias; null where there is one kind. The baseline learns how the
    /// counter's interval grows with the count for each source on its own.
    /// </summary>
    public string? Source { get; init; }
}
