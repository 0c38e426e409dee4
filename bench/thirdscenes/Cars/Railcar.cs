namespace RailWatch.ThirdScenes.Bench.Cars;

/// <summary>
/// One car on a body track: its footprint (centre on the track centre line, axis along the track's tangent) and how
/// it looks. The label is the footprint's centre, wherever the roof appears in an off-nadir image.
/// </summary>
internal sealed record Railcar(
    int Index,
    string TrackId,
    double X,
    double Y,
    double AxisX,
    double AxisY,
    double Length,
    double Width,
    double Height,
    CarKind Kind,
    CarPaint Paint)
{
    public GondolaLoad Load { get; init; }

    /// <summary>Container boxes on a flat car: (start, end) along the car from its rear end, metres, and colour index.</summary>
    public IReadOnlyList<(double From, double To, int Colour)> Containers { get; init; } = [];

    /// <summary>Share of the roof under snow (0 where none).</summary>
    public double RoofSnow { get; init; }

    public int LookSeed { get; init; }
}
