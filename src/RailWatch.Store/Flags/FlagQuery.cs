namespace RailWatch.Store;

/// <summary>Filters for <see cref="RailWatchStore.Flags"/>; null means no filter.</summary>
public sealed record FlagQuery
{
    public string? YardId { get; init; }

    public FlagStatus? Status { get; init; }

    /// <summary>Only flags on scenes acquired at or after this time.</summary>
    public DateTimeOffset? Since { get; init; }
}
