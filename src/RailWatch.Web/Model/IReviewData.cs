using RailWatch.Core.Flags;

using RailWatch.Store;

namespace RailWatch.Web.Model;

/// <summary>
/// What the review pages, exports and report read and write. <see cref="Storage.StoreReviewData"/> implements it
/// over the RailWatch store; every method is safe to call from concurrent requests.
/// </summary>
public interface IReviewData
{
    IReadOnlyList<YardInfo> Yards();

    /// <summary>Flags, optionally of one yard, of one status and acquired on or after a time.</summary>
    IReadOnlyList<FlagSummary> Flags(string? yardId = null, FlagStatus? status = null, DateTimeOffset? since = null);

    FlagView? Flag(long flagId);

    YardSeries? Series(string yardId);

    /// <summary>The full path of a chip's PNG preview inside the store's chip folder, or null when unknown.</summary>
    string? ChipPreviewPath(long chipId);

    /// <summary>Stores an analyst's decision; returns false when the flag does not exist.</summary>
    bool SaveReview(Review review);

    /// <summary>The flag's decisions, oldest first.</summary>
    IReadOnlyList<Review> Reviews(long flagId);

    IReadOnlyList<ObservationExportRow> Observations(DateTimeOffset? since = null);
}
