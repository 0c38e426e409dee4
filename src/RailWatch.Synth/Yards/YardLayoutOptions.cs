using RailWatch.Core.Geometry;

namespace RailWatch.Synth;

/// <summary>How <see cref="YardGenerator"/> lays out a yard; unset values are drawn from <see cref="Seed"/>.</summary>
public sealed record YardLayoutOptions
{
    public int Seed { get; init; }

    public string Id { get; init; } = "generated-yard";

    public string Name { get; init; } = "Generated yard";

    public string? Description { get; init; }

    /// <summary>Where the yard's centre lies (WGS84).</summary>
    public GeoPoint Center { get; init; } = new(130.6, 42.42);

    /// <summary>Number of parallel body tracks between the ladders (2–40), or null for 6–14.</summary>
    public int? BodyTracks { get; init; }

    /// <summary>Length range of the longest body track in metres.</summary>
    public double MinTrackLengthMetres { get; init; } = 400;

    public double MaxTrackLengthMetres { get; init; } = 1000;

    /// <summary>Centre-line spacing range between neighbouring tracks (each gap drawn in it), metres.</summary>
    public double MinSpacingMetres { get; init; } = 4.5;

    public double MaxSpacingMetres { get; init; } = 6.0;

    /// <summary>Direction of the yard's long axis in degrees clockwise from north, or null for any.</summary>
    public double? OrientationDegrees { get; init; }

    /// <summary>Radius of the whole yard's curve in metres; 0 for straight; null: straight or curved at random.</summary>
    public double? CurveRadiusMetres { get; init; }

    /// <summary>Add a curved track that leaves the yard from the lead track.</summary>
    public bool CurvedBranch { get; init; } = true;

    /// <summary>Margin of the yard polygon around its tracks, metres.</summary>
    public double MarginMetres { get; init; } = 25;
}
