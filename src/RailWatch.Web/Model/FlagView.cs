namespace RailWatch.Web.Model;

/// <summary>Everything the flag page shows about one flag.</summary>
public sealed record FlagView
{
    public required FlagSummary Summary { get; init; }

    public required SceneInfo Scene { get; init; }

    public ChipImage? Chip { get; init; }

    public required IReadOnlyList<TrackCountRow> Tracks { get; init; }

    /// <summary>Cars found by the counter, in the preview image's pixels.</summary>
    public required IReadOnlyList<CarMark> Cars { get; init; }

    public string? Algorithm { get; init; }

    public string? ModelVersion { get; init; }

    /// <summary>A representative earlier scene of the same yard, when there is one.</summary>
    public SceneInfo? BaselineScene { get; init; }

    public ChipImage? BaselineChip { get; init; }

    public IReadOnlyList<Core.Flags.Review> Reviews { get; init; } = [];
}

/// <summary>The count on one track of the flagged scene.</summary>
public sealed record TrackCountRow(string TrackId, int? Count, int? Low, int? High, double ObservedFraction);

/// <summary>A car drawn over the preview: centre (x, y) in pixels, heading in degrees, length in pixels.</summary>
public sealed record CarMark(string TrackId, double X, double Y, double AngleDeg, double LengthPx);
