namespace RailWatch.AltScenes.Bench.Scenes;

/// <summary>Draws what stands around and over the yard: land cover, roads, buildings, trees, catenary and light masts.</summary>
internal static class SurroundingsDrawer
{
    private static readonly Rgbn[] RoofColours =
    [
        Rgbn.Grey(0.30f), Rgbn.Grey(0.09f), Rgbn.Paint(0.30f, 0.12f, 0.08f), Rgbn.Grey(0.68f), Rgbn.Paint(0.44f, 0.45f, 0.46f),
        Rgbn.Paint(0.20f, 0.22f, 0.25f),
    ];

    public static Surroundings Draw(Random rng, YardLayout layout, ImageWindow window, SceneLook look)
    {
        var roads = DrawRoads(rng, layout);
        var clear = new Clearance(layout, roads);
        var buildings = DrawBuildings(rng, layout, window, clear);
        var trees = DrawTrees(rng, window, clear, buildings, look.Season);
        var poles = new List<Pole>();
        var beams = new List<Beam>();
        if (rng.Chance(0.5))
        {
            DrawCatenary(rng, layout, poles, beams);
        }

        DrawLightMasts(rng, layout, poles, beams);
        var kinds = new List<(CoverKind, double)>
        {
            (CoverKind.Grass, rng.Uniform(0.5, 2)), (CoverKind.Field, rng.Uniform(0, 2)), (CoverKind.Soil, rng.Uniform(0, 1)),
            (CoverKind.GravelLot, rng.Uniform(0, 1)), (CoverKind.Scrub, rng.Uniform(0, 1)), (CoverKind.Paved, rng.Uniform(0, 0.6)),
        };
        return new Surroundings(buildings, trees, poles, beams, roads, new LandCover(rng.Uniform(50, 140), rng.Next(), kinds));
    }

    private static List<Road> DrawRoads(Random rng, YardLayout layout)
    {
        var roads = new List<Road>();
        var asphalt = new Rgbn(0.085f, 0.085f, 0.09f, 0.10f) * rng.UniformF(0.8, 1.4);
        if (rng.Chance(0.7))
        {
            var width = rng.Uniform(6, 9);
            var beyond = rng.Uniform(6, 40) + (width / 2);
            var side = rng.Chance(0.5);
            var mainSide = layout.MainLines.Count > 0 && (layout.MainLines[0].Offset > 0) == side;
            var edge = side ? Math.Max(layout.ZoneMaxOffset, mainSide ? layout.MainLines.Max(m => m.Offset) + 3 : double.MinValue) : Math.Min(layout.ZoneMinOffset, mainSide ? layout.MainLines.Min(m => m.Offset) - 3 : double.MaxValue);
            roads.Add(new Road(true, edge + ((side ? 1 : -1) * beyond), width, asphalt));
        }

        if (rng.Chance(0.4))
        {
            var width = rng.Uniform(6, 8);
            var position = rng.Chance(0.5) ? layout.ZoneEndS + rng.Uniform(15, 80) : layout.ZoneStartS - rng.Uniform(15, 80);
            roads.Add(new Road(false, position, width, asphalt));
        }

        return roads;
    }

    private static List<Building> DrawBuildings(Random rng, YardLayout layout, ImageWindow window, Clearance clear)
    {
        var buildings = new List<Building>();
        var wanted = rng.Next(0, 9);
        for (var attempt = 0; attempt < 200 && buildings.Count < wanted; attempt++)
        {
            var length = rng.Uniform(10, 60);
            var width = rng.Uniform(8, Math.Min(25, length));
            var e = rng.Uniform(window.West, window.East);
            var n = rng.Uniform(window.South, window.North);
            var radius = 0.5 * Math.Sqrt((length * length) + (width * width));
            if (!clear.IsClear(e, n, radius + 3) || buildings.Any(b => double.Hypot(b.E - e, b.N - n) < radius + (0.5 * double.Hypot(b.Length, b.Width)) + 4))
            {
                continue;
            }

            var (s, _) = layout.Curve.ToCurve(e, n);
            var (de, dn) = layout.Curve.Direction(s);
            if (rng.Chance(0.3))
            {
                var a = rng.Uniform(0, Math.PI);
                (de, dn) = (Math.Cos(a), Math.Sin(a));
            }

            buildings.Add(new Building(e, n, de, dn, length, width, rng.Uniform(4, 14), rng.Pick(RoofColours) * rng.UniformF(0.85, 1.15), rng.Chance(0.35)));
        }

        return buildings;
    }

    private static List<Tree> DrawTrees(Random rng, ImageWindow window, Clearance clear, List<Building> buildings, GroundSeason season)
    {
        var trees = new List<Tree>();
        var clusters = rng.Next(0, 7);
        for (var c = 0; c < clusters; c++)
        {
            var ce = rng.Uniform(window.West, window.East);
            var cn = rng.Uniform(window.South, window.North);
            var spread = rng.Uniform(5, 30);
            var count = rng.Next(1, 15);
            for (var k = 0; k < count; k++)
            {
                var e = ce + rng.Normal(0, spread);
                var n = cn + rng.Normal(0, spread);
                var radius = rng.Uniform(1.8, 5);
                if (!clear.IsClear(e, n, radius + 1) || buildings.Any(b => double.Hypot(b.E - e, b.N - n) < radius + (0.5 * double.Hypot(b.Length, b.Width))))
                {
                    continue;
                }

                var conifer = rng.Chance(0.3);
                var crown = season switch
                {
                    GroundSeason.Winter when !conifer => new Rgbn(0.12f, 0.10f, 0.08f, 0.2f),
                    GroundSeason.Dry => new Rgbn(0.05f, 0.08f, 0.03f, 0.35f),
                    _ => conifer ? new Rgbn(0.02f, 0.05f, 0.03f, 0.30f) : new Rgbn(0.035f, 0.075f, 0.025f, 0.45f),
                };
                var height = rng.Uniform(6, 16);
                trees.Add(new Tree(e, n, radius, height, height * rng.Uniform(0.25, 0.45), crown * rng.UniformF(0.8, 1.2)));
            }
        }

        return trees;
    }

    /// <summary>
    /// Masts every 50–65 m on both edges of the bundle and in some gaps between tracks, carrying either portal beams
    /// across the whole bundle or short arms over the nearest track.
    /// </summary>
    private static void DrawCatenary(Random rng, YardLayout layout, List<Pole> poles, List<Beam> beams)
    {
        var curve = layout.Curve;
        var pitch = rng.Uniform(50, 65);
        var height = rng.Uniform(8.5, 11.5);
        var size = rng.Uniform(0.35, 0.55);
        var colour = rng.Pick([Rgbn.Grey(0.33f), Rgbn.Grey(0.45f), Rgbn.Grey(0.14f)]);
        var portals = rng.Chance(0.45);
        var beamHeight = rng.Uniform(7.4, 8.2);
        var tracks = layout.Tracks.OrderBy(t => t.Offset).ToList();
        var gapMasts = new List<double>();
        for (var i = 0; i + 1 < tracks.Count; i++)
        {
            if (tracks[i + 1].Offset - tracks[i].Offset >= 4.6 && rng.Chance(0.25))
            {
                gapMasts.Add((tracks[i].Offset + tracks[i + 1].Offset) / 2);
            }
        }

        var low = layout.MinOffset - 2.7;
        var high = layout.MaxOffset + 2.7;
        for (var s = layout.ZoneStartS + rng.Uniform(10, 30); s < layout.ZoneEndS - 10; s += pitch)
        {
            var (e0, n0) = curve.ToWorld(s, low);
            var (e1, n1) = curve.ToWorld(s, high);
            poles.Add(new Pole(e0, n0, size, height, colour));
            poles.Add(new Pole(e1, n1, size, height, colour));
            foreach (var o in gapMasts)
            {
                var (e, n) = curve.ToWorld(s, o);
                poles.Add(new Pole(e, n, size * 0.8, height * 0.95, colour));
            }

            if (portals)
            {
                beams.Add(new Beam(e0, n0, e1, n1, 0.4, beamHeight, beamHeight + 0.5, colour));
            }
            else
            {
                var (ea, na) = curve.ToWorld(s, low + 3);
                var (eb, nb) = curve.ToWorld(s, high - 3);
                beams.Add(new Beam(e0, n0, ea, na, 0.15, beamHeight - 1, beamHeight - 0.8, colour));
                beams.Add(new Beam(e1, n1, eb, nb, 0.15, beamHeight - 1, beamHeight - 0.8, colour));
            }
        }
    }

    private static void DrawLightMasts(Random rng, YardLayout layout, List<Pole> poles, List<Beam> beams)
    {
        var count = rng.Next(0, 5);
        var tracks = layout.Tracks.OrderBy(t => t.Offset).ToList();
        for (var k = 0; k < count; k++)
        {
            var gap = rng.Next(0, tracks.Count + 1);
            var o = gap == 0 ? tracks[0].Offset - 2.6 : gap == tracks.Count ? tracks[^1].Offset + 2.6 : (tracks[gap - 1].Offset + tracks[gap].Offset) / 2;
            var s = rng.Uniform(layout.ZoneStartS + 20, layout.ZoneEndS - 20);
            var (e, n) = layout.Curve.ToWorld(s, o);
            var height = rng.Uniform(14, 25);
            poles.Add(new Pole(e, n, 0.45, height, Rgbn.Grey(0.3f)));
            var (de, dn) = layout.Curve.Direction(s);
            beams.Add(new Beam(e - (0.8 * de), n - (0.8 * dn), e + (0.8 * de), n + (0.8 * dn), 0.7, height - 0.5, height, Rgbn.Grey(0.25f)));
        }
    }

    /// <summary>Whether a disc of ground is free of the yard, the main lines and the roads.</summary>
    private sealed class Clearance(YardLayout layout, List<Road> roads)
    {
        public bool IsClear(double e, double n, double radius)
        {
            var (s, o) = layout.Curve.ToCurve(e, n);
            if (layout.InZone(s, o, radius + 2))
            {
                return false;
            }

            if (layout.MainLines.Any(m => Math.Abs(o - m.Offset) < radius + 3))
            {
                return false;
            }

            return !roads.Any(r => Math.Abs((r.AlongBundle ? o : s) - r.Position) < radius + (r.Width / 2) + 1);
        }
    }
}
