using RailWatch.Core.Flags;

namespace RailWatch.Store;

/// <summary>
/// One line of the flag listing, with the scene it belongs to. <see cref="Id"/> and <see cref="ChipId"/> are this
/// store's handles (for links); <see cref="Key"/> names the flag the same way in every store.
/// <see cref="Severity"/> is −log10(p) (p clamped to 1e-300).
/// </summary>
public sealed record FlagRow(
    long Id,
    string YardId,
    DateTimeOffset Acquired,
    int Count,
    double Expected,
    double Upper,
    double PValue,
    FlagKind Kind,
    string Method,
    string Reason,
    FlagStatus Status,
    double Severity)
{
    public required string Provider { get; init; }

    public required string SceneId { get; init; }

    public string? Sensor { get; init; }

    public double? GsdMetres { get; init; }

    public double? CloudCoverPercent { get; init; }

    public long? ChipId { get; init; }

    /// <summary>The analyst's count for the flagged scene (latest review that gave one), if any.</summary>
    public int? CorrectedCount { get; init; }

    /// <summary>"yard|acquired|kind": the flag's identity, independent of insertion order.</summary>
    public string Key => $"{YardId}|{StoreTime.ToText(Acquired)}|{SqlText.Kind(Kind)}";
}
