namespace RailWatch.Vision.Registration;

/// <summary>
/// How <see cref="TrackRegistrar"/> searches its wide shift grid (the whole radius). Coarse-to-fine (the default):
/// every cell is first scored on every <see cref="SubsetStride"/>-th point of the parallel tracks (and all
/// transverse points), then the cells within <see cref="WideReach"/> cells of the <see cref="WideKeep"/> best local
/// maxima of those scores are scored on all points, and only those full scores choose the peaks to refine. A peak
/// needs all its neighbours fully scored, so it must lie within WideReach − 1 cells of a kept subset peak. The
/// refinement windows around the peaks are always searched exhaustively (a subset there moved the best cell by a
/// step on development scenes). Settings chosen so that the development scenes register exactly as with the
/// exhaustive search (bench/vision `regcheck`).
/// </summary>
internal sealed record ShiftSearch
{
    public static readonly ShiftSearch CoarseToFine = new();

    /// <summary>Every shift on every point: the reference.</summary>
    public static readonly ShiftSearch Exhaustive = new() { IsExhaustive = true };

    public bool IsExhaustive { get; init; }

    public int SubsetStride { get; init; } = 4;

    /// <summary>Below this many subset points of parallel track the grid is searched exhaustively.</summary>
    public int MinSubsetPoints { get; init; } = 150;

    public int WideKeep { get; init; } = 8;

    public int WideReach { get; init; } = 4;
}
