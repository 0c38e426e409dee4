namespace RailWatch.Core.Flags;

public enum ReviewDecision
{
    Accepted,
    Dismissed,
    NeedsMoreImagery,
}

/// <summary>An analyst's decision on a flag.</summary>
public sealed record Review(long FlagId, ReviewDecision Decision, string Reviewer, DateTimeOffset DecidedAt)
{
    public string? Note { get; init; }

    /// <summary>The analyst's own count of the scene, which replaces the counter's from then on.</summary>
    public int? CorrectedCount { get; init; }
}
