using RailWatch.Core.Flags;

namespace RailWatch.Store;

/// <summary>
/// Everything the review page shows for one flag: the flag and its scene, chip, per-track counts (total first),
/// cars, latest review, and a baseline scene to compare with (see <see cref="BaselineScene"/>).
/// </summary>
public sealed record FlagDetail(FlagRow Flag, SceneRow Scene, ChipRow? Chip, IReadOnlyList<ObservationRow> Counts, IReadOnlyList<CarRow> Cars)
{
    public Review? LatestReview { get; init; }

    /// <summary>
    /// An earlier scene of the same yard that is not flagged, has observed_fraction ≥ 0.8 and a chip: among those
    /// whose GSD is within 25 % of the flagged scene's, the most recent; otherwise the closest GSD (then most recent).
    /// Null when there is none.
    /// </summary>
    public BaselineScene? BaselineScene { get; init; }
}

/// <summary>The comparison scene of a <see cref="FlagDetail"/>: its scene, chip and yard total.</summary>
public sealed record BaselineScene(SceneRow Scene, ChipRow Chip, ObservationRow Total);
