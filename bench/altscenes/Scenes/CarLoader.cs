namespace RailWatch.AltScenes.Bench.Scenes;

/// <summary>
/// Fills a yard's tracks with cuts of coupled cars: how full the yard is, how full each track, the cut lengths, the
/// car types and colours. Cars of a cut are 0.8–1.6 m apart (buffer to buffer); cuts are separated by larger gaps.
/// </summary>
internal static class CarLoader
{
    private static readonly (Rgbn Colour, double Weight)[] BodyColours =
    [
        (Rgbn.Paint(0.30f, 0.30f, 0.30f), 3), // grey
        (Rgbn.Paint(0.52f, 0.53f, 0.55f), 2.5), // silver
        (Rgbn.Paint(0.24f, 0.12f, 0.075f), 3), // rust-brown
        (new Rgbn(0.04f, 0.04f, 0.045f, 0.06f), 2), // black
        (Rgbn.Paint(0.05f, 0.12f, 0.07f), 0.8), // dark green
        (Rgbn.Paint(0.05f, 0.09f, 0.22f), 0.8), // blue
        (Rgbn.Paint(0.66f, 0.66f, 0.64f), 1), // white-ish
        (Rgbn.Paint(0.34f, 0.07f, 0.05f), 0.4), // red
        (Rgbn.Paint(0.42f, 0.32f, 0.10f), 0.3), // ochre
    ];

    private static readonly Rgbn[] ContainerColours =
    [
        Rgbn.Paint(0.36f, 0.07f, 0.06f), Rgbn.Paint(0.06f, 0.13f, 0.32f), Rgbn.Paint(0.08f, 0.21f, 0.11f),
        Rgbn.Paint(0.66f, 0.66f, 0.64f), Rgbn.Paint(0.33f, 0.34f, 0.35f), Rgbn.Paint(0.55f, 0.22f, 0.05f),
        Rgbn.Paint(0.22f, 0.12f, 0.08f), Rgbn.Paint(0.60f, 0.46f, 0.07f), Rgbn.Paint(0.20f, 0.05f, 0.10f),
    ];

    public static IReadOnlyList<Railcar> Load(Random rng, YardLayout layout, bool snow)
    {
        var sceneFill = Math.Pow(rng.NextDouble(), 0.8) * 0.95;
        var typeWeights = Enum.GetValues<CarType>().Select(t => (t, rng.Chance(0.2) ? 0 : rng.Uniform(0.1, 1))).ToArray();
        if (typeWeights.All(w => w.Item2 == 0))
        {
            typeWeights[0].Item2 = 1;
        }

        var meanCut = rng.Uniform(2, 14);
        var snowRoofShare = snow ? rng.Uniform(0, 1) : 0;
        var cars = new List<Railcar>();
        foreach (var track in layout.Tracks)
        {
            var fill = rng.NextDouble() switch
            {
                < 0.12 => 0,
                < 0.22 => 0.97,
                _ => Math.Clamp(sceneFill + rng.Normal(0, 0.2), 0.0, 0.97),
            };
            if (fill <= 0.01)
            {
                continue;
            }

            var draw = new CutDraw(rng, typeWeights, snowRoofShare);
            FillTrack(rng, layout.Curve, track, fill, meanCut, draw, cars);
        }

        return cars;
    }

    private static void FillTrack(Random rng, BundleCurve curve, ParallelTrack track, double fill, double meanCut, CutDraw draw, List<Railcar> cars)
    {
        var trackLength = track.Length(curve);
        var scale = curve.LengthScale(track.Offset);
        var meanCutLength = meanCut * 16.5;
        var meanGap = Math.Max(4, meanCutLength * (1 - fill) / fill);
        var position = rng.Uniform(0, Math.Min(meanGap, trackLength / 3));
        while (position < trackLength - 10)
        {
            var carsInCut = 1 + (int)Math.Floor(-Math.Log(1 - rng.NextDouble()) * (meanCut - 1));
            var cut = draw.NextCut();
            for (var k = 0; k < carsInCut; k++)
            {
                var spec = cut.NextCar();
                if (position + spec.Length > trackLength - 1)
                {
                    return;
                }

                var s = track.StartS + ((position + (spec.Length / 2)) / scale);
                var (e, n) = curve.ToWorld(s, track.Offset);
                var (de, dn) = curve.Direction(s);
                cars.Add(spec.Place(cars.Count, track.Id, e, n, de, dn, rng.Next()));
                position += spec.Length + rng.Uniform(0.8, 1.6);
            }

            position += 3 + (-Math.Log(1 - rng.NextDouble()) * meanGap);
        }
    }

    /// <summary>Draws cuts: half of them a block of one car type and colour (a unit train), the rest mixed.</summary>
    private sealed class CutDraw(Random rng, (CarType, double)[] typeWeights, double snowRoofShare)
    {
        public Cut NextCut()
        {
            var uniform = rng.Chance(0.5) ? NewCar() : null;
            return new Cut(this, uniform);
        }

        public CarSpec NewCar()
        {
            var type = rng.Weighted(typeWeights);
            var body = rng.Weighted(BodyColours) * rng.UniformF(0.85, 1.15);
            var width = rng.Uniform(2.9, 3.2);
            var snowRoof = rng.Chance(snowRoofShare);
            return type switch
            {
                CarType.Boxcar => new CarSpec(type, rng.Uniform(13, 17), width, rng.Uniform(4.0, 4.3), body,
                    rng.Chance(0.4) ? Rgbn.Paint(0.48f, 0.49f, 0.50f) * rng.UniformF(0.8, 1.1) : body * rng.UniformF(0.85, 1.15), snowRoof),
                CarType.Tank => new CarSpec(type, rng.Uniform(11, 18), width, rng.Uniform(3.7, 4.3), body, body, snowRoof),
                CarType.Hopper => Hopper(body, width, snowRoof),
                CarType.Flat => Flat(width, snowRoof),
                _ => Gondola(body, width, snowRoof),
            };
        }

        private CarSpec Hopper(Rgbn body, double width, bool snowRoof)
        {
            var covered = rng.Chance(0.7);
            var spec = new CarSpec(CarType.Hopper, rng.Uniform(12, 17), width, covered ? rng.Uniform(3.8, 4.3) : rng.Uniform(3.3, 3.7), body, body, snowRoof)
            {
                Covered = covered,
            };
            return covered ? spec : spec with { Load = rng.Chance(0.7) ? OpenLoad.Coal : OpenLoad.Stone, InteriorDepth = rng.Uniform(0.3, 0.9) };
        }

        private CarSpec Gondola(Rgbn body, double width, bool snowRoof)
        {
            var load = rng.Weighted([(OpenLoad.Empty, 3.0), (OpenLoad.Coal, 1.5), (OpenLoad.Scrap, 1.5), (OpenLoad.Stone, 1.0)]);
            var depth = load == OpenLoad.Empty ? rng.Uniform(1.6, 2.2) : rng.Uniform(0.2, 1.2);
            return new CarSpec(CarType.Gondola, rng.Uniform(12, 17), width, rng.Uniform(2.9, 3.5), body, body, snowRoof)
            {
                Load = load,
                InteriorDepth = depth,
            };
        }

        private CarSpec Flat(double width, bool snowRoof)
        {
            var length = rng.Uniform(13, 19.6);
            var deckTop = rng.Uniform(1.15, 1.3);
            var containerTop = deckTop + (rng.Chance(0.3) ? 2.9 : 2.59);
            var deck = rng.Chance(0.5) ? new Rgbn(0.07f, 0.06f, 0.05f, 0.08f) : Rgbn.Paint(0.14f, 0.08f, 0.05f);
            var containers = new List<Container>();
            var load = rng.NextDouble();
            Container Box(double along, double boxLength) =>
                new(along, boxLength, rng.Pick(ContainerColours) * rng.UniformF(0.8, 1.15), containerTop);
            if (load < 0.3)
            {
                // empty: a low dark deck
            }
            else if (load < 0.6 || length < 13.3)
            {
                containers.Add(Box(0, length >= 14.2 && rng.Chance(0.3) ? 13.72 : 12.19));
            }
            else if (load < 0.85 || length < 18.5)
            {
                containers.Add(Box(-3.1, 6.06));
                if (rng.Chance(0.85))
                {
                    containers.Add(Box(3.1, 6.06));
                }
            }
            else
            {
                containers.Add(Box(-(length / 2) + 6.6, 12.19));
                containers.Add(Box((length / 2) - 3.6, 6.06));
            }

            return new CarSpec(CarType.Flat, length, width, deckTop, deck, deck, snowRoof) { Containers = containers };
        }
    }

    private sealed class Cut(CutDraw draw, CarSpec? uniform)
    {
        public CarSpec NextCar() => uniform ?? draw.NewCar();
    }

    private sealed record CarSpec(CarType Type, double Length, double Width, double Height, Rgbn Body, Rgbn Roof, bool SnowOnRoof)
    {
        public bool Covered { get; init; } = true;

        public OpenLoad Load { get; init; }

        public double InteriorDepth { get; init; }

        public IReadOnlyList<Container> Containers { get; init; } = [];

        public Railcar Place(int index, string trackId, double e, double n, double de, double dn, int patternSeed) => new()
        {
            Index = index,
            TrackId = trackId,
            Type = Type,
            CentreE = e,
            CentreN = n,
            DirE = de,
            DirN = dn,
            Length = Length,
            Width = Width,
            Height = Height,
            Body = Body,
            Roof = Roof,
            SnowOnRoof = SnowOnRoof,
            Covered = Covered,
            Load = Load,
            InteriorDepth = InteriorDepth,
            Containers = Containers,
            PatternSeed = patternSeed,
        };
    }
}
