namespace RailWatch.Store;

/// <summary>
/// A yard with its latest observation (by acquisition time; its count is the analyst's corrected count where one
/// exists, null where the scene was not observed) and how many scenes and open flags it has.
/// </summary>
public sealed record YardSummary(string YardId, string Name, string? Description, int Scenes, int OpenFlags)
{
    public int TrackCount { get; init; }

    public DateTimeOffset? LastAcquired { get; init; }

    public int? LastCount { get; init; }

    public string? LastProvider { get; init; }

    public string? LastSceneId { get; init; }
}
