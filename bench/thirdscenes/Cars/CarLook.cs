using RailWatch.ThirdScenes.Bench.Rendering;

namespace RailWatch.ThirdScenes.Bench.Cars;

/// <summary>
/// The body of a car: roof texture by kind (ribs, hatches, cylinder shading, loads, interiors with the shadow of
/// their walls), dirt, rust, repainted or sprayed patches and snow; sides with posts, doors, windows, graffiti and
/// a dark underframe, which show when the image is taken off nadir.
/// </summary>
internal sealed class CarLook(Railcar car) : PrismLook
{
    private static readonly Rgbn Snow = new(0.82f, 0.84f, 0.88f, 0.72f);
    private static readonly Rgbn RustStain = new(0.25f, 0.12f, 0.06f, 0.28f);
    private static readonly Rgbn Underframe = new(0.045f, 0.043f, 0.04f, 0.05f);
    private readonly Noise noise = new(car.LookSeed);

    public override Surface Top(Prism prism, double along, double across, SunView sun)
    {
        var (sa, sc) = sun.Local(prism);
        var w = across / prism.HalfWidth;
        var surface = car.Kind switch
        {
            CarKind.Boxcar => Boxcar(prism, along, across, w, sun, sa, sc),
            CarKind.CoveredHopper => Hopper(prism, along, across, w, sun, sa, sc),
            CarKind.TankCar => Tank(prism, along, across, w, sun, sa, sc),
            CarKind.Gondola => Gondola(prism, along, across, sun, sa, sc),
            CarKind.ContainerFlat => Deck(along),
            _ => Coach(prism, along, across, w, sun, sc),
        };
        var albedo = Weather(prism, along, across, surface.Albedo);
        return surface with { Albedo = albedo };
    }

    public override Rgbn Wall(Prism prism, Face face, double position, double height)
    {
        if (height < 0.95 || car.Kind == CarKind.ContainerFlat)
        {
            return Underframe;
        }

        var body = car.Paint.Body;
        var side = face is Face.AcrossPlus or Face.AcrossMinus;
        if (!side)
        {
            return body.Scale(0.9f);
        }

        var u = position + prism.HalfLength;
        body = car.Kind switch
        {
            CarKind.Boxcar when Math.Abs(position) < 1.5 => body.Scale(0.8f),
            CarKind.Boxcar or CarKind.Gondola => body.Scale(Post(u, car.Kind == CarKind.Gondola ? 1.1 : 0.9)),
            CarKind.Coach when height is > 2.0 and < 2.8 && (u % 1.6) > 0.25 => new Rgbn(0.05f, 0.06f, 0.07f, 0.05f),
            CarKind.CoveredHopper when height < 1.8 => body.Scale(0.75f),
            _ => body,
        };
        if (car.Paint.Graffiti > 0 && height is > 1.2 and < 3.2)
        {
            var cell = (int)Math.Floor(u / 4.5);
            var key = noise.Cell(cell, face == Face.AcrossPlus ? 11 : 12);
            if (key < 0.25 * car.Paint.Graffiti)
            {
                var hue = noise.Cell(cell, 13);
                var spray = noise.Fbm(u, height, 0.7, 2) > 0.45;
                var colour = hue < 0.33 ? new Rgbn(0.55f, 0.12f, 0.45f, 0.4f) : hue < 0.66 ? new Rgbn(0.15f, 0.45f, 0.6f, 0.4f) : new Rgbn(0.75f, 0.7f, 0.2f, 0.55f);
                body = spray ? colour : Rgbn.Gray(0.85f);
            }
        }

        return body;
    }

    private static float Post(double u, double pitch) => (u % pitch) < 0.12 ? 1.12f : 1f;

    private static float Lambert(SunView sun, double na, double nc, double nz, double sa, double sc) =>
        (float)Math.Max(0, (sun.SinElevation * nz) + (sun.CosElevation * ((na * sa) + (nc * sc))));

    private Surface Boxcar(Prism prism, double along, double across, double w, SunView sun, double sa, double sc)
    {
        var nc = 0.22 * w;
        var direct = Lambert(sun, 0, nc, Math.Sqrt(1 - (nc * nc)), sa, sc);
        var u = along + prism.HalfLength;
        var rib = Math.Cos(2 * Math.PI * u / 0.8);
        var albedo = car.Paint.Roof.Scale((float)(0.95 + (0.09 * rib * rib * rib * rib)));
        if (Math.Abs(across) < 0.3 && noise.Cell(0, 1) < 0.3)
        {
            albedo = albedo.Scale(0.7f); // running board
        }

        return new Surface(Patches(u, across, albedo), direct, 1);
    }

    private Surface Hopper(Prism prism, double along, double across, double w, SunView sun, double sa, double sc)
    {
        var u = along + prism.HalfLength;
        var fromEnd = prism.HalfLength - Math.Abs(along);
        var na = fromEnd < 1.3 ? Math.Sign(along) * 0.4 : 0;
        var nc = 0.18 * w;
        var direct = Lambert(sun, na, nc, Math.Sqrt(1 - (na * na) - (nc * nc)), sa, sc);
        var albedo = car.Paint.Roof;
        if (noise.Cell(0, 2) < 0.5)
        {
            // A trough hatch along the middle, in sections.
            if (Math.Abs(across) < 0.38 && fromEnd > 1.5)
            {
                albedo = albedo.Scale((u % 3.1) < 0.12 ? 0.5f : 0.82f);
            }
        }
        else
        {
            var k = Math.Round((u - 1.8) / 2.3);
            var du = u - 1.8 - (k * 2.3);
            var r = Math.Sqrt((du * du) + (across * across));
            if (fromEnd > 1.4 && r < 0.42)
            {
                albedo = albedo.Scale(r > 0.34 ? 0.45f : 1.12f);
            }
        }

        return new Surface(Patches(u, across, albedo), direct, 1);
    }

    private Surface Tank(Prism prism, double along, double across, double w, SunView sun, double sa, double sc)
    {
        var fromEnd = prism.HalfLength - Math.Abs(along);
        if (fromEnd < 0.6)
        {
            return new Surface(new Rgbn(0.07f, 0.065f, 0.06f, 0.08f), (float)sun.SinElevation, 0.9f);
        }

        var nc = Math.Clamp(w, -0.97, 0.97);
        var na = fromEnd < 1.2 ? Math.Sign(along) * (1.2 - fromEnd) * 0.6 : 0;
        var nz = Math.Sqrt(Math.Max(0.05, 1 - (nc * nc) - (na * na)));
        var direct = Lambert(sun, na, nc, nz, sa, sc);
        var albedo = car.Paint.Body;
        var r = Math.Sqrt((along * along) + (across * across));
        if (r < 0.55)
        {
            // The dome: a small hemisphere on top.
            var rr = r / 0.55;
            var dz = Math.Sqrt(1 - (rr * rr));
            direct = Lambert(sun, along / 0.55, across / 0.55, dz, sa, sc);
            albedo = albedo.Scale(0.9f);
        }
        else if (Math.Abs(across) < 0.22 && noise.Cell(0, 3) < 0.5)
        {
            albedo = new Rgbn(0.1f, 0.1f, 0.1f, 0.11f); // walkway grating
        }

        var u = along + prism.HalfLength;
        var stain = noise.Fbm(u * 0.5, across * 4, 1, 2);
        albedo = Rgbn.Mix(albedo, new Rgbn(0.08f, 0.07f, 0.06f, 0.09f), (float)Math.Clamp((stain - 0.55) * 3 * car.Paint.Dirt, 0, 0.8));
        return new Surface(albedo, direct, (float)(0.5 + (0.5 * nz)));
    }

    private Surface Gondola(Prism prism, double along, double across, SunView sun, double sa, double sc)
    {
        const double Rim = 0.14;
        var fromSide = prism.HalfWidth - Math.Abs(across);
        var fromEnd = prism.HalfLength - Math.Abs(along);
        if (fromSide < Rim || fromEnd < Rim)
        {
            return new Surface(car.Paint.Body.Scale(1.1f), (float)sun.SinElevation, 1);
        }

        var u = along + prism.HalfLength;
        var (albedo, depth, bumps) = car.Load switch
        {
            GondolaLoad.Coal => (new Rgbn(0.05f, 0.05f, 0.05f, 0.055f), 0.35, 0.35),
            GondolaLoad.Ore => (new Rgbn(0.24f, 0.13f, 0.08f, 0.3f), 0.5, 0.3),
            GondolaLoad.Scrap => (Scrap(u, across), 0.7, 0.6),
            _ => (Rgbn.Mix(car.Paint.Body.Scale(0.7f), RustStain, (float)(0.3 + (0.5 * car.Paint.Rust))), prism.Z1 - 1.1, 0.05),
        };

        // A ridge of loose load along the middle, lumpy; or a flat floor.
        var nc = car.Load == GondolaLoad.Empty ? 0 : -0.35 * Math.Sign(across) * Math.Min(1, Math.Abs(across) / prism.HalfWidth * 1.6);
        var lump = (noise.Value(u / 0.35, across / 0.35) - 0.5) * bumps;
        var na = lump;
        var direct = Lambert(sun, na, nc, Math.Sqrt(Math.Max(0.1, 1 - (na * na) - (nc * nc))), sa, sc);

        // The walls shade the inside on the sun's side: how far toward the sun before the ray leaves over a wall.
        var exit = double.PositiveInfinity;
        if (Math.Abs(sa) > 1e-6)
        {
            exit = Math.Min(exit, ((Math.Sign(sa) * (prism.HalfLength - Rim)) - along) / sa);
        }

        if (Math.Abs(sc) > 1e-6)
        {
            exit = Math.Min(exit, ((Math.Sign(sc) * (prism.HalfWidth - Rim)) - across) / sc);
        }

        if (exit * sun.SinElevation / sun.CosElevation < depth)
        {
            direct = 0;
        }

        var sky = (float)Math.Clamp(1 - (depth * 0.25), 0.4, 1);
        return new Surface(albedo, direct, sky);
    }

    private Rgbn Scrap(double u, double across)
    {
        var v = noise.Cell((int)Math.Floor(u / 0.4), (int)Math.Floor(across / 0.4) + 100);
        return v < 0.4 ? new Rgbn(0.2f, 0.11f, 0.07f, 0.24f) : v < 0.7 ? new Rgbn(0.3f, 0.29f, 0.28f, 0.31f) : new Rgbn(0.08f, 0.07f, 0.07f, 0.09f);
    }

    private static Surface Deck(double along)
    {
        var member = Math.Abs(along % 1.6) < 0.2;
        return new Surface(member ? new Rgbn(0.16f, 0.14f, 0.12f, 0.17f) : new Rgbn(0.1f, 0.09f, 0.08f, 0.11f), 0.9f, 0.9f);
    }

    private Surface Coach(Prism prism, double along, double across, double w, SunView sun, double sc)
    {
        var nc = 0.45 * w;
        var direct = Lambert(sun, 0, nc, Math.Sqrt(1 - (nc * nc)), 0, sc);
        var albedo = car.Paint.Roof.Scale(1.1f);
        var third = prism.HalfLength / 1.7;
        if (Math.Abs(Math.Abs(along) - third) < 1.3 && Math.Abs(across) < 0.8)
        {
            albedo = Rgbn.Gray(0.55f); // air-conditioning units
        }
        else if (Math.Abs(across) < 0.15 && ((along + prism.HalfLength) % 1.3) < 0.3)
        {
            albedo = albedo.Scale(0.6f); // vents
        }

        return new Surface(albedo, direct, 1);
    }

    /// <summary>Repainted panels and sprayed patches on a roof.</summary>
    private Rgbn Patches(double u, double across, Rgbn albedo)
    {
        if (car.Paint.Graffiti > 0)
        {
            var cell = (int)Math.Floor(u / 3.5);
            if (noise.Cell(cell, 21) < 0.12 * car.Paint.Graffiti && Math.Abs(across) < 1.2)
            {
                albedo = Rgbn.Mix(albedo, noise.Cell(cell, 22) < 0.5 ? Rgbn.Gray(0.6f) : new Rgbn(0.12f, 0.12f, 0.14f, 0.13f), 0.7f);
            }
        }

        return albedo;
    }

    private Rgbn Weather(Prism prism, double along, double across, Rgbn albedo)
    {
        var u = along + prism.HalfLength;
        var dirt = noise.Fbm(u, across, 1.6, 3);
        albedo = albedo.Scale((float)(1 - (car.Paint.Dirt * 0.35 * dirt)));
        var streak = noise.Fbm(u * 2.5, across * 0.25, 1, 2);
        albedo = Rgbn.Mix(albedo, RustStain, (float)Math.Clamp((streak - 0.5) * 2.5 * car.Paint.Rust, 0, 0.7));
        if (car.RoofSnow > 0 && !(car.Kind == CarKind.TankCar && Math.Abs(across) > 0.55 * prism.HalfWidth))
        {
            var cover = noise.Fbm(u, across, 1.3, 3);
            if (cover < car.RoofSnow)
            {
                albedo = Snow;
            }
        }

        return albedo;
    }
}
