namespace RailWatch.Synth;

/// <summary>A railcar standing on a track: its truth and how it looks from above.</summary>
internal sealed class Railcar : BoxSolid
{
    private const float Snow = 0.88f;
    private readonly Sun sun;
    private readonly double sunAlong;
    private readonly double sunAcross;
    private readonly double cosE;
    private readonly double sinE;

    public Railcar(RailcarSpec spec, double cx, double cy, double ux, double uy, Sun sun)
        : base(
            new Box(cx, cy, ux, uy, spec.Length / 2, spec.Width / 2, 0, spec.Height),
            BuildCasters(spec, cx, cy, ux, uy))
    {
        Spec = spec;
        this.sun = sun;
        var h = Math.Sqrt((sun.Sx * sun.Sx) + (sun.Sy * sun.Sy));
        sunAlong = ((sun.Sx * ux) + (sun.Sy * uy)) / h;
        sunAcross = ((-sun.Sx * uy) + (sun.Sy * ux)) / h;
        var elev = Math.Atan(sun.TanElevation);
        cosE = Math.Cos(elev);
        sinE = Math.Sin(elev);
    }

    public RailcarSpec Spec { get; }

    public string TrackId { get; init; } = string.Empty;

    private static List<Box> BuildCasters(RailcarSpec spec, double cx, double cy, double ux, double uy)
    {
        var boxes = new List<Box>();
        if (spec.Load == CarLoad.Containers)
        {
            boxes.Add(new Box(cx, cy, ux, uy, spec.Length / 2, spec.Width / 2, 0.6, spec.DeckHeight));
            foreach (var c in spec.Containers)
            {
                var mid = (c.From + c.To) / 2;
                boxes.Add(new Box(cx + (ux * mid), cy + (uy * mid), ux, uy, (c.To - c.From) / 2, 1.22, spec.DeckHeight, spec.DeckHeight + c.Height));
            }
        }
        else
        {
            // Cars stand on bogies: the body starts ~0.9 m above the rails, so low sun shows light under it.
            boxes.Add(new Box(cx, cy, ux, uy, spec.Length / 2, spec.Width / 2, spec.Type == CarType.Flatcar ? 0.6 : 0.9, spec.Height));
            boxes.Add(new Box(cx, cy, ux, uy, (spec.Length / 2) - 1.5, 0.8, 0, 0.9));
        }

        return boxes;
    }

    protected override bool ShadeLocal(double along, double across, out Rgbn colour, out float z)
    {
        var halfL = Spec.Length / 2;
        var halfW = Spec.Width / 2;
        var dirt = Dirt(along, across);
        bool inside;
        switch (Spec.Type)
        {
            case CarType.TankCar:
                inside = ShadeTank(along, across, halfL, halfW, out colour, out z);
                break;
            case CarType.Gondola:
                inside = ShadeOpen(along, across, halfL, halfW, wallDepth: 2.1, out colour, out z);
                break;
            case CarType.Hopper when Spec.Load != CarLoad.None:
                inside = ShadeOpen(along, across, halfL, halfW, wallDepth: 1.6, out colour, out z);
                break;
            case CarType.Hopper:
                inside = ShadeCoveredHopper(along, across, halfL, halfW, out colour, out z);
                break;
            case CarType.Flatcar:
                inside = ShadeFlat(along, across, halfL, halfW, out colour, out z);
                break;
            case CarType.Locomotive:
                inside = ShadeLocomotive(along, across, halfL, halfW, out colour, out z);
                break;
            default:
                inside = ShadeBoxcar(along, across, halfL, halfW, out colour, out z);
                break;
        }

        if (!inside)
        {
            return false;
        }

        // End platforms and couplers are darker and lower: they read as the gap between cars.
        if (halfL - Math.Abs(along) < 0.35 && Spec.Type != CarType.Flatcar)
        {
            colour *= 0.55f;
            z = (float)Math.Min(z, 1.2);
        }

        colour *= dirt;
        return true;
    }

    private float Dirt(double along, double across)
    {
        var n = Noise.Fbm(along, across * 2, 2.5, 2, Spec.Seed);
        var streak = Noise.Value(along * 1.7, across * 0.15, Spec.Seed + 7);
        return (float)(1 - (Spec.Dirt * ((1.6 * (n - 0.5)) + (0.5 * (streak - 0.5)))));
    }

    private float SnowCover(double along, double across, double scale = 1.8) =>
        Spec.Snow <= 0 ? 0 : Smooth((float)(Spec.Snow - Noise.Fbm(along, across, scale, 3, Spec.Seed + 3) + 0.35f), 0.3f, 0.45f);

    private static float Smooth(float x, float e0, float e1)
    {
        var t = Math.Clamp((x - e0) / (e1 - e0), 0, 1);
        return t * t * (3 - (2 * t));
    }

    /// <summary>Lambert shading of a surface whose normal leans across the car (nAcross) and up (nUp), relative to a flat roof.</summary>
    private float Lambert(double nAcross, double nUp, double nAlong = 0)
    {
        var l = (nAcross * sunAcross * cosE) + (nAlong * sunAlong * cosE) + (nUp * sinE);
        return (float)(0.3 + (0.7 * Math.Max(0, l) / sinE));
    }

    private bool ShadeBoxcar(double along, double across, double halfL, double halfW, out Rgbn colour, out float z)
    {
        z = (float)Spec.Height;
        var c = Spec.Body;

        // Slightly crowned roof with transverse seams; some cars carry a running board along the middle.
        var crown = Lambert(across / halfW * 0.25, 1);
        c *= crown;
        if (Frac(along / 1.15) < 0.09)
        {
            c *= 0.86f;
        }

        if (Spec.Variant % 3 == 0 && Math.Abs(across) < 0.3)
        {
            c *= 0.72f;
        }

        if (halfW - Math.Abs(across) < 0.1)
        {
            c *= 0.7f;
        }

        colour = c.Mix(Rgbn.Rgb(Snow, Snow, Snow + 0.03f) * crown, SnowCover(along, across));
        return true;
    }

    private bool ShadeTank(double along, double across, double halfL, double halfW, out Rgbn colour, out float z)
    {
        // Underframe platforms at both ends; the barrel has domed heads.
        var barrelHalf = halfL - 0.9;
        var r = halfW * 0.97;
        var endLen = r * 0.55;
        var rEff = r;
        var over = Math.Abs(along) - (barrelHalf - endLen);
        if (over > 0)
        {
            rEff = over >= endLen ? 0 : r * Math.Sqrt(1 - ((over / endLen) * (over / endLen)));
        }

        if (Math.Abs(across) > rEff)
        {
            if (Math.Abs(along) > barrelHalf - 0.2 && Math.Abs(across) < halfW * 0.85)
            {
                colour = Rgbn.Rgb(0.1f, 0.095f, 0.09f);
                z = 1.2f;
                return true;
            }

            colour = default;
            z = 0;
            return false;
        }

        var nAcross = across / r;
        var nAlong = over > 0 ? over / endLen * 0.7 : 0;
        var nUp = Math.Sqrt(Math.Max(0, 1 - (nAcross * nAcross) - (nAlong * nAlong * Math.Sign(along) * Math.Sign(along))));
        var shade = Lambert(nAcross, nUp, nAlong * Math.Sign(along));
        var c = Spec.Body * shade;

        // Specular streak along the top for glossy and silver barrels.
        var spec = Math.Max(0, 1 - (Math.Abs(nAcross - (0.45 * sunAcross)) * 6));
        c += Rgbn.Rgb(1, 1, 1) * (float)(Spec.Gloss * spec * spec);

        // Dome and walkway in the middle.
        if (Math.Abs(along) < 0.6 && Math.Abs(across) < 0.6)
        {
            c = Spec.Body.Mix(Rgbn.Rgb(0.35f, 0.35f, 0.36f), 0.5f) * (Frac(along * 3) < 0.5 ? 0.8f : 1.05f);
        }
        else if (Math.Abs(across) < 0.25 && Math.Abs(along) < barrelHalf * 0.5)
        {
            c *= 0.8f;
        }

        z = (float)(Spec.Height - (r - Math.Sqrt(Math.Max(0, (r * r) - (across * across)))));
        colour = c.Mix(Rgbn.Rgb(Snow, Snow, Snow + 0.03f) * shade, SnowCover(along, across) * (float)nUp * (float)nUp);
        return true;
    }

    private bool ShadeOpen(double along, double across, double halfL, double halfW, double wallDepth, out Rgbn colour, out float z)
    {
        const double wall = 0.14;
        var top = Spec.Height;
        if (halfW - Math.Abs(across) < wall || halfL - Math.Abs(along) < wall + 0.2)
        {
            // Wall tops: the body colour, with stakes every ~1.8 m.
            colour = Spec.Body * (Frac(along / 1.8) < 0.1 ? 0.75f : 1.0f);
            z = (float)top;
            return true;
        }

        double level;
        Rgbn c;
        switch (Spec.Load)
        {
            case CarLoad.Coal:
            case CarLoad.Ore:
            case CarLoad.Gravel:
            case CarLoad.Scrap:
                {
                    // Heaped load: one mound per loading point, highest in the middle.
                    var mound = Math.Cos(Frac((along + halfL) / (Spec.Length / Spec.Heaps)) * 2 * Math.PI - Math.PI);
                    level = top - 0.6 + (0.45 * (-mound)) - (0.5 * (across / halfW) * (across / halfW));
                    var tex = Noise.Fbm(along * 4, across * 4, 1, 2, Spec.Seed + 11);
                    c = Spec.LoadColour * (0.75f + (0.5f * tex));
                    if (Spec.Load == CarLoad.Scrap)
                    {
                        var blob = Noise.Value(along * 2.5, across * 2.5, Spec.Seed + 5);
                        c = c.Mix(Rgbn.Rgb(0.42f, 0.3f, 0.22f), blob) * (0.6f + (0.8f * Noise.Unit((int)(along * 6), (int)(across * 6), Spec.Seed)));
                    }

                    // Light from the slope of the heap.
                    var slope = -Math.Sin(Frac((along + halfL) / (Spec.Length / Spec.Heaps)) * 2 * Math.PI - Math.PI) * 0.3;
                    c *= Lambert(-across / halfW * 0.4, 1, slope);
                    break;
                }

            case CarLoad.Timber:
                level = top - 0.2;
                c = Spec.LoadColour * (Frac(across / 0.28) < 0.25 ? 0.55f : (0.85f + (0.3f * Noise.Value(along * 0.5, across * 3.5, Spec.Seed))));
                break;
            default:
                level = top - wallDepth;
                c = Rgbn.Rgb(0.2f, 0.14f, 0.1f) * (0.7f + (0.6f * Noise.Fbm(along, across, 0.8, 2, Spec.Seed + 13)));
                if (Frac(along / 1.8) < 0.08)
                {
                    c *= 0.7f;
                }

                break;
        }

        // The sunward wall shades the load or floor.
        var t = (top - level) / sun.TanElevation;
        var a1 = along + (sunAlong * t);
        var c1 = across + (sunAcross * t);
        if (Math.Abs(a1) > halfL - wall || Math.Abs(c1) > halfW - wall)
        {
            c *= 0.35f;
        }

        z = (float)level;
        colour = c.Mix(Rgbn.Rgb(Snow, Snow, Snow + 0.03f), SnowCover(along, across) * 0.9f);
        return true;
    }

    private bool ShadeCoveredHopper(double along, double across, double halfL, double halfW, out Rgbn colour, out float z)
    {
        var nAcross = across / halfW * 0.55;
        var shade = Lambert(nAcross, Math.Sqrt(1 - (nAcross * nAcross)));
        var c = Spec.Body * shade;
        if (Math.Abs(across) < 0.38)
        {
            // Trough hatch with covers every ~2.4 m.
            c *= Frac(along / 2.4) < 0.15 ? 0.6f : 0.85f;
        }

        if (halfW - Math.Abs(across) < 0.08)
        {
            c *= 0.7f;
        }

        z = (float)(Spec.Height - (0.3 * (across / halfW) * (across / halfW)));
        colour = c.Mix(Rgbn.Rgb(Snow, Snow, Snow + 0.03f) * shade, SnowCover(along, across));
        return true;
    }

    private bool ShadeFlat(double along, double across, double halfL, double halfW, out Rgbn colour, out float z)
    {
        if (Spec.Load == CarLoad.Containers)
        {
            foreach (var box in Spec.Containers)
            {
                if (along >= box.From && along <= box.To && Math.Abs(across) <= 1.22)
                {
                    var c = box.Colour * (Frac(along / 0.32) < 0.35 ? 0.9f : 1.02f);
                    if (along - box.From < 0.12 || box.To - along < 0.12 || 1.22 - Math.Abs(across) < 0.08)
                    {
                        c *= 0.72f;
                    }

                    z = (float)(Spec.DeckHeight + box.Height);
                    colour = c.Mix(Rgbn.Rgb(Snow, Snow, Snow + 0.03f), SnowCover(along, across));
                    return true;
                }
            }
        }
        else if (Spec.Load == CarLoad.Timber && Math.Abs(along) < halfL - 1 && Math.Abs(across) < halfW - 0.15)
        {
            z = (float)(Spec.DeckHeight + 2.2);
            var logs = Frac(across / 0.3) < 0.22 ? 0.55f : 0.9f + (0.25f * Noise.Value(along * 0.6, across * 3.3, Spec.Seed));
            colour = (Spec.LoadColour * logs * Lambert(across / halfW * 0.3, 1)).Mix(Rgbn.Rgb(Snow, Snow, Snow), SnowCover(along, across));
            return true;
        }

        // Deck planks with steel side sills.
        z = (float)Spec.DeckHeight;
        var deck = halfW - Math.Abs(across) < 0.22
            ? Spec.Body
            : Spec.LoadColour * (Frac(across / 0.2) < 0.15 ? 0.75f : 1.0f);
        colour = deck.Mix(Rgbn.Rgb(Snow, Snow, Snow), SnowCover(along, across) * 0.8f);
        return true;
    }

    private bool ShadeLocomotive(double along, double across, double halfL, double halfW, out Rgbn colour, out float z)
    {
        z = (float)Spec.Height;
        var hoodHalfW = halfW * 0.72;
        var cabStart = halfL - 3.2;
        var front = Spec.Variant % 2 == 0 ? along : -along;
        Rgbn c;
        if (front > cabStart)
        {
            // Cab: full width, the roof in the body colour, windows along the front edge.
            c = Spec.Body * Lambert(across / halfW * 0.3, 1);
            if (front > halfL - 0.5)
            {
                c = Rgbn.Rgb(0.06f, 0.07f, 0.09f);
            }
        }
        else if (Math.Abs(across) > hoodHalfW && Spec.Variant % 3 != 0)
        {
            // Walkways beside a narrow hood.
            z = 1.8f;
            c = Rgbn.Rgb(0.2f, 0.2f, 0.2f) * (Frac(along / 0.4) < 0.3 ? 0.8f : 1f);
        }
        else
        {
            c = Spec.Body * Lambert(across / halfW * 0.35, 1);
            if (Math.Abs(across) < hoodHalfW * 0.35)
            {
                c = Spec.LoadColour * Lambert(0, 1);
            }

            // Radiator fans and a grille towards the rear.
            for (var k = 0; k < 3; k++)
            {
                var fa = -halfL + 2.2 + (k * 1.6);
                if (((front - fa) * (front - fa)) + (across * across) < 0.36)
                {
                    c = Rgbn.Rgb(0.07f, 0.07f, 0.07f) * (Frac(Math.Atan2(across, front - fa) * 1.6) < 0.5 ? 0.7f : 1.4f);
                }
            }

            if (front > -2 && front < 1.5 && Math.Abs(across) < 0.9)
            {
                c *= Frac(front / 0.25) < 0.5 ? 0.55f : 0.8f;
            }
        }

        colour = c.Mix(Rgbn.Rgb(Snow, Snow, Snow), SnowCover(along, across) * 0.5f);
        return true;
    }

    private static double Frac(double x) => x - Math.Floor(x);
}
