namespace RailWatch.Core.Counting;

/// <summary>
/// The kind of look a count came from, as the increase detector tells them apart (<c>CountObservation.Source</c>).
/// At 1.5 m per pixel and finer the counter finds cars one by one. Coarser, it estimates them from the occupied
/// length of each track. The two differ in noise and in bias: a 3 m scene of a nearly empty yard reads several times
/// its cars, inside a wide interval.
/// </summary>
public static class CountSource
{
    /// <summary>The coarsest ground sample distance (metres) at which cars are counted one by one.</summary>
    public const double MaxSegmentedGsdMetres = 1.5;

    public const string Segmented = "cars one by one (GSD ≤ 1.5 m)";

    public const string Coarse = "occupied length (GSD > 1.5 m)";

    public static string OfGsd(double gsdMetres) => gsdMetres <= MaxSegmentedGsdMetres + 1e-6 ? Segmented : Coarse;
}
