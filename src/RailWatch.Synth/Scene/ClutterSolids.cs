namespace RailWatch.Synth;

/// <summary>A building with a flat, gabled or corrugated roof.</summary>
internal sealed class Building(Box box, Rgbn roof, int roofKind, int seed, Sun sun) : BoxSolid(box, [box])
{
    protected override bool ShadeLocal(double along, double across, out Rgbn colour, out float z)
    {
        z = (float)Footprint.Zt;
        var c = roof * (0.9f + (0.2f * Noise.Fbm(along, across, 6, 2, seed)));
        switch (roofKind)
        {
            case 0:
                {
                    // Gable: the two slopes lit differently, ridge along the long axis.
                    var sunAcross = (-sun.Sx * Footprint.Uy) + (sun.Sy * Footprint.Ux);
                    var facing = Math.Sign(across) == Math.Sign(sunAcross) ? 1.15f : 0.7f;
                    c *= facing;
                    z -= (float)(Math.Abs(across) / Footprint.HalfW * 2);
                    break;
                }

            case 1:
                c *= (along - Math.Floor(along / 0.5) * 0.5) < 0.12 ? 0.85f : 1f;
                break;
            default:
                // Flat roof with plant boxes.
                if (Noise.Unit((int)Math.Floor(along / 3), (int)Math.Floor(across / 3), seed) < 0.08)
                {
                    c = Rgbn.Rgb(0.6f, 0.6f, 0.6f);
                    z += 1.2f;
                }

                break;
        }

        if (Footprint.HalfW - Math.Abs(across) < 0.3 || Footprint.HalfL - Math.Abs(along) < 0.3)
        {
            c *= 0.8f;
        }

        colour = c;
        return true;
    }
}

/// <summary>A road vehicle: car, van or truck with a windscreen.</summary>
internal sealed class Vehicle(Box box, Rgbn paint) : BoxSolid(box, [box])
{
    protected override bool ShadeLocal(double along, double across, out Rgbn colour, out float z)
    {
        z = (float)Footprint.Zt;
        var front = along / Footprint.HalfL;
        colour = front > 0.35 && front < 0.55 ? Rgbn.Rgb(0.08f, 0.09f, 0.11f) : paint * (Footprint.HalfW - Math.Abs(across) < 0.15 ? 0.75f : 1f);
        return true;
    }
}

/// <summary>A stack of shipping containers (one to three high).</summary>
internal sealed class ContainerStack(Box box, Rgbn paint) : BoxSolid(box, [box])
{
    protected override bool ShadeLocal(double along, double across, out Rgbn colour, out float z)
    {
        z = (float)Footprint.Zt;
        var c = paint * ((along - Math.Floor(along / 0.32) * 0.32) < 0.11 ? 0.9f : 1.02f);
        if (Footprint.HalfW - Math.Abs(across) < 0.08 || Footprint.HalfL - Math.Abs(along) < 0.12)
        {
            c *= 0.7f;
        }

        colour = c;
        return true;
    }
}

/// <summary>A catenary mast or a portal beam over the tracks.</summary>
internal sealed class Mast(Box box) : BoxSolid(box, [box])
{
    protected override bool ShadeLocal(double along, double across, out Rgbn colour, out float z)
    {
        z = (float)Footprint.Zt;
        colour = Rgbn.Rgb(0.3f, 0.3f, 0.3f) * (((int)Math.Floor((along + across) / 0.4) & 1) == 0 ? 0.7f : 1.1f);
        return true;
    }
}

/// <summary>A tree: a round crown with a shaded side.</summary>
internal sealed class Tree(double cx, double cy, double radius, double height, Rgbn leaves, int seed, Sun sun) : Solid
{
    public override (double MinX, double MinY, double MaxX, double MaxY) Bounds => (cx - radius, cy - radius, cx + radius, cy + radius);

    public override double Top => height;

    public override bool Shade(double x, double y, out Rgbn colour, out float z)
    {
        var dx = x - cx;
        var dy = y - cy;
        var r2 = ((dx * dx) + (dy * dy)) / (radius * radius);
        var rough = 0.85 + (0.3 * Noise.Value(x * 1.5, y * 1.5, seed));
        if (r2 > rough * rough)
        {
            colour = default;
            z = 0;
            return false;
        }

        var nUp = Math.Sqrt(Math.Max(0, 1 - r2));
        var lit = ((dx * sun.Sx) + (dy * sun.Sy)) / radius;
        var shade = (float)(0.55 + (0.45 * lit) + (0.2 * nUp));
        colour = leaves * shade * (0.75f + (0.5f * Noise.Value(x * 3, y * 3, seed + 1)));
        z = (float)(height * (0.6 + (0.4 * nUp)));
        return true;
    }

    public override bool Shadows(double x, double y, double z, Sun sun)
    {
        if (z >= height - 0.1)
        {
            return false;
        }

        var lo = Math.Max(0, ((height * 0.35) - z) / sun.TanElevation);
        var hi = (height - z) / sun.TanElevation;
        var t = Math.Clamp(((cx - x) * sun.Sx) + ((cy - y) * sun.Sy), lo, hi);
        var px = x + (t * sun.Sx) - cx;
        var py = y + (t * sun.Sy) - cy;
        return (px * px) + (py * py) <= radius * radius * 0.8;
    }
}

/// <summary>A flat ground feature drawn under everything else: road, paved area, parking.</summary>
internal sealed record GroundPatch(Box Area, Rgbn Colour, bool Markings);
