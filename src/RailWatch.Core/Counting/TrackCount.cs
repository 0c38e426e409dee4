namespace RailWatch.Core.Counting;

/// <summary>The count on one track; <see cref="ObservedFraction"/> is the share of its length that was visible.</summary>
public sealed record TrackCount(string TrackId, CountEstimate Estimate, double ObservedFraction);
