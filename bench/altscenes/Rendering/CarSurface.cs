using RailWatch.AltScenes.Bench.Scenes;

namespace RailWatch.AltScenes.Bench.Rendering;

/// <summary>What a fine pixel shows: whether it hits the object, the reflectance, height, direct-light factor and owner.</summary>
internal readonly record struct SurfacePixel(bool Hit, Rgbn Albedo, float Z, float Shade, int Owner)
{
    public static SurfacePixel Miss { get; } = new(false, default, 0, 0, 0);
}

/// <summary>
/// The top of one railcar seen from above, by type: boxcar roofs with seams, tank cylinders shaded across their
/// width, hoppers with ribs across and a hatch line, open cars with a darker, partly self-shadowed inside,
/// flatcars with a low dark deck and containers. Coordinates: x along the car, y across it, metres from its centre.
/// </summary>
internal sealed class CarSurface
{
    public const double ContainerHalfWidth = 1.22;
    private const double Rim = 0.12;

    private readonly Railcar car;
    private readonly int owner;
    private readonly SunLight sun;
    private readonly Rgbn snow;
    private readonly double a, b;
    private readonly double sunX, sunY;

    public CarSurface(Railcar car, int owner, SunLight sun, Rgbn snow)
    {
        (this.car, this.owner, this.sun, this.snow) = (car, owner, sun, snow);
        a = car.Length / 2;
        b = car.Width / 2;
        sunX = (sun.TowardE * car.DirE) + (sun.TowardN * car.DirN);
        sunY = (-sun.TowardE * car.DirN) + (sun.TowardN * car.DirE);
    }

    public SurfacePixel At(double x, double y, double step) => car.Type switch
    {
        CarType.Boxcar => Boxcar(x, y, step),
        CarType.Tank => Tank(x, y),
        CarType.Hopper => car.Covered ? CoveredHopper(x, y, step) : OpenCar(x, y, step, ribs: true),
        CarType.Gondola => OpenCar(x, y, step, ribs: false),
        _ => Flat(x, y, step),
    };

    private SurfacePixel Boxcar(double x, double y, double step)
    {
        var g = Grime(x, y);
        var top = car.SnowOnRoof ? snow * (0.93f + (0.05f * g)) : car.Roof * g;
        var z = (float)car.Height;
        if (Math.Abs(y) > b - Rim)
        {
            top = car.Body * (0.8f * g);
        }

        if (Math.Abs(x) > a - 0.3)
        {
            top = car.Body * (0.5f * g);
            z -= 0.3f;
        }

        top *= 1 - (0.25f * Coverage.Periodic(x, step / 2, 1.25, 0.06));
        var tilt = y / b * 0.12;
        return new SurfacePixel(true, top, z, Shade(0, tilt, 1), owner);
    }

    private SurfacePixel Tank(double x, double y)
    {
        var g = Grime(x, y);
        var bodyHalf = a - 0.7;
        if (Math.Abs(x) > bodyHalf)
        {
            // End platforms: low, dark, a little narrower than the car.
            return Math.Abs(y) <= b * 0.85 ? new SurfacePixel(true, Rgbn.Grey(0.07f) * g, 1.2f, 1, owner) : SurfacePixel.Miss;
        }

        var headRadius = Math.Min(1.2, b);
        var q = Math.Max(0, (Math.Abs(x) - (bodyHalf - headRadius)) / headRadius);
        var halfWidth = b * Math.Sqrt(Math.Max(0, 1 - (q * q)));
        if (Math.Abs(y) > halfWidth || halfWidth < 0.05)
        {
            return SurfacePixel.Miss;
        }

        var w = y / halfWidth;
        var up = Math.Sqrt(Math.Max(0.0, 1 - (w * w)));
        var nx = Math.Sign(x) * q * up;
        var shade = Shade(nx, w, up * Math.Sqrt(Math.Max(0, 1 - (q * q))));
        var albedo = car.SnowOnRoof && Math.Abs(w) < 0.6 ? snow * (0.92f + (0.05f * g)) : car.Body * g;
        if (Math.Abs(x) < 0.9 && Math.Abs(y) < 0.55)
        {
            albedo *= 0.65f; // dome and manway platform
        }

        var z = car.Height - (b * (1 - (up * Math.Sqrt(Math.Max(0, 1 - (q * q))))));
        return new SurfacePixel(true, albedo, (float)z, shade, owner);
    }

    private SurfacePixel CoveredHopper(double x, double y, double step)
    {
        var g = Grime(x, y);
        var slopeStart = a - 1.4;
        if (Math.Abs(x) > slopeStart)
        {
            // Sloped end sheets, 35° towards the car's end.
            const double slope = 0.61;
            var z = car.Height - ((Math.Abs(x) - slopeStart) * 0.7);
            return new SurfacePixel(true, car.Body * (0.9f * g), (float)z, Shade(Math.Sign(x) * Math.Sin(slope), 0, Math.Cos(slope)), owner);
        }

        var top = car.SnowOnRoof ? snow * (0.93f + (0.05f * g)) : car.Roof * g;
        top *= 1 - (0.3f * Coverage.Periodic(x, step / 2, 1.1, 0.14));
        if (Math.Abs(y) > b - 0.15)
        {
            top = car.Body * (0.7f * g);
        }
        else if (Math.Abs(y) < 0.35)
        {
            var hatch = Coverage.Periodic(x + 0.9, step / 2, 2.6, 1.8);
            top = (car.SnowOnRoof ? snow : car.Roof) * (g * (0.78f + (0.2f * hatch)));
        }

        return new SurfacePixel(true, top, (float)car.Height, 1, owner);
    }

    /// <summary>Gondolas and open hoppers: a rim, and inside a load or bare floor, shadowed by the wall on the sun's side.</summary>
    private SurfacePixel OpenCar(double x, double y, double step, bool ribs)
    {
        var g = Grime(x, y);
        var inside = a - Rim;
        var insideWidth = b - Rim;
        if (Math.Abs(x) > inside || Math.Abs(y) > insideWidth)
        {
            return new SurfacePixel(true, car.Body * (1.05f * g), (float)car.Height, 1, owner);
        }

        if (ribs && Coverage.Periodic(x, step / 2, 2.0, 0.18) > 0.5)
        {
            return new SurfacePixel(true, car.Body * (0.9f * g), (float)car.Height, 1, owner);
        }

        var speckle = PositionNoise.White((int)Math.Floor(x / 0.25), (int)Math.Floor(y / 0.25), car.PatternSeed + 7);
        var load = LoadAlbedo(car.Load) * (car.Load switch
        {
            OpenLoad.Coal => 1 + (0.25f * speckle),
            OpenLoad.Scrap => 1 + (0.6f * speckle),
            OpenLoad.Stone => 1 + (0.2f * speckle),
            _ => g,
        });
        if (car.SnowOnRoof)
        {
            load = snow * (0.9f + (0.05f * speckle));
        }

        var exit = Exit(x, y, inside, insideWidth);
        var shaded = exit < car.InteriorDepth * sun.ShadowPerMetre;
        return new SurfacePixel(true, load, (float)(car.Height - car.InteriorDepth), shaded ? 0 : 1, owner);
    }

    private SurfacePixel Flat(double x, double y, double step)
    {
        var g = Grime(x, y);
        for (var k = 0; k < car.Containers.Count; k++)
        {
            var box = car.Containers[k];
            var cx = x - box.Along;
            if (Math.Abs(cx) <= box.Length / 2 && Math.Abs(y) <= ContainerHalfWidth)
            {
                var top = car.SnowOnRoof ? snow * (0.93f + (0.05f * g)) : box.Colour * g;
                top *= 1 - (0.15f * Coverage.Periodic(cx, step / 2, 0.3, 0.12));
                if (Math.Abs(cx) > (box.Length / 2) - 0.1 || Math.Abs(y) > ContainerHalfWidth - 0.1)
                {
                    top *= 0.75f;
                }

                return new SurfacePixel(true, top, (float)box.Top, 1, owner + 1 + k);
            }
        }

        if (Math.Abs(y) > b * 0.95)
        {
            return SurfacePixel.Miss;
        }

        var deck = car.Body * (g * (1 - (0.2f * Coverage.Periodic(y, step / 2, 0.3, 0.05))));
        if (car.SnowOnRoof)
        {
            deck = Rgbn.Lerp(deck, snow, 0.7f);
        }

        return new SurfacePixel(true, deck, (float)car.Height, 1, owner);
    }

    /// <summary>The mean reflectance of an open car's load, or of its bare floor when empty.</summary>
    public static Rgbn LoadAlbedo(OpenLoad load) => load switch
    {
        OpenLoad.Coal => new Rgbn(0.03f, 0.03f, 0.032f, 0.04f),
        OpenLoad.Scrap => new Rgbn(0.17f, 0.13f, 0.10f, 0.18f),
        OpenLoad.Stone => new Rgbn(0.30f, 0.29f, 0.27f, 0.32f),
        _ => new Rgbn(0.09f, 0.055f, 0.04f, 0.10f),
    };

    /// <summary>Distance from (x, y) towards the sun to the edge of the car's inside.</summary>
    private double Exit(double x, double y, double halfX, double halfY)
    {
        var t = double.MaxValue;
        if (Math.Abs(sunX) > 1e-9)
        {
            t = Math.Min(t, ((Math.Sign(sunX) * halfX) - x) / sunX);
        }

        if (Math.Abs(sunY) > 1e-9)
        {
            t = Math.Min(t, ((Math.Sign(sunY) * halfY) - y) / sunY);
        }

        return t;
    }

    private float Grime(double x, double y) =>
        1 + (0.07f * PositionNoise.Smooth(x / 2.5, y / 1.2, car.PatternSeed)) + (0.05f * PositionNoise.Smooth(x / 0.45, y / 0.45, car.PatternSeed + 1));

    /// <summary>Direct light on a surface whose normal is given in car coordinates (not necessarily unit).</summary>
    private float Shade(double nx, double ny, double nz)
    {
        var norm = Math.Sqrt((nx * nx) + (ny * ny) + (nz * nz));
        var e = ((nx * car.DirE) - (ny * car.DirN)) / norm;
        var n = ((nx * car.DirN) + (ny * car.DirE)) / norm;
        return sun.Relative(e, n, nz / norm);
    }
}
