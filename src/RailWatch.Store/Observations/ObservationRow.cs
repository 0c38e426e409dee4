namespace RailWatch.Store;

/// <summary>
/// One line of the observation listing: a per-track count, or the yard total when <see cref="Track"/> is
/// <see cref="TotalTrack"/>. <see cref="CorrectedCount"/> (total rows only) is the analyst's count that replaces
/// <see cref="Count"/>; see <see cref="EffectiveCount"/>.
/// </summary>
public sealed record ObservationRow(
    string YardId,
    string Provider,
    string SceneId,
    DateTimeOffset Acquired,
    string Track,
    int? Count,
    int? Low,
    int? High,
    double ObservedFraction,
    double GsdMetres,
    string? Sensor,
    string Algorithm,
    string ModelVersion,
    int? CorrectedCount)
{
    /// <summary>The track name of the yard-total row.</summary>
    public const string TotalTrack = "*";

    public bool IsTotal => Track == TotalTrack;

    /// <summary>The count to use downstream: the analyst's correction where there is one, else the counter's.</summary>
    public int? EffectiveCount => CorrectedCount ?? Count;
}
