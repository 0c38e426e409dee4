namespace RailWatch.AltScenes.Bench.Scenes;

/// <summary>
/// The centre line of a yard's track bundle in local metres (east, north): straight or a circular arc through the
/// origin. Points are addressed by arc length s along it (0 at the origin) and signed lateral offset o (positive to
/// the left of the direction of travel); every track of the bundle is a line of constant offset.
/// </summary>
internal sealed class BundleCurve
{
    private readonly double ux, uy;
    private readonly double curvature;
    private readonly double centreE, centreN;

    /// <param name="headingRad">Direction of increasing s at the origin, counter-clockwise from east.</param>
    /// <param name="curvature">1/radius, positive when the bundle bends left; 0 for a straight bundle.</param>
    public BundleCurve(double headingRad, double curvature)
    {
        HeadingRad = headingRad;
        this.curvature = curvature;
        ux = Math.Cos(headingRad);
        uy = Math.Sin(headingRad);
        if (curvature != 0)
        {
            centreE = -uy / curvature;
            centreN = ux / curvature;
        }
    }

    public double HeadingRad { get; }

    public double Curvature => curvature;

    public bool IsStraight => curvature == 0;

    /// <summary>How much longer (or shorter) a line at offset o is than the centre line, per metre of s.</summary>
    public double LengthScale(double offset) => 1 - (curvature * offset);

    public (double E, double N) ToWorld(double s, double o)
    {
        if (IsStraight)
        {
            return ((s * ux) - (o * uy), (s * uy) + (o * ux));
        }

        var (dx, dy) = Direction(s);
        // The left normal at s is (-dy, dx); the point sits (1/κ − o) from the centre, on the side away from it.
        var r = (1 / curvature) - o;
        return (centreE + (r * dy), centreN - (r * dx));
    }

    public (double S, double O) ToCurve(double e, double n)
    {
        if (IsStraight)
        {
            return ((e * ux) + (n * uy), (-e * uy) + (n * ux));
        }

        var we = e - centreE;
        var wn = n - centreN;
        var r = Math.Sqrt((we * we) + (wn * wn));
        var sign = Math.Sign(curvature);
        // Unit vector from the centre towards the point is −sign·(left normal at s).
        var nx = -sign * we / r;
        var ny = -sign * wn / r;
        var angle = Math.Atan2((-uy * ny) - (ux * nx), (-uy * nx) + (ux * ny));
        return (angle / curvature, (1 / curvature) - (sign * r));
    }

    /// <summary>Unit direction of increasing s at arc length s.</summary>
    public (double E, double N) Direction(double s)
    {
        if (IsStraight)
        {
            return (ux, uy);
        }

        var a = HeadingRad + (curvature * s);
        return (Math.Cos(a), Math.Sin(a));
    }
}
