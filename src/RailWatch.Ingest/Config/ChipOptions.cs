namespace RailWatch.Ingest.Config;

/// <summary>How a chip is cut out of a scene: the yard's bounds grown by a margin, at native resolution unless that would exceed the size cap.</summary>
public sealed record ChipOptions
{
    public double MarginMetres { get; init; } = 50;

    /// <summary>Largest chip side in pixels; a window larger than this at native resolution is read coarser.</summary>
    public int MaxChipPixels { get; init; } = 8000;

    /// <summary>Read at this ground sample distance instead of the native one (never finer than native).</summary>
    public double? TargetGsdMetres { get; init; }
}
