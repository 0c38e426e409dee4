using RailWatch.ThirdScenes.Bench.Cars;
using RailWatch.ThirdScenes.Bench.Plan;
using RailWatch.ThirdScenes.Bench.Rendering;
using RailWatch.ThirdScenes.Bench.Layout;

namespace RailWatch.ThirdScenes.Bench.Site;

/// <summary>Everything that stands on the ground (as prisms) and every paved patch of a scene.</summary>
internal sealed record SiteContent(IReadOnlyList<Prism> Prisms, IReadOnlyList<GroundPatch> Patches);

/// <summary>
/// Builds the scene's objects: the cars' bodies (a flat car is a deck and its containers), catenary masts with
/// cantilevers or portals, lamp towers, and beside the yard roads, platforms, warehouses, parked trucks and container
/// stacks: things that look like cars but stand off the tracks.
/// </summary>
internal static class SiteDrawer
{
    private static readonly Rgbn Steel = new(0.3f, 0.31f, 0.32f, 0.33f);

    public static SiteContent Draw(ScenePlan plan, YardLayout yard, IReadOnlyList<Railcar> cars)
    {
        var random = RandomDraws.Stream(plan.Seed, 4);
        var prisms = new List<Prism>();
        var patches = new List<GroundPatch>();
        foreach (var car in cars)
        {
            AddCar(car, prisms, plan.Weather.Snow);
        }

        if (plan.Ground.Catenary)
        {
            AddCatenary(random, yard, plan.Ground.Portals, prisms);
        }

        for (var i = 0; i < plan.Ground.LampTowers; i++)
        {
            AddLamp(random, yard, prisms);
        }

        AddSurroundings(random, plan, yard, prisms, patches);
        return new SiteContent(prisms, patches);
    }

    private static void AddCar(Railcar car, List<Prism> prisms, bool snow)
    {
        var look = new CarLook(car);
        var (hl, hw) = (car.Length / 2, car.Width / 2);
        if (car.Kind != CarKind.ContainerFlat)
        {
            prisms.Add(new Prism(car.X, car.Y, car.AxisX, car.AxisY, hl, hw, 0, car.Height, look));
            return;
        }

        const double DeckTop = 1.3;
        prisms.Add(new Prism(car.X, car.Y, car.AxisX, car.AxisY, hl, hw, 0, DeckTop, look));
        foreach (var (from, to, colour) in car.Containers)
        {
            var middle = ((from + to) / 2) - hl;
            prisms.Add(new Prism(
                car.X + (middle * car.AxisX), car.Y + (middle * car.AxisY), car.AxisX, car.AxisY, (to - from) / 2, 1.22, DeckTop, car.Height,
                new BoxLook(CarPalette.Containers[colour], car.LookSeed + (int)from, snow ? car.RoofSnow : 0)));
        }
    }

    private static void AddCatenary(Random random, YardLayout yard, bool portals, List<Prism> prisms)
    {
        var shape = yard.Shape;
        var offsets = yard.Tracks.Where(t => t.Role != TrackRole.Ladder).Select(t => t.Offset).Order().ToList();
        var spacing = random.Uniform(50, 65);
        var height = random.Uniform(8, 10.5);
        var mast = random.Chance(0.5) ? Steel : new Rgbn(0.42f, 0.41f, 0.39f, 0.43f);
        var masts = new PlainLook(mast.Scale(1.1f), mast);
        var start = random.Uniform(5, spacing);
        for (var s = start; s < shape.Length; s += spacing)
        {
            var (tx, ty) = shape.Tangent(s);
            if (portals)
            {
                var low = offsets[0] - 3.2;
                var high = offsets[^1] + 3.2;
                foreach (var d in new[] { low, high })
                {
                    var (x, y) = shape.At(s, d);
                    prisms.Add(new Prism(x, y, tx, ty, 0.3, 0.3, 0, height, masts));
                }

                var (mx, my) = shape.At(s, (low + high) / 2);
                prisms.Add(new Prism(mx, my, -ty, tx, (high - low) / 2, 0.25, height - 0.8, height - 0.2, masts));
                continue;
            }

            var places = new List<double> { offsets[0] - 2.6, offsets[^1] + 2.6 };
            for (var i = 1; i < offsets.Count; i += 2)
            {
                places.Add((offsets[i - 1] + offsets[i]) / 2);
            }

            foreach (var d in places)
            {
                var (x, y) = shape.At(s, d);
                prisms.Add(new Prism(x, y, tx, ty, 0.18, 0.18, 0, height, masts));
                // Cantilevers reaching out over the track(s) beside the mast.
                foreach (var side in new[] { -1.0, 1.0 })
                {
                    var (cx, cy) = shape.At(s, d + (side * 1.3));
                    prisms.Add(new Prism(cx, cy, -ty, tx, 1.2, 0.06, height - 2.2, height - 2.0, masts));
                }
            }
        }
    }

    private static void AddLamp(Random random, YardLayout yard, List<Prism> prisms)
    {
        var shape = yard.Shape;
        var s = random.Uniform(0.1, 0.9) * shape.Length;
        var d = random.Chance(0.5) ? yard.FloorHigh + random.Uniform(1, 6) : yard.FloorLow - random.Uniform(1, 6);
        var (x, y) = shape.At(s, d);
        var (tx, ty) = shape.Tangent(s);
        var height = random.Uniform(18, 30);
        var look = new PlainLook(new Rgbn(0.4f, 0.4f, 0.41f, 0.42f), Steel);
        prisms.Add(new Prism(x, y, tx, ty, 0.45, 0.45, 0, height, look));
        prisms.Add(new Prism(x, y, tx, ty, 1.4, 0.8, height - 1.0, height, look));
    }

    private static void AddSurroundings(Random random, ScenePlan plan, YardLayout yard, List<Prism> prisms, List<GroundPatch> patches)
    {
        var shape = yard.Shape;
        var clutter = plan.Ground.Clutter;
        foreach (var side in new[] { 1, -1 })
        {
            var edge = side > 0 ? yard.FloorHigh : yard.FloorLow;
            var next = edge + (side * random.Uniform(4, 12));
            if (random.Chance(0.55))
            {
                var width = random.Uniform(6, 10);
                Strip(patches, shape, PatchKind.Road, -120, shape.Length + 120, next + (side * width / 2), width / 2);
                next += side * (width + random.Uniform(2, 8));
            }

            var s = random.Uniform(-40, 40);
            while (s < shape.Length + 40)
            {
                var choice = random.Weighted([0.3 * clutter, 0.3 * clutter, 0.25 * clutter, 0.2, 0.25]);
                var along = choice switch
                {
                    0 => random.Uniform(25, 80),
                    1 => random.Uniform(30, 70),
                    2 => random.Uniform(30, 80),
                    3 => random.Uniform(60, 200),
                    _ => random.Uniform(20, 80),
                };
                var across = random.Uniform(14, 34);
                var middle = s + (along / 2);
                var d = next + (side * across / 2);
                switch (choice)
                {
                    case 0:
                        AddBuilding(random, shape, middle, d, along, across, prisms);
                        break;
                    case 1:
                        Patch(patches, shape, PatchKind.Parking, middle, d, along / 2, across / 2);
                        AddTrucks(random, shape, middle, d, along, across, prisms, plan.Weather.Snow);
                        break;
                    case 2:
                        Patch(patches, shape, PatchKind.Concrete, middle, d, along / 2, across / 2);
                        AddContainerStacks(random, shape, middle, d, along, across, prisms, plan.Weather.Snow);
                        break;
                    case 3:
                        Strip(patches, shape, PatchKind.Platform, s, s + along, edge + (side * 3.2), 2.4);
                        break;
                    default:
                        if (random.Chance(0.4))
                        {
                            Patch(patches, shape, PatchKind.Gravel, middle, d, along / 2, across / 2);
                        }

                        break;
                }

                s += along + random.Uniform(5, 60);
            }
        }
    }

    private static void Patch(List<GroundPatch> patches, YardShape shape, PatchKind kind, double s, double d, double halfLength, double halfWidth)
    {
        var (x, y) = shape.At(s, d);
        var (tx, ty) = shape.Tangent(s);
        patches.Add(new GroundPatch(kind, x, y, tx, ty, halfLength, halfWidth));
    }

    /// <summary>A long strip along the yard as short straight pieces, so that it follows a curve.</summary>
    private static void Strip(List<GroundPatch> patches, YardShape shape, PatchKind kind, double from, double to, double d, double halfWidth)
    {
        const double Piece = 30;
        for (var s = from; s < to; s += Piece)
        {
            var length = Math.Min(Piece, to - s);
            Patch(patches, shape, kind, s + (length / 2), d, (length / 2) + 0.3, halfWidth);
        }
    }

    private static void AddBuilding(Random random, YardShape shape, double s, double d, double along, double across, List<Prism> prisms)
    {
        var (x, y) = shape.At(s, d);
        var (tx, ty) = shape.Tangent(s);
        var look = new BuildingLook((RoofKind)random.Next(4), random.Next());
        prisms.Add(new Prism(x, y, tx, ty, along / 2, across / 2, 0, random.Uniform(4, 12), look));
    }

    private static void AddTrucks(Random random, YardShape shape, double s, double d, double along, double across, List<Prism> prisms, bool snow)
    {
        var (tx, ty) = shape.Tangent(s);
        var perpendicular = random.Chance(0.6);
        var (ux, uy) = perpendicular ? (-ty, tx) : (tx, ty);
        var rowLength = perpendicular ? across : along;
        var rowSpan = perpendicular ? along : across;
        for (var k = -rowSpan / 2 + 2.5; k < rowSpan / 2 - 2; k += random.Uniform(3.6, 4.5))
        {
            if (!random.Chance(0.75))
            {
                continue;
            }

            var (ds, dd) = perpendicular ? (k, 0.0) : (0.0, k);
            var (x, y) = shape.At(s + ds, d + dd);
            var trailer = random.Uniform(12, 13.6);
            var colour = random.Chance(0.6) ? new Rgbn(0.68f, 0.68f, 0.67f, 0.65f) : CarPalette.Containers[random.Next(CarPalette.Containers.Length)];
            var offset = (rowLength / 2) - (trailer / 2) - 1.0 - 6.5;
            var (px, py) = (x + (ux * offset), y + (uy * offset));
            prisms.Add(new Prism(px, py, ux, uy, trailer / 2, 1.27, 0, 4.0, new BoxLook(colour, random.Next(), snow ? 0.8 : 0)));
            var cab = new PlainLook(CarPalette.Containers[random.Next(CarPalette.Containers.Length)], Rgbn.Gray(0.2f));
            var cabOffset = offset + (trailer / 2) + 3.2;
            prisms.Add(new Prism(x + (ux * cabOffset), y + (uy * cabOffset), ux, uy, 2.9, 1.25, 0, 3.6, cab));
        }
    }

    private static void AddContainerStacks(Random random, YardShape shape, double s, double d, double along, double across, List<Prism> prisms, bool snow)
    {
        var (tx, ty) = shape.Tangent(s);
        for (var row = -across / 2 + 2; row < across / 2 - 1.5; row += 2.9)
        {
            var position = -along / 2 + 1;
            while (position < along / 2 - 6)
            {
                var length = random.Chance(0.6) ? 12.19 : 6.06;
                if (position + length > along / 2 || !random.Chance(0.8))
                {
                    position += length + 0.4;
                    continue;
                }

                var (x, y) = shape.At(s + position + (length / 2), d + row);
                var tiers = random.Next(1, 4);
                var colour = CarPalette.Containers[random.Next(CarPalette.Containers.Length)];
                prisms.Add(new Prism(x, y, tx, ty, length / 2, 1.22, 0, tiers * 2.59, new BoxLook(colour, random.Next(), snow ? 0.8 : 0)));
                position += length + random.Uniform(0.3, 0.6);
            }
        }
    }
}
