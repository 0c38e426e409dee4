namespace RailWatch.Vision;

/// <summary>Options of one count.</summary>
public sealed record CountOptions
{
    /// <summary>Where to write the rectified strips with the cars drawn on them; null writes nothing.</summary>
    public string? DebugDirectory { get; init; }

    /// <summary>The image's name or path as it should appear in the result.</summary>
    public string? ImageName { get; init; }

    /// <summary>Skip registration and use this shift (east, north, metres), e.g. when it is known.</summary>
    public (double East, double North)? FixedShiftMetres { get; init; }
}
