using RailWatch.Core.Geometry;

namespace RailWatch.Core.Yards;

/// <summary>A rail yard: its outline and the centre lines of its known tracks, in WGS84.</summary>
public sealed record Yard(string Id, string Name, IReadOnlyList<GeoPoint> Polygon, IReadOnlyList<Track> Tracks)
{
    public string? Description { get; init; }

    /// <summary>The file the yard was read from, when it was read from one.</summary>
    public string? SourcePath { get; init; }

    public GeoBounds Bounds => GeoBounds.Of(Polygon.Concat(Tracks.SelectMany(t => t.Points)));

    public double TotalTrackLengthMetres => Tracks.Sum(t => t.LengthMetres);
}
