using RailWatch.ThirdScenes.Bench.Rendering;

namespace RailWatch.ThirdScenes.Bench.Site;

/// <summary>A plain box: one colour on top and on the walls, slightly varied (masts, beams, lamp towers, cabs).</summary>
internal sealed class PlainLook(Rgbn top, Rgbn wall) : PrismLook
{
    public override Surface Top(Prism prism, double along, double across, SunView sun) => new(top, (float)sun.SinElevation, 1);

    public override Rgbn Wall(Prism prism, Face face, double position, double height) => wall;
}

/// <summary>A shipping container or a truck trailer: corrugated roof and walls, corner castings, dirt, snow.</summary>
internal sealed class BoxLook(Rgbn colour, int seed, double snow) : PrismLook
{
    private readonly Noise noise = new(seed);

    public override Surface Top(Prism prism, double along, double across, SunView sun)
    {
        var corner = prism.HalfLength - Math.Abs(along) < 0.18 && prism.HalfWidth - Math.Abs(across) < 0.18;
        var rib = (along + prism.HalfLength) % 0.28 < 0.07;
        var albedo = corner ? Rgbn.Gray(0.1f) : colour.Scale(rib ? 1.08f : 1f);
        albedo = albedo.Scale((float)(1 - (0.25 * noise.Fbm(along, across, 1.5, 2))));
        if (snow > 0 && noise.Fbm(along, across, 1.2, 2) < snow)
        {
            albedo = new Rgbn(0.82f, 0.84f, 0.88f, 0.72f);
        }

        return new Surface(albedo, (float)sun.SinElevation, 1);
    }

    public override Rgbn Wall(Prism prism, Face face, double position, double height) =>
        colour.Scale((position + 10) % 0.28 < 0.1 ? 0.85f : 0.95f);
}

internal enum RoofKind
{
    Gravel,
    Membrane,
    Bitumen,
    Metal,
}

/// <summary>A building: flat roof of gravel, white membrane, bitumen or ribbed metal, with skylights and plant on it.</summary>
internal sealed class BuildingLook(RoofKind roof, int seed) : PrismLook
{
    private readonly Noise noise = new(seed);

    public override Surface Top(Prism prism, double along, double across, SunView sun)
    {
        var edge = Math.Min(prism.HalfLength - Math.Abs(along), prism.HalfWidth - Math.Abs(across)) < 0.4;
        var albedo = roof switch
        {
            RoofKind.Gravel => Rgbn.Gray(0.24f).Plus(new Rgbn(0.02f, 0.01f, 0, 0.03f)),
            RoofKind.Membrane => new Rgbn(0.62f, 0.63f, 0.64f, 0.6f),
            RoofKind.Bitumen => new Rgbn(0.09f, 0.09f, 0.095f, 0.1f),
            _ => new Rgbn(0.33f, 0.35f, 0.37f, 0.36f).Scale((along + 100) % 1.0 < 0.15 ? 1.15f : 1f),
        };
        albedo = albedo.Scale((float)(0.85 + (0.3 * noise.Fbm(along, across, 4, 3))));
        if (edge)
        {
            albedo = Rgbn.Gray(0.4f);
        }
        else if (noise.Cell(0, 0) < 0.6 && Math.Abs(across) < prism.HalfWidth * 0.6 && (along + 200) % 9 < 2.2 && Math.Abs(across) % 5 < 2.5)
        {
            albedo = new Rgbn(0.35f, 0.4f, 0.45f, 0.3f); // skylights
        }

        return new Surface(albedo, (float)sun.SinElevation, 1);
    }

    public override Rgbn Wall(Prism prism, Face face, double position, double height) => new(0.4f, 0.37f, 0.34f, 0.42f);
}
