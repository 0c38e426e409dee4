namespace RailWatch.AltScenes.Bench.Rendering;

/// <summary>
/// A solid that blocks the sun between two heights. A surface point at height z is in its shadow when the ray from
/// the point towards the sun passes through it; the owner's own pixels are never shadowed by it (their shading is
/// the owner's business).
/// </summary>
internal interface IShadowCaster
{
    int Owner { get; }

    Bounds Footprint { get; }

    double Top { get; }

    bool Occludes(double e, double n, double z, SunLight sun);
}

internal static class ShadowExtent
{
    /// <summary>The ground a caster may darken: its footprint swept away from the sun by its height's shadow length.</summary>
    public static Bounds Of(IShadowCaster caster, SunLight sun)
    {
        var reach = caster.Top * sun.ShadowPerMetre;
        return caster.Footprint.Union(caster.Footprint.Shift(-sun.TowardE * reach, -sun.TowardN * reach));
    }
}

/// <summary>An oriented box from <see cref="Bottom"/> to <see cref="Top"/> metres: car bodies, buildings, masts, beams.</summary>
internal sealed class BoxCaster : IShadowCaster
{
    private readonly double ce, cn, ue, un, halfLength, halfWidth;

    public BoxCaster(int owner, double ce, double cn, double ue, double un, double halfLength, double halfWidth, double bottom, double top)
    {
        (Owner, this.ce, this.cn, this.ue, this.un, this.halfLength, this.halfWidth, Bottom, Top) = (owner, ce, cn, ue, un, halfLength, halfWidth, bottom, top);
        var re = (halfLength * Math.Abs(ue)) + (halfWidth * Math.Abs(un));
        var rn = (halfLength * Math.Abs(un)) + (halfWidth * Math.Abs(ue));
        Footprint = new Bounds(ce - re, cn - rn, ce + re, cn + rn);
    }

    public int Owner { get; }

    public Bounds Footprint { get; }

    public double Bottom { get; }

    public double Top { get; }

    public static BoxCaster Between(int owner, double e0, double n0, double e1, double n1, double width, double bottom, double top)
    {
        var length = Math.Max(1e-6, double.Hypot(e1 - e0, n1 - n0));
        return new BoxCaster(owner, (e0 + e1) / 2, (n0 + n1) / 2, (e1 - e0) / length, (n1 - n0) / length, length / 2, width / 2, bottom, top);
    }

    /// <summary>Whether the point lies inside the box's footprint.</summary>
    public bool Contains(double e, double n)
    {
        var de = e - ce;
        var dn = n - cn;
        return Math.Abs((de * ue) + (dn * un)) <= halfLength && Math.Abs((-de * un) + (dn * ue)) <= halfWidth;
    }

    public bool Occludes(double e, double n, double z, SunLight sun)
    {
        if (z >= Top)
        {
            return false;
        }

        var tMin = Math.Max(0, (Bottom - z) * sun.ShadowPerMetre);
        var tMax = (Top - z) * sun.ShadowPerMetre;
        var de = e - ce;
        var dn = n - cn;
        var x = (de * ue) + (dn * un);
        var y = (-de * un) + (dn * ue);
        var sx = (sun.TowardE * ue) + (sun.TowardN * un);
        var sy = (-sun.TowardE * un) + (sun.TowardN * ue);
        return Slab(x, sx, halfLength, ref tMin, ref tMax) && Slab(y, sy, halfWidth, ref tMin, ref tMax);
    }

    /// <summary>Narrows [tMin, tMax] to where p + t·d lies within ±half on one axis; false when nothing is left.</summary>
    private static bool Slab(double p, double d, double half, ref double tMin, ref double tMax)
    {
        if (Math.Abs(d) < 1e-9)
        {
            return Math.Abs(p) <= half;
        }

        var t1 = (-half - p) / d;
        var t2 = (half - p) / d;
        if (t1 > t2)
        {
            (t1, t2) = (t2, t1);
        }

        tMin = Math.Max(tMin, t1);
        tMax = Math.Min(tMax, t2);
        return tMin <= tMax;
    }
}

/// <summary>A vertical cylinder: a tree crown.</summary>
internal sealed class DiscCaster(int owner, double ce, double cn, double radius, double bottom, double top) : IShadowCaster
{
    public int Owner => owner;

    public Bounds Footprint { get; } = Bounds.Around(ce, cn, radius);

    public double Top => top;

    public bool Occludes(double e, double n, double z, SunLight sun)
    {
        if (z >= top)
        {
            return false;
        }

        var tMin = Math.Max(0, (bottom - z) * sun.ShadowPerMetre);
        var tMax = (top - z) * sun.ShadowPerMetre;
        var t = Math.Clamp(((ce - e) * sun.TowardE) + ((cn - n) * sun.TowardN), tMin, tMax);
        var de = e + (t * sun.TowardE) - ce;
        var dn = n + (t * sun.TowardN) - cn;
        return (de * de) + (dn * dn) <= radius * radius;
    }
}
