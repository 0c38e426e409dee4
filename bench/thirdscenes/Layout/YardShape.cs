namespace RailWatch.ThirdScenes.Bench.Layout;

/// <summary>
/// The yard's base curve in local metres (x east, y north, origin at its middle): a straight line or a circular arc,
/// parametrised by base arc length s ∈ [0, Length] and a signed offset d to the left of the direction of travel.
/// Every track is a curve of constant d, so parallel tracks stay parallel on a curve too.
/// </summary>
internal sealed class YardShape
{
    private readonly double heading;
    private readonly double centreX;
    private readonly double centreY;

    /// <param name="heading">Direction of increasing s at the middle, radians counter-clockwise from east.</param>
    /// <param name="curvature">1 / radius, positive when the curve bends left; 0 for straight.</param>
    public YardShape(double heading, double length, double curvature)
    {
        this.heading = heading;
        Length = length;
        Curvature = curvature;
        if (curvature != 0)
        {
            centreX = -Math.Sin(heading) / curvature;
            centreY = Math.Cos(heading) / curvature;
        }
    }

    public double Length { get; }

    public double Curvature { get; }

    /// <summary>Length of a track at offset d per metre of base curve.</summary>
    public double Stretch(double d) => 1 - (Curvature * d);

    public (double X, double Y) At(double s, double d)
    {
        var theta = Angle(s);
        var (tx, ty) = (Math.Cos(theta), Math.Sin(theta));
        if (Curvature == 0)
        {
            var along = s - (Length / 2);
            return ((along * tx) - (d * ty), (along * ty) + (d * tx));
        }

        var r = (1 / Curvature) - d;
        return (centreX + (r * ty), centreY - (r * tx));
    }

    /// <summary>Unit tangent (direction of increasing s).</summary>
    public (double X, double Y) Tangent(double s)
    {
        var theta = Angle(s);
        return (Math.Cos(theta), Math.Sin(theta));
    }

    /// <summary>The (s, d) of a point; s may fall outside [0, Length].</summary>
    public (double S, double D) Curvilinear(double x, double y)
    {
        if (Curvature == 0)
        {
            var (tx, ty) = (Math.Cos(heading), Math.Sin(heading));
            return ((x * tx) + (y * ty) + (Length / 2), (-x * ty) + (y * tx));
        }

        var wx = x - centreX;
        var wy = y - centreY;
        var rho = Math.Sqrt((wx * wx) + (wy * wy));
        var sign = Math.Sign(Curvature);
        var theta = Math.Atan2(sign * wx, -sign * wy);
        var delta = Math.IEEERemainder(theta - heading, 2 * Math.PI);
        return ((Length / 2) + (delta / Curvature), (1 / Curvature) - (sign * rho));
    }

    private double Angle(double s) => heading + (Curvature * (s - (Length / 2)));
}
