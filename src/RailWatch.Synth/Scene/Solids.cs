namespace RailWatch.Synth;

/// <summary>The sun: horizontal unit vector towards it (east, north) and the tangent of its elevation.</summary>
internal readonly record struct Sun(double Sx, double Sy, double TanElevation)
{
    public static Sun From(double azimuthDegrees, double elevationDegrees)
    {
        var az = azimuthDegrees * Math.PI / 180;
        return new Sun(Math.Sin(az), Math.Cos(az), Math.Tan(elevationDegrees * Math.PI / 180));
    }
}

/// <summary>
/// The line of sight: a point at height z appears in the image displaced from where it stands by
/// (<see cref="Dx"/>, <see cref="Dy"/>) · z metres (east, north), away from the satellite.
/// </summary>
internal readonly record struct View(double Dx, double Dy)
{
    public static View From(double azimuthDegrees, double offNadirDegrees)
    {
        var az = azimuthDegrees * Math.PI / 180;
        var tan = Math.Tan(offNadirDegrees * Math.PI / 180);
        return new View(-Math.Sin(az) * tan, -Math.Cos(az) * tan);
    }

    public bool IsNadir => Dx == 0 && Dy == 0;

    /// <summary>Metres of image displacement per metre of height.</summary>
    public double Lean => Math.Sqrt((Dx * Dx) + (Dy * Dy));

    /// <summary>Whether walls that face the satellite face the sun too.</summary>
    public bool WallsLit(Sun sun) => (-Dx * sun.Sx) - (Dy * sun.Sy) > 0;

    /// <summary>Bounds that hold everything drawn of something standing in <paramref name="bounds"/> up to height <paramref name="top"/>.</summary>
    public (double MinX, double MinY, double MaxX, double MaxY) Grow((double MinX, double MinY, double MaxX, double MaxY) bounds, double top)
    {
        var (dx, dy) = (Dx * top, Dy * top);
        return (Math.Min(bounds.MinX, bounds.MinX + dx), Math.Min(bounds.MinY, bounds.MinY + dy), Math.Max(bounds.MaxX, bounds.MaxX + dx), Math.Max(bounds.MaxY, bounds.MaxY + dy));
    }
}

/// <summary>An oriented box standing between heights <see cref="Zb"/> and <see cref="Zt"/>.</summary>
internal readonly record struct Box(double Cx, double Cy, double Ux, double Uy, double HalfL, double HalfW, double Zb, double Zt)
{
    public (double A, double C) Local(double x, double y)
    {
        var dx = x - Cx;
        var dy = y - Cy;
        return ((dx * Ux) + (dy * Uy), (-dx * Uy) + (dy * Ux));
    }

    public bool Contains(double x, double y)
    {
        var (a, c) = Local(x, y);
        return Math.Abs(a) <= HalfL && Math.Abs(c) <= HalfW;
    }

    public (double MinX, double MinY, double MaxX, double MaxY) Bounds()
    {
        var ex = (Math.Abs(Ux) * HalfL) + (Math.Abs(Uy) * HalfW);
        var ey = (Math.Abs(Uy) * HalfL) + (Math.Abs(Ux) * HalfW);
        return (Cx - ex, Cy - ey, Cx + ex, Cy + ey);
    }

    /// <summary>True when the ray from (x, y, z) towards the sun passes through this box.</summary>
    public bool Shadows(double x, double y, double z, Sun sun)
    {
        if (z >= Zt - 0.05)
        {
            return false;
        }

        var lo = Math.Max(0, (Zb - z) / sun.TanElevation);
        var hi = (Zt - z) / sun.TanElevation;
        var (a0, c0) = Local(x, y);
        var da = (sun.Sx * Ux) + (sun.Sy * Uy);
        var dc = (-sun.Sx * Uy) + (sun.Sy * Ux);
        return Slab(a0, da, HalfL, ref lo, ref hi) && Slab(c0, dc, HalfW, ref lo, ref hi);
    }

    private static bool Slab(double p0, double dp, double half, ref double lo, ref double hi)
    {
        if (Math.Abs(dp) < 1e-12)
        {
            return Math.Abs(p0) <= half && lo <= hi;
        }

        var t1 = (-half - p0) / dp;
        var t2 = (half - p0) / dp;
        if (t1 > t2)
        {
            (t1, t2) = (t2, t1);
        }

        lo = Math.Max(lo, t1);
        hi = Math.Min(hi, t2);
        return lo <= hi;
    }
}

/// <summary>Something standing on the ground that is drawn with a z-buffer and casts shadows.</summary>
internal abstract class Solid
{
    /// <summary>Bounds of the solid's footprint in local metres.</summary>
    public abstract (double MinX, double MinY, double MaxX, double MaxY) Bounds { get; }

    public abstract double Top { get; }

    /// <summary>Colour and surface height at a ground point, or false when the point is outside the solid.</summary>
    public abstract bool Shade(double x, double y, out Rgbn colour, out float z);

    public abstract bool Shadows(double x, double y, double z, Sun sun);

    /// <summary>Bounds of the footprint and its shadow on the ground.</summary>
    public (double MinX, double MinY, double MaxX, double MaxY) ShadowBounds(Sun sun)
    {
        var b = Bounds;
        var len = Top / sun.TanElevation;
        var dx = -sun.Sx * len;
        var dy = -sun.Sy * len;
        return (Math.Min(b.MinX, b.MinX + dx), Math.Min(b.MinY, b.MinY + dy), Math.Max(b.MaxX, b.MaxX + dx), Math.Max(b.MaxY, b.MaxY + dy));
    }
}

/// <summary>A solid made of boxes (a building, a vehicle, a container stack, a railcar, a mast).</summary>
internal abstract class BoxSolid(Box footprint, IReadOnlyList<Box> casters) : Solid
{
    public Box Footprint { get; } = footprint;

    public IReadOnlyList<Box> Casters { get; } = casters;

    public override (double MinX, double MinY, double MaxX, double MaxY) Bounds => Footprint.Bounds();

    public override double Top => Casters.Max(c => c.Zt);

    public override bool Shade(double x, double y, out Rgbn colour, out float z)
    {
        var (a, c) = Footprint.Local(x, y);
        if (Math.Abs(a) > Footprint.HalfL || Math.Abs(c) > Footprint.HalfW)
        {
            colour = default;
            z = 0;
            return false;
        }

        return ShadeLocal(a, c, out colour, out z);
    }

    public override bool Shadows(double x, double y, double z, Sun sun)
    {
        foreach (var box in Casters)
        {
            if (box.Shadows(x, y, z, sun))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Colour at along/across offsets from the footprint's centre (metres); false for a hole.</summary>
    protected abstract bool ShadeLocal(double along, double across, out Rgbn colour, out float z);
}
