using RailWatch.Core.Flags;

using RailWatch.Store;

namespace RailWatch.Web.Model;

/// <summary>One flag as the queue, the exports and the report list it.</summary>
public sealed record FlagSummary
{
    public required long Id { get; init; }

    public required string YardId { get; init; }

    public required string YardName { get; init; }

    public required Flag Flag { get; init; }

    public required FlagStatus Status { get; init; }

    /// <summary>Higher is more urgent; the queue sorts by it, then by date (newest first).</summary>
    public required double Severity { get; init; }

    public SceneInfo? Scene { get; init; }

    public long? ChipId { get; init; }

    /// <summary>The analyst's count of the flagged scene, when a review gave one.</summary>
    public int? CorrectedCount { get; init; }

    public Review? LatestReview { get; init; }
}
