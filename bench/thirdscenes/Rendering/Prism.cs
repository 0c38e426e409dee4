namespace RailWatch.ThirdScenes.Bench.Rendering;

/// <summary>A face of a prism: its top, or one of its four walls.</summary>
internal enum Face
{
    Top,
    AlongPlus,
    AlongMinus,
    AcrossPlus,
    AcrossMinus,
}

/// <summary>
/// An upright box in local metres: a rectangular footprint (centre, unit axis, half length and width) between heights
/// Z0 and Z1. Cars, containers, masts, beams, buildings and trucks are all made of these; seen and shadowed exactly by
/// clipping rays against the footprint.
/// </summary>
internal sealed class Prism(double cx, double cy, double ux, double uy, double halfLength, double halfWidth, double z0, double z1, PrismLook look)
{
    public double Cx { get; } = cx;

    public double Cy { get; } = cy;

    public double Ux { get; } = ux;

    public double Uy { get; } = uy;

    public double HalfLength { get; } = halfLength;

    public double HalfWidth { get; } = halfWidth;

    public double Z0 { get; } = z0;

    public double Z1 { get; } = z1;

    public PrismLook Look { get; } = look;

    public (double Along, double Across) Local(double x, double y)
    {
        var dx = x - Cx;
        var dy = y - Cy;
        return ((dx * Ux) + (dy * Uy), (-dx * Uy) + (dy * Ux));
    }

    /// <summary>The outward unit normal of a wall in local metres.</summary>
    public (double X, double Y) Normal(Face face) => face switch
    {
        Face.AlongPlus => (Ux, Uy),
        Face.AlongMinus => (-Ux, -Uy),
        Face.AcrossPlus => (-Uy, Ux),
        Face.AcrossMinus => (Uy, -Ux),
        _ => (0, 0),
    };

    public IEnumerable<(double X, double Y)> Corners()
    {
        foreach (var (a, c) in new[] { (1, 1), (1, -1), (-1, -1), (-1, 1) })
        {
            yield return (Cx + (a * HalfLength * Ux) - (c * HalfWidth * Uy), Cy + (a * HalfLength * Uy) + (c * HalfWidth * Ux));
        }
    }

    /// <summary>
    /// Clips the segment (x, y) + t (dx, dy), t ∈ [t0, t1], to the footprint (Liang–Barsky). Returns false when nothing
    /// is left; <paramref name="upper"/> is the wall that cut the upper end, or <see cref="Face.Top"/> if none did.
    /// </summary>
    public bool Clip(double x, double y, double dx, double dy, ref double t0, ref double t1, out Face upper)
    {
        upper = Face.Top;
        var (a0, c0) = Local(x, y);
        var da = (dx * Ux) + (dy * Uy);
        var dc = (-dx * Uy) + (dy * Ux);
        return Edge(da, HalfLength - a0, Face.AlongPlus, ref t0, ref t1, ref upper)
            && Edge(-da, HalfLength + a0, Face.AlongMinus, ref t0, ref t1, ref upper)
            && Edge(dc, HalfWidth - c0, Face.AcrossPlus, ref t0, ref t1, ref upper)
            && Edge(-dc, HalfWidth + c0, Face.AcrossMinus, ref t0, ref t1, ref upper);
    }

    private static bool Edge(double p, double q, Face face, ref double t0, ref double t1, ref Face upper)
    {
        if (Math.Abs(p) < 1e-12)
        {
            return q >= 0;
        }

        var t = q / p;
        if (p < 0)
        {
            if (t > t0)
            {
                t0 = t;
            }
        }
        else if (t < t1)
        {
            t1 = t;
            upper = face;
        }

        return t0 <= t1;
    }
}
