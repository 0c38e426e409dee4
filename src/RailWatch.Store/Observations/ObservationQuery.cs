namespace RailWatch.Store;

/// <summary>Filters for <see cref="RailWatchStore.Observations"/>; null means no filter.</summary>
public sealed record ObservationQuery
{
    public string? YardId { get; init; }

    /// <summary>Only scenes acquired at or after this time.</summary>
    public DateTimeOffset? Since { get; init; }

    /// <summary>False: only the yard total rows (track "*").</summary>
    public bool IncludeTracks { get; init; } = true;
}
