using RailWatch.ThirdScenes.Bench.Plan;
using RailWatch.ThirdScenes.Bench.Rendering;

namespace RailWatch.ThirdScenes.Bench.Cars;

/// <summary>A car's body colour and how worn it is.</summary>
internal sealed record CarPaint(Rgbn Body, Rgbn Roof, double Dirt, double Rust, int Graffiti);

/// <summary>The colours of freight cars: mostly grey, silver, rust-brown and black, some green, blue, red and white.</summary>
internal static class CarPalette
{
    private static readonly (Rgbn Colour, double Weight)[] Bodies =
    [
        (new Rgbn(0.30f, 0.30f, 0.30f, 0.33f), 0.18), // grey
        (new Rgbn(0.50f, 0.50f, 0.49f, 0.50f), 0.12), // silver / aluminium
        (new Rgbn(0.23f, 0.12f, 0.08f, 0.27f), 0.20), // rust brown
        (new Rgbn(0.06f, 0.06f, 0.06f, 0.07f), 0.15), // black
        (new Rgbn(0.07f, 0.13f, 0.09f, 0.22f), 0.08), // dark green
        (new Rgbn(0.08f, 0.13f, 0.27f, 0.22f), 0.06), // blue
        (new Rgbn(0.38f, 0.08f, 0.06f, 0.33f), 0.06), // red
        (new Rgbn(0.70f, 0.70f, 0.68f, 0.66f), 0.07), // white
        (new Rgbn(0.45f, 0.36f, 0.13f, 0.43f), 0.04), // ochre
        (new Rgbn(0.15f, 0.14f, 0.13f, 0.17f), 0.04), // dark grey
    ];

    public static CarPaint Draw(Random random)
    {
        var body = Bodies[random.Weighted(Bodies.Select(b => b.Weight).ToArray())].Colour;
        body = body.Scale((float)random.Uniform(0.85, 1.15));
        var dirt = random.Uniform(0, 0.7);
        var roof = Rgbn.Mix(body, new Rgbn(0.17f, 0.15f, 0.13f, 0.2f), (float)(dirt * 0.6));
        return new CarPaint(body, roof, dirt, random.Uniform(0, 0.6), random.Chance(0.3) ? random.Next(1, 4) : 0);
    }

    /// <summary>A similar paint (same cut, same operator): the colour jittered a little.</summary>
    public static CarPaint Jitter(CarPaint paint, Random random)
    {
        var k = (float)random.Uniform(0.9, 1.1);
        var dirt = Math.Clamp(paint.Dirt + random.Uniform(-0.15, 0.15), 0, 1);
        return paint with
        {
            Body = paint.Body.Scale(k),
            Roof = paint.Roof.Scale(k),
            Dirt = dirt,
            Rust = Math.Clamp(paint.Rust + random.Uniform(-0.2, 0.2), 0, 1),
            Graffiti = random.Chance(0.3) ? random.Next(1, 4) : 0,
        };
    }

    public static readonly Rgbn[] Containers =
    [
        new(0.10f, 0.22f, 0.45f, 0.35f), // blue
        new(0.45f, 0.10f, 0.07f, 0.38f), // red
        new(0.70f, 0.70f, 0.70f, 0.66f), // white
        new(0.12f, 0.28f, 0.15f, 0.30f), // green
        new(0.35f, 0.35f, 0.35f, 0.37f), // grey
        new(0.55f, 0.35f, 0.12f, 0.48f), // orange-brown
        new(0.30f, 0.17f, 0.10f, 0.32f), // rust
    ];
}
