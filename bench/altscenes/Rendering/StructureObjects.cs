using RailWatch.AltScenes.Bench.Scenes;

namespace RailWatch.AltScenes.Bench.Rendering;

/// <summary>A building: flat roof with a parapet, or a gabled roof whose two slopes take the sun differently.</summary>
internal sealed class BuildingObject(Building building, int owner, SunLight sun, Rgbn roof, int seed) : ISceneObject
{
    private readonly BoxCaster box = new(owner, building.E, building.N, building.DirE, building.DirN, building.Length / 2, building.Width / 2, 0, building.Height);

    public Bounds Bounds => box.Footprint;

    public IReadOnlyList<IShadowCaster> Casters => [box];

    public void Paint(TileCanvas canvas)
    {
        var (i0, i1, j0, j1) = canvas.Range(Bounds);
        var a = building.Length / 2;
        var b = building.Width / 2;
        const double pitch = 0.5;
        var sideShade = new[]
        {
            sun.Relative(Math.Sin(pitch) * building.DirN, -Math.Sin(pitch) * building.DirE, Math.Cos(pitch)),
            sun.Relative(-Math.Sin(pitch) * building.DirN, Math.Sin(pitch) * building.DirE, Math.Cos(pitch)),
        };
        for (var j = j0; j < j1; j++)
        {
            for (var i = i0; i < i1; i++)
            {
                var de = canvas.E(i) - building.E;
                var dn = canvas.Nth(j) - building.N;
                var x = (de * building.DirE) + (dn * building.DirN);
                var y = (-de * building.DirN) + (dn * building.DirE);
                if (Math.Abs(x) > a || Math.Abs(y) > b)
                {
                    continue;
                }

                var texture = 1 + (0.08f * PositionNoise.Smooth(x / 3, y / 3, seed)) + (0.04f * PositionNoise.White(i, j, seed + 1));
                var albedo = roof * texture;
                var shade = 1f;
                if (building.Gabled)
                {
                    shade = y < 0 ? sideShade[0] : sideShade[1];
                }
                else if (Math.Abs(x) > a - 0.4 || Math.Abs(y) > b - 0.4)
                {
                    albedo *= 0.8f;
                }

                canvas.Paint((j * canvas.Width) + i, albedo, (float)building.Height, shade, owner);
            }
        }
    }
}

/// <summary>A tree crown: a clumpy dome, lit on the sun's side.</summary>
internal sealed class TreeObject(Tree tree, int owner, SunLight sun, Rgbn crown, int seed) : ISceneObject
{
    public Bounds Bounds { get; } = Bounds.Around(tree.E, tree.N, tree.Radius);

    public IReadOnlyList<IShadowCaster> Casters { get; } =
    [
        new DiscCaster(owner, tree.E, tree.N, tree.Radius * 0.9, tree.CrownBase, tree.Height),
        new DiscCaster(owner, tree.E, tree.N, 0.2, 0, tree.CrownBase),
    ];

    public void Paint(TileCanvas canvas)
    {
        var (i0, i1, j0, j1) = canvas.Range(Bounds);
        for (var j = j0; j < j1; j++)
        {
            for (var i = i0; i < i1; i++)
            {
                var e = canvas.E(i);
                var n = canvas.Nth(j);
                var dx = (e - tree.E) / tree.Radius;
                var dy = (n - tree.N) / tree.Radius;
                var clump = PositionNoise.Smooth(e / 0.9, n / 0.9, seed);
                var rho2 = (dx * dx) + (dy * dy);
                if (rho2 > 1 + (0.25 * clump))
                {
                    continue;
                }

                var up = Math.Sqrt(Math.Max(0.05, 1 - rho2));
                var shade = sun.Relative(dx, dy, up) * (0.8f + (0.3f * clump));
                canvas.Paint((j * canvas.Width) + i, crown * (1 + (0.25f * clump)), (float)(tree.Height * (0.8 + (0.2 * up))), shade, owner);
            }
        }
    }
}

/// <summary>A thin pole or beam: a small box, seen from above as a dot or a line, whose shadow is long and thin.</summary>
internal sealed class SlenderObject(BoxCaster box, Rgbn colour) : ISceneObject
{
    public Bounds Bounds => box.Footprint;

    public IReadOnlyList<IShadowCaster> Casters => [box];

    public static SlenderObject Of(Pole pole, int owner) =>
        new(new BoxCaster(owner, pole.E, pole.N, 1, 0, pole.Size / 2, pole.Size / 2, 0, pole.Height), pole.Colour);

    public static SlenderObject Of(Beam beam, int owner) =>
        new(BoxCaster.Between(owner, beam.E0, beam.N0, beam.E1, beam.N1, beam.Width, beam.Bottom, beam.Top), beam.Colour);

    public void Paint(TileCanvas canvas)
    {
        var (i0, i1, j0, j1) = canvas.Range(Bounds);
        for (var j = j0; j < j1; j++)
        {
            for (var i = i0; i < i1; i++)
            {
                if (box.Contains(canvas.E(i), canvas.Nth(j)))
                {
                    canvas.Paint((j * canvas.Width) + i, colour, (float)box.Top, 1, box.Owner);
                }
            }
        }
    }
}
