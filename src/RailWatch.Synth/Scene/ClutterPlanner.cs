namespace RailWatch.Synth;

/// <summary>
/// Places the things around a yard that are not railcars but can look like them: warehouses, container stacks,
/// trucks, roads with vehicles, trees, and catenary masts whose shadows cross the tracks.
/// </summary>
internal sealed class ClutterPlanner
{
    private readonly DistanceField distance;
    private readonly Random rng;
    private readonly Sun sun;
    private readonly Season season;
    private readonly double minX;
    private readonly double minY;
    private readonly double maxX;
    private readonly double maxY;
    private readonly (double X, double Y) axis;
    private readonly bool[] taken;
    private readonly int cols;
    private readonly int rows;
    private const double Cell = 2;

    public ClutterPlanner(DistanceField distance, Random rng, Sun sun, Season season, (double MinX, double MinY, double MaxX, double MaxY) bounds, (double X, double Y) axis)
    {
        this.distance = distance;
        this.rng = rng;
        this.sun = sun;
        this.season = season;
        (minX, minY, maxX, maxY) = bounds;
        this.axis = axis;
        cols = (int)Math.Ceiling((maxX - minX) / Cell) + 1;
        rows = (int)Math.Ceiling((maxY - minY) / Cell) + 1;
        taken = new bool[cols * rows];
    }

    public List<Solid> Solids { get; } = [];

    public List<GroundPatch> Patches { get; } = [];

    public void PlaceAll()
    {
        var area = (maxX - minX) * (maxY - minY);
        PlaceRoads();
        if (rng.NextDouble() < 0.7)
        {
            PlaceContainerYard();
        }

        var buildings = (int)Math.Clamp(area / 30000, 3, 60);
        for (var i = 0; i < buildings; i++)
        {
            PlaceBuilding();
        }

        var trucks = (int)Math.Clamp(area / 40000, 2, 30);
        for (var i = 0; i < trucks; i++)
        {
            PlaceLooseVehicle();
        }

        var clusters = (int)Math.Clamp(area / 60000, 2, 25);
        for (var i = 0; i < clusters; i++)
        {
            PlaceTreeCluster();
        }
    }

    /// <summary>Masts beside the outer tracks every ~60 m along the reference track, joined by a portal beam.</summary>
    public void PlaceCatenary(TrackPath reference)
    {
        var phase = rng.NextDouble() * 60;
        for (var s = phase; s < reference.Length; s += 55 + (rng.NextDouble() * 10))
        {
            var p = reference.At(s);
            var t = reference.Tangent(s);
            var px = -t.Y;
            var py = t.X;

            // Walk across the track group to find its two outer edges.
            double lo = double.NaN, hi = double.NaN;
            for (var d = -150.0; d <= 150; d += 0.5)
            {
                if (distance.Sample(p.X + (px * d), p.Y + (py * d)) < 2.2)
                {
                    lo = double.IsNaN(lo) ? d : lo;
                    hi = d;
                }
            }

            if (double.IsNaN(lo))
            {
                continue;
            }

            lo -= 3.2;
            hi += 3.2;
            foreach (var d in new[] { lo, hi })
            {
                Solids.Add(new Mast(new Box(p.X + (px * d), p.Y + (py * d), t.X, t.Y, 0.3, 0.3, 0, 9 + (rng.NextDouble() * 1.5))));
            }

            var mid = (lo + hi) / 2;
            Solids.Add(new Mast(new Box(p.X + (px * mid), p.Y + (py * mid), px, py, (hi - lo) / 2, 0.18, 7.2, 7.6)));
        }
    }

    private void PlaceRoads()
    {
        var nx = -axis.Y;
        var ny = axis.X;
        var centre = ((minX + maxX) / 2, (minY + maxY) / 2);
        var halfLen = (Math.Abs((maxX - minX) * axis.X) + Math.Abs((maxY - minY) * axis.Y)) / 2;
        var halfAcross = (Math.Abs((maxX - minX) * nx) + Math.Abs((maxY - minY) * ny)) / 2;
        foreach (var side in new[] { -1, 1 })
        {
            if (rng.NextDouble() < 0.25)
            {
                continue;
            }

            // Slide the road outwards from the centre until it clears the tracks along most of its length.
            for (var off = 15.0; off < halfAcross - 5; off += 3)
            {
                var o = side * off;
                var width = 6 + (rng.NextDouble() * 4);
                var ok = 0;
                var total = 0;
                for (var a = -halfLen; a <= halfLen; a += 10)
                {
                    total++;
                    var x = centre.Item1 + (axis.X * a) + (nx * o);
                    var y = centre.Item2 + (axis.Y * a) + (ny * o);
                    if (distance.Sample(x, y) > width / 2 + 6)
                    {
                        ok++;
                    }
                }

                if (ok == total)
                {
                    var cx = centre.Item1 + (nx * o);
                    var cy = centre.Item2 + (ny * o);
                    var asphalt = season == Season.Winter ? Rgbn.Rgb(0.55f, 0.56f, 0.58f) : Rgbn.Rgb(0.27f, 0.27f, 0.28f) * (float)(0.8 + (rng.NextDouble() * 0.5));
                    var road = new Box(cx, cy, axis.X, axis.Y, halfLen, width / 2, 0, 0);
                    Patches.Add(new GroundPatch(road, asphalt, true));
                    Mark(road, 1);
                    PlaceRoadVehicles(road);
                    break;
                }
            }
        }
    }

    private void PlaceRoadVehicles(Box road)
    {
        var n = (int)(road.HalfL * 2 / 60);
        for (var i = 0; i < n; i++)
        {
            var a = (rng.NextDouble() * 2 - 1) * (road.HalfL - 5);
            var lane = (rng.NextDouble() < 0.5 ? -1 : 1) * road.HalfW * 0.45;
            var x = road.Cx + (road.Ux * a) - (road.Uy * lane);
            var y = road.Cy + (road.Uy * a) + (road.Ux * lane);
            Solids.Add(MakeVehicle(x, y, road.Ux, road.Uy));
        }
    }

    private Vehicle MakeVehicle(double x, double y, double ux, double uy)
    {
        var truck = rng.NextDouble() < 0.3;
        var len = truck ? 9 + (rng.NextDouble() * 7.5) : 4 + (rng.NextDouble() * 1.2);
        var wid = truck ? 2.5 : 1.8;
        var paint = truck ? CarCatalog.ContainerColour(rng) : CarCatalog.Pick(
            [(Rgbn.Rgb(0.85f, 0.85f, 0.85f), 3.0), (Rgbn.Rgb(0.1f, 0.1f, 0.1f), 2.0), (Rgbn.Rgb(0.5f, 0.5f, 0.52f), 2.0), (Rgbn.Rgb(0.55f, 0.1f, 0.1f), 1.0), (Rgbn.Rgb(0.15f, 0.2f, 0.4f), 1.0)], rng);
        var sign = rng.NextDouble() < 0.5 ? 1 : -1;
        return new Vehicle(new Box(x, y, ux * sign, uy * sign, len / 2, wid / 2, 0, truck ? 3.8 : 1.5), paint);
    }

    private void PlaceLooseVehicle()
    {
        for (var attempt = 0; attempt < 30; attempt++)
        {
            var (x, y) = RandomPoint();
            var angle = Math.Atan2(axis.Y, axis.X) + (rng.NextDouble() < 0.6 ? 0 : Math.PI / 2) + ((rng.NextDouble() - 0.5) * 0.3);
            var v = MakeVehicle(x, y, Math.Cos(angle), Math.Sin(angle));
            if (Fits(v.Footprint, 9))
            {
                Solids.Add(v);
                Mark(v.Footprint, 1);
                return;
            }
        }
    }

    private void PlaceBuilding()
    {
        for (var attempt = 0; attempt < 40; attempt++)
        {
            var (x, y) = RandomPoint();
            var large = rng.NextDouble() < 0.3;
            var len = large ? 30 + (rng.NextDouble() * 70) : 8 + (rng.NextDouble() * 20);
            var wid = large ? 12 + (rng.NextDouble() * 25) : 6 + (rng.NextDouble() * 10);
            var angle = Math.Atan2(axis.Y, axis.X) + (rng.NextDouble() < 0.75 ? 0 : (rng.NextDouble() - 0.5) * Math.PI);
            var box = new Box(x, y, Math.Cos(angle), Math.Sin(angle), len / 2, wid / 2, 0, 3.5 + (rng.NextDouble() * (large ? 10 : 6)));
            if (!Fits(box, 12))
            {
                continue;
            }

            var roof = season == Season.Winter && rng.NextDouble() < 0.6
                ? Rgbn.Rgb(0.82f, 0.83f, 0.86f)
                : CarCatalog.Pick(
                [
                    (Rgbn.Rgb(0.55f, 0.55f, 0.55f), 3.0), (Rgbn.Rgb(0.3f, 0.3f, 0.31f), 2.0), (Rgbn.Rgb(0.45f, 0.25f, 0.18f), 2.0),
                    (Rgbn.Rgb(0.22f, 0.38f, 0.45f), 1.5), (Rgbn.Rgb(0.2f, 0.35f, 0.25f), 1.0), (Rgbn.Rgb(0.75f, 0.74f, 0.72f), 1.0),
                ], rng);
            Solids.Add(new Building(box, roof, rng.Next(3), rng.Next(), sun));
            Mark(box, 3);
            return;
        }
    }

    private void PlaceContainerYard()
    {
        for (var attempt = 0; attempt < 40; attempt++)
        {
            var (x, y) = RandomPoint();
            var rowsN = 3 + rng.Next(6);
            var perRow = 3 + rng.Next(8);
            var len = perRow * 12.6;
            var wid = rowsN * 2.9;
            var area = new Box(x, y, axis.X, axis.Y, len / 2, wid / 2, 0, 0);
            if (!Fits(area, 14))
            {
                continue;
            }

            Patches.Add(new GroundPatch(area with { HalfL = area.HalfL + 4, HalfW = area.HalfW + 4 }, season == Season.Winter ? Rgbn.Rgb(0.7f, 0.71f, 0.73f) : Rgbn.Rgb(0.45f, 0.44f, 0.42f), false));
            for (var r = 0; r < rowsN; r++)
            {
                for (var c = 0; c < perRow; c++)
                {
                    if (rng.NextDouble() < 0.15)
                    {
                        continue;
                    }

                    var a = -len / 2 + 6.3 + (c * 12.6);
                    var b = -wid / 2 + 1.45 + (r * 2.9);
                    var cx = x + (axis.X * a) - (axis.Y * b);
                    var cy = y + (axis.Y * a) + (axis.X * b);
                    var tiers = 1 + rng.Next(3);
                    var twenty = rng.NextDouble() < 0.3;
                    var paint = CarCatalog.ContainerColour(rng);
                    if (season == Season.Winter && rng.NextDouble() < 0.5)
                    {
                        paint = Rgbn.Rgb(0.85f, 0.86f, 0.89f);
                    }

                    Solids.Add(new ContainerStack(new Box(cx, cy, axis.X, axis.Y, twenty ? 3.03 : 6.095, 1.22, 0, tiers * 2.59), paint));
                }
            }

            Mark(area, 4);
            return;
        }
    }

    private void PlaceTreeCluster()
    {
        var (x0, y0) = RandomPoint();
        var n = 3 + rng.Next(25);
        var leaves = season switch
        {
            Season.Summer => Rgbn.Vegetation(0.12f, 0.22f, 0.1f, 0.5f),
            Season.Autumn => CarCatalog.Pick([(Rgbn.Vegetation(0.45f, 0.28f, 0.1f, 0.38f), 2.0), (Rgbn.Vegetation(0.5f, 0.42f, 0.15f, 0.4f), 1.0), (Rgbn.Vegetation(0.18f, 0.2f, 0.1f, 0.35f), 1.0)], rng),
            _ => Rgbn.Rgb(0.22f, 0.19f, 0.17f),
        };
        for (var i = 0; i < n; i++)
        {
            var x = x0 + ((rng.NextDouble() - 0.5) * 60);
            var y = y0 + ((rng.NextDouble() - 0.5) * 60);
            var r = 1.5 + (rng.NextDouble() * 3.5);
            if (x < minX || x > maxX || y < minY || y > maxY || distance.Sample(x, y) < r + 6)
            {
                continue;
            }

            var box = new Box(x, y, 1, 0, r, r, 0, 0);
            if (!Fits(box, r + 6))
            {
                continue;
            }

            Solids.Add(new Tree(x, y, r, 5 + (rng.NextDouble() * 12), leaves * (float)(0.8 + (rng.NextDouble() * 0.4)), rng.Next(), sun));
        }
    }

    private (double X, double Y) RandomPoint() => (minX + (rng.NextDouble() * (maxX - minX)), minY + (rng.NextDouble() * (maxY - minY)));

    private bool Fits(Box box, double clearance)
    {
        var (bx0, by0, bx1, by1) = box.Bounds();
        if (bx0 < minX || by0 < minY || bx1 > maxX || by1 > maxY)
        {
            return false;
        }

        // Keep clear of the tracks: test the corners, edge midpoints and centre.
        for (var i = -1; i <= 1; i++)
        {
            for (var j = -1; j <= 1; j++)
            {
                var x = box.Cx + (box.Ux * box.HalfL * i) - (box.Uy * box.HalfW * j);
                var y = box.Cy + (box.Uy * box.HalfL * i) + (box.Ux * box.HalfW * j);
                if (distance.Sample(x, y) < clearance)
                {
                    return false;
                }
            }
        }

        var inside = box with { HalfL = box.HalfL + Cell, HalfW = box.HalfW + Cell };
        for (var y = by0 - Cell; y <= by1 + Cell; y += Cell / 2)
        {
            for (var x = bx0 - Cell; x <= bx1 + Cell; x += Cell / 2)
            {
                if (inside.Contains(x, y) && taken[Index(x, y)])
                {
                    return false;
                }
            }
        }

        return true;
    }

    private void Mark(Box box, double pad)
    {
        var grown = box with { HalfL = box.HalfL + pad, HalfW = box.HalfW + pad };
        var (bx0, by0, bx1, by1) = grown.Bounds();
        for (var y = Math.Max(minY, by0); y <= Math.Min(maxY, by1); y += Cell / 2)
        {
            for (var x = Math.Max(minX, bx0); x <= Math.Min(maxX, bx1); x += Cell / 2)
            {
                if (grown.Contains(x, y))
                {
                    taken[Index(x, y)] = true;
                }
            }
        }
    }

    private int Index(double x, double y)
    {
        var c = Math.Clamp((int)((x - minX) / Cell), 0, cols - 1);
        var r = Math.Clamp((int)((y - minY) / Cell), 0, rows - 1);
        return (r * cols) + c;
    }
}
