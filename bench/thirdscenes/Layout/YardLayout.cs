namespace RailWatch.ThirdScenes.Bench.Layout;

internal enum TrackRole
{
    Body,
    Main,
    Ladder,
}

/// <summary>
/// One track as a curve of constant offset between two base positions. Use (0 disused … 1 busy) sets how polished its
/// rails are and how many weeds grow on it.
/// </summary>
internal sealed record TrackLine(string Id, TrackRole Role, double Offset, double Start, double End, double Use);

/// <summary>
/// A ladder of turnouts: a diagonal track in (s, d) from the pivot track at <see cref="PivotS"/> to the far track;
/// a body track at offset d joins it at <see cref="JoinS"/>.
/// </summary>
internal sealed record Ladder(double PivotS, double PivotD, double FarD, double Direction, double Tangent)
{
    public double JoinS(double d) => PivotS + (Direction * Math.Abs(d - PivotD) / Tangent);

    /// <summary>Distance in metres from (s, d) to the ladder's centre line, or +∞ beyond its ends.</summary>
    public double Distance(double s, double d)
    {
        var low = Math.Min(PivotD, FarD) - 1;
        var high = Math.Max(PivotD, FarD) + 1;
        if (d < low || d > high)
        {
            return double.PositiveInfinity;
        }

        var angle = Math.Atan(Tangent);
        return Math.Abs(s - JoinS(d)) * Math.Sin(angle);
    }
}

/// <summary>The whole yard: shape, tracks (body tracks carry cars), ladders and the extent of the yard floor.</summary>
internal sealed record YardLayout(
    YardShape Shape,
    IReadOnlyList<TrackLine> Tracks,
    IReadOnlyList<Ladder> Ladders,
    double FloorLow,
    double FloorHigh)
{
    public IEnumerable<TrackLine> Bodies => Tracks.Where(t => t.Role == TrackRole.Body);

    /// <summary>Lowest and highest offset of any track, main line included.</summary>
    public (double Low, double High) OffsetRange =>
        (Tracks.Where(t => t.Role != TrackRole.Ladder).Min(t => t.Offset), Tracks.Where(t => t.Role != TrackRole.Ladder).Max(t => t.Offset));
}
