namespace RailWatch.Synth;

/// <summary>One railcar as placed in the scene, at its TRUE position (not the file's shifted georeference).</summary>
public sealed record CarTruth
{
    public required CarType Type { get; init; }

    /// <summary>Centre of the car body as [longitude, latitude] in WGS84 degrees.</summary>
    public required double[] Center { get; init; }

    /// <summary>Body length in metres (couplers excluded).</summary>
    public required double LengthM { get; init; }

    public required double WidthM { get; init; }

    /// <summary>Direction of the car's long axis in degrees clockwise from north (0–180).</summary>
    public required double HeadingDeg { get; init; }

    /// <summary>Fraction of the car's footprint that is clear: inside the data and not under opaque cloud.</summary>
    public required double ClearFraction { get; init; }

    /// <summary>True when <see cref="ClearFraction"/> is at least <see cref="SceneTruth.VisibleClearFraction"/>.</summary>
    public required bool Visible { get; init; }
}
