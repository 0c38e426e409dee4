using RailWatch.ThirdScenes.Bench.Plan;
using RailWatch.ThirdScenes.Bench.Layout;

namespace RailWatch.ThirdScenes.Bench.Cars;

/// <summary>
/// Fills body tracks with cuts of coupled cars: 0.8–1.8 m between the bodies of coupled cars, larger gaps between
/// cuts, a yard fill from empty to full and a fill per track around it.
/// </summary>
internal static class CarPlacer
{
    private static readonly double[] KindWeights = [0.2, 0.2, 0.18, 0.2, 0.14, 0.08];

    public static IReadOnlyList<Railcar> Place(int seed, YardLayout yard, bool snow)
    {
        var random = RandomDraws.Stream(seed, 3);
        var yardFill = random.Weighted([0.08, 0.14, 0.78]) switch
        {
            0 => 0.0,
            1 => random.Uniform(0.02, 0.15),
            _ => random.Uniform(0.25, 0.95),
        };
        var cars = new List<Railcar>();
        foreach (var track in yard.Bodies)
        {
            var fill = random.Chance(0.15) ? 0 : Math.Clamp(yardFill * random.Uniform(0.5, 1.4), 0, 0.97);
            PlaceOnTrack(random, yard, track, fill, snow, cars);
        }

        return cars;
    }

    private static void PlaceOnTrack(Random random, YardLayout yard, TrackLine track, double fill, bool snow, List<Railcar> cars)
    {
        if (fill <= 0)
        {
            return;
        }

        var shape = yard.Shape;
        var stretch = shape.Stretch(track.Offset);
        // Along-track metres of the usable part: clear of the ladder's switches and the buffer stops.
        var from = (Math.Max(track.Start, 0) * stretch) + 14;
        var to = (Math.Min(track.End, shape.Length) * stretch) - 6;
        var position = from + (random.NextDouble() * 40 * (1 - fill));
        while (position < to)
        {
            var cutCars = 1 + (int)Math.Floor(-Math.Log(1 - random.NextDouble()) * random.Uniform(3, 14));
            var kind = (CarKind)random.Weighted(KindWeights);
            var unit = random.Chance(0.6);
            var paint = CarPalette.Draw(random);
            var (low, high) = CarSizes.Length(kind);
            var length = Math.Round(random.Uniform(low, high), 1);
            var cutLength = 0.0;
            for (var c = 0; c < cutCars && position + length < to; c++)
            {
                if (!unit && c > 0)
                {
                    kind = (CarKind)random.Weighted(KindWeights);
                    (low, high) = CarSizes.Length(kind);
                    length = Math.Round(random.Uniform(low, high), 1);
                    paint = CarPalette.Draw(random);
                }

                var carPaint = c == 0 ? paint : CarPalette.Jitter(paint, random);
                cars.Add(Car(random, shape, track, position + (length / 2), length, kind, carPaint, snow, cars.Count));
                var gap = random.Uniform(0.8, 1.8);
                position += length + gap;
                cutLength += length + gap;
            }

            // Gap to the next cut, so that on average the track holds its fill.
            var meanGap = Math.Max(6, cutLength * (1 - fill) / Math.Max(fill, 0.03));
            position += random.Uniform(4, 8) + (-Math.Log(1 - random.NextDouble()) * meanGap);
        }
    }

    private static Railcar Car(Random random, YardShape shape, TrackLine track, double along, double length, CarKind kind, CarPaint paint, bool snow, int index)
    {
        var s = along / shape.Stretch(track.Offset);
        var (x, y) = shape.At(s, track.Offset);
        var (ax, ay) = shape.Tangent(s);
        if (random.Chance(0.5))
        {
            (ax, ay) = (-ax, -ay);
        }

        var (hLow, hHigh) = CarSizes.Height(kind);
        var car = new Railcar(index, track.Id, x, y, ax, ay, length, Math.Round(random.Uniform(2.9, 3.2), 2), random.Uniform(hLow, hHigh), kind, paint)
        {
            Load = kind == CarKind.Gondola ? (GondolaLoad)random.Weighted([0.35, 0.3, 0.15, 0.2]) : GondolaLoad.Empty,
            RoofSnow = snow && random.Chance(0.75) ? random.Uniform(0.3, 1) : 0,
            LookSeed = random.Next(),
        };
        return kind == CarKind.ContainerFlat ? car with { Containers = Boxes(random, length) } : car;
    }

    private static List<(double From, double To, int Colour)> Boxes(Random random, double length)
    {
        var boxes = new List<(double, double, int)>();
        var position = 0.6;
        while (position < length - 0.6)
        {
            var box = random.Chance(0.55) ? 12.19 : 6.06;
            if (position + box > length - 0.4)
            {
                box = 6.06;
                if (position + box > length - 0.4)
                {
                    break;
                }
            }

            if (random.Chance(0.85))
            {
                boxes.Add((position, position + box, random.Next(CarPalette.Containers.Length)));
            }

            position += box + random.Uniform(0.3, 1.2);
        }

        return boxes;
    }
}
