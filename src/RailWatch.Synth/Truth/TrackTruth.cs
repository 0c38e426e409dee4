namespace RailWatch.Synth;

/// <summary>The cars on one track of the yard and how much of the track the scene shows.</summary>
public sealed record TrackTruth
{
    public required string Id { get; init; }

    /// <summary>Fraction of the track's centre line inside the data and not under opaque cloud.</summary>
    public required double ObservedFraction { get; init; }

    public required IReadOnlyList<CarTruth> Cars { get; init; }

    public int VisibleCount => Cars.Count(c => c.Visible);
}
