using RailWatch.AltScenes.Bench.Scenes;

namespace RailWatch.AltScenes.Bench.Rendering;

/// <summary>
/// The land around the yard: a patchwork of irregular cells (nearest of jittered grid points), each grass, a
/// striped field, bare soil, a gravel lot, scrub or paving, with darker hedges along cell borders; and the roads.
/// </summary>
internal sealed class LandCoverShader
{
    private readonly LandCover land;
    private readonly GroundSeason season;
    private readonly IReadOnlyList<Road> roads;
    private readonly double[] cumulative;
    private readonly CoverKind[] kinds;

    public LandCoverShader(LandCover land, GroundSeason season, IReadOnlyList<Road> roads)
    {
        (this.land, this.season, this.roads) = (land, season, roads);
        kinds = [.. land.Kinds.Where(k => k.Weight > 0).Select(k => k.Kind)];
        var total = land.Kinds.Sum(k => k.Weight);
        double running = 0;
        cumulative = [.. land.Kinds.Where(k => k.Weight > 0).Select(k => running += k.Weight / total)];
    }

    /// <summary>Reflectance of open land at (e, n), and whether it is a road; (s, o) are the bundle's curve coordinates.</summary>
    public (Rgbn Albedo, bool Road) Shade(double e, double n, double s, double o, double step, int fx, int fy)
    {
        foreach (var road in roads)
        {
            var d = (road.AlongBundle ? o : s) - road.Position;
            if (Math.Abs(d) < road.Width / 2)
            {
                return (Road(road, d, road.AlongBundle ? s : o, step, fx, fy), true);
            }
        }

        var (cell, border) = NearestCell(e / land.CellSize, n / land.CellSize);
        var h = PositionNoise.Hash(cell.X, cell.Y, land.Seed);
        var kind = KindOf((h & 0xFFFF) / 65536.0);
        var tint = 0.85f + (0.3f * ((h >> 16) & 0xFF) / 255f);
        var albedo = Cover(kind, e, n, step, h) * tint;
        var texture = 1 + (0.12f * PositionNoise.Fractal(e / 4, n / 4, land.Seed + 3, 2)) + (0.12f * PositionNoise.Smooth(e / 30, n / 30, land.Seed + 6)) + (0.05f * PositionNoise.White(fx, fy, land.Seed + 4));
        albedo *= texture;
        if (border * land.CellSize < 1.2 && kind is CoverKind.Field or CoverKind.Grass)
        {
            albedo *= 0.82f;
        }

        return (albedo, false);
    }

    private Rgbn Cover(CoverKind kind, double e, double n, double step, uint hash) => kind switch
    {
        CoverKind.Grass => season == GroundSeason.Dry ? new Rgbn(0.19f, 0.17f, 0.10f, 0.30f) : new Rgbn(0.07f, 0.13f, 0.05f, 0.42f),
        CoverKind.Field => Field(e, n, step, hash),
        CoverKind.Soil => new Rgbn(0.19f, 0.14f, 0.10f, 0.25f),
        CoverKind.GravelLot => new Rgbn(0.28f, 0.27f, 0.25f, 0.30f),
        CoverKind.Scrub => new Rgbn(0.05f, 0.09f, 0.04f, 0.38f) * (1 + (0.4f * PositionNoise.Smooth(e / 1.5, n / 1.5, land.Seed + 5))),
        _ => new Rgbn(0.30f, 0.30f, 0.29f, 0.31f),
    };

    /// <summary>Crop rows in a direction and pitch of the cell's own.</summary>
    private Rgbn Field(double e, double n, double step, uint hash)
    {
        var angle = (hash >> 24) / 256.0 * Math.PI;
        var pitch = 0.8 + (((hash >> 8) & 0xF) / 10.0);
        var across = (e * Math.Cos(angle)) + (n * Math.Sin(angle));
        var crop = Coverage.Periodic(across, Math.Max(step, 0.05) / 2, pitch, pitch * 0.55);
        var plant = season == GroundSeason.Dry ? new Rgbn(0.30f, 0.26f, 0.16f, 0.35f) : new Rgbn(0.06f, 0.15f, 0.05f, 0.50f);
        return Rgbn.Lerp(Rgbn.Lerp(new Rgbn(0.17f, 0.13f, 0.09f, 0.24f), plant, 0.4f), plant, crop * 0.6f);
    }

    private static Rgbn Road(Road road, double across, double along, double step, int fx, int fy)
    {
        var albedo = road.Surface * (1 + (0.06f * PositionNoise.White(fx, fy, 99)));
        var marking = Coverage.Interval(across - (step / 2), across + (step / 2), -0.075, 0.075) * Coverage.Periodic(along, step / 2, 9, 3);
        var edges = Coverage.Interval(Math.Abs(across) - (step / 2), Math.Abs(across) + (step / 2), (road.Width / 2) - 0.45, (road.Width / 2) - 0.3);
        return Rgbn.Lerp(albedo, Rgbn.Grey(0.6f), Math.Min(1, marking + edges));
    }

    private CoverKind KindOf(double u)
    {
        for (var k = 0; k < cumulative.Length; k++)
        {
            if (u < cumulative[k])
            {
                return kinds[k];
            }
        }

        return kinds[^1];
    }

    /// <summary>The cell whose jittered centre is nearest, and how much farther the second nearest is (0 on a border).</summary>
    private ((int X, int Y) Cell, double Border) NearestCell(double x, double y)
    {
        var ix = (int)Math.Floor(x);
        var iy = (int)Math.Floor(y);
        double best = double.MaxValue, second = double.MaxValue;
        var cell = (ix, iy);
        for (var dy = -1; dy <= 1; dy++)
        {
            for (var dx = -1; dx <= 1; dx++)
            {
                var cx = ix + dx;
                var cy = iy + dy;
                var h = PositionNoise.Hash(cx, cy, land.Seed + 1);
                var px = cx + 0.15 + (0.7 * (h & 0xFFFF) / 65536.0) - x;
                var py = cy + 0.15 + (0.7 * (h >> 16) / 65536.0) - y;
                var d = (px * px) + (py * py);
                if (d < best)
                {
                    second = best;
                    best = d;
                    cell = (cx, cy);
                }
                else if (d < second)
                {
                    second = d;
                }
            }
        }

        return (cell, (Math.Sqrt(second) - Math.Sqrt(best)) / 2);
    }
}
