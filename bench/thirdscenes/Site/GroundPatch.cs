namespace RailWatch.ThirdScenes.Bench.Site;

internal enum PatchKind
{
    Road,
    Parking,
    Concrete,
    Platform,
    Gravel,
}

/// <summary>A flat rectangle of paving beside the yard: roads, parking, pads and platforms.</summary>
internal sealed record GroundPatch(PatchKind Kind, double Cx, double Cy, double Ux, double Uy, double HalfLength, double HalfWidth)
{
    public (double Along, double Across) Local(double x, double y)
    {
        var dx = x - Cx;
        var dy = y - Cy;
        return ((dx * Ux) + (dy * Uy), (-dx * Uy) + (dy * Ux));
    }

    public IEnumerable<(double X, double Y)> Corners()
    {
        foreach (var (a, c) in new[] { (1, 1), (1, -1), (-1, -1), (-1, 1) })
        {
            yield return (Cx + (a * HalfLength * Ux) - (c * HalfWidth * Uy), Cy + (a * HalfLength * Uy) + (c * HalfWidth * Ux));
        }
    }
}
