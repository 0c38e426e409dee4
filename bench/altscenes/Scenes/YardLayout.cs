namespace RailWatch.AltScenes.Bench.Scenes;

/// <summary>A track parallel to the bundle: constant offset o between arc lengths StartS and EndS (curve coordinates).</summary>
internal sealed record ParallelTrack(string Id, double Offset, double StartS, double EndS)
{
    /// <summary>Metres of track along its own rails (not along the bundle's centre line).</summary>
    public double Length(BundleCurve curve) => (EndS - StartS) * curve.LengthScale(Offset);
}

/// <summary>
/// A ladder: the diagonal track that crosses the bundle at a small angle and feeds each track at one end. A straight
/// line in curve coordinates from (S0, O0) in direction (DirS, DirO), Length metres long.
/// </summary>
internal sealed record LadderTrack(double S0, double O0, double DirS, double DirO, double Length);

/// <summary>How the ground of the yard looks: gravel between tracks, the darker bed under each track, the sleepers.</summary>
internal sealed record YardSurface(Rgbn Gravel, Rgbn BedTint, Rgbn Sleeper, double WeedShare, double Apron);

/// <summary>Where a yard's tracks lie and how its ground looks; everything in the bundle's curve coordinates.</summary>
internal sealed record YardLayout(
    BundleCurve Curve,
    IReadOnlyList<ParallelTrack> Tracks,
    IReadOnlyList<ParallelTrack> MainLines,
    LadderTrack? Ladder,
    YardSurface Surface)
{
    public double MinOffset { get; } = Tracks.Min(t => t.Offset);

    public double MaxOffset { get; } = Tracks.Max(t => t.Offset);

    /// <summary>Arc length where the yard's ground starts: the first track start or the ladder's toe.</summary>
    public double ZoneStartS { get; } = Math.Min(Tracks.Min(t => t.StartS), Ladder is { } l ? Math.Min(l.S0, l.S0 + (l.DirS * l.Length)) : double.MaxValue) - 15;

    public double ZoneEndS { get; } = Math.Max(Tracks.Max(t => t.EndS), Ladder is { } l ? Math.Max(l.S0, l.S0 + (l.DirS * l.Length)) : double.MinValue) + 15;

    public double ZoneMinOffset => MinOffset - Surface.Apron;

    public double ZoneMaxOffset => MaxOffset + Surface.Apron;

    /// <summary>
    /// Whether (s, o) lies on the yard's gravel, grown by <paramref name="margin"/> metres: the band around the
    /// tracks, cut at the ladder end along the ladder (the throat narrows with it).
    /// </summary>
    public bool InZone(double s, double o, double margin)
    {
        if (s < ZoneStartS - margin || s > ZoneEndS + margin || o < ZoneMinOffset - margin || o > ZoneMaxOffset + margin)
        {
            return false;
        }

        if (Ladder is not { } l)
        {
            return true;
        }

        return ladderSide * Across(l, s, o) > -(Surface.Apron + margin);
    }

    /// <summary>Which side of the ladder line the tracks lie on (+1 or −1).</summary>
    private readonly int ladderSide = Ladder is { } l ? Math.Sign(Across(l, 0, (Tracks.Min(t => t.Offset) + Tracks.Max(t => t.Offset)) / 2)) : 0;

    private static double Across(LadderTrack l, double s, double o) => (-(s - l.S0) * l.DirO) + ((o - l.O0) * l.DirS);

    /// <summary>Every line with rails: the bundle's tracks and the main lines beside it, sorted by offset.</summary>
    public IReadOnlyList<ParallelTrack> AllParallel { get; } = [.. Tracks.Concat(MainLines).OrderBy(t => t.Offset)];
}
