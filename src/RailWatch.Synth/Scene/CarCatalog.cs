namespace RailWatch.Synth;

/// <summary>
/// Sizes and looks of railcar types: body lengths, widths and heights of 1435/1520 mm gauge freight stock, and
/// the mostly grey, silver, rust-brown, black and dull green paint of real yards, with dirt.
/// </summary>
internal static class CarCatalog
{
    public static readonly IReadOnlyDictionary<CarType, (double Min, double Max)> LengthRange = new Dictionary<CarType, (double, double)>
    {
        [CarType.Boxcar] = (15, 17),
        [CarType.TankCar] = (12, 18),
        [CarType.Gondola] = (12, 15),
        [CarType.Hopper] = (12, 15),
        [CarType.Flatcar] = (13, 19),
        [CarType.Locomotive] = (18, 22),
    };

    /// <summary>Gap between the bodies of two coupled cars, in metres.</summary>
    public const double MinCouplerGap = 0.8;

    public const double MaxCouplerGap = 1.6;

    private static readonly (Rgbn Colour, double Weight)[] FreightPaint =
    [
        (Rgbn.Rgb(0.42f, 0.42f, 0.42f), 3), // grey
        (Rgbn.Rgb(0.58f, 0.58f, 0.57f), 2), // light grey
        (Rgbn.Rgb(0.70f, 0.71f, 0.72f), 1.5), // silver
        (Rgbn.Rgb(0.36f, 0.22f, 0.15f), 3), // rust brown
        (Rgbn.Rgb(0.45f, 0.19f, 0.13f), 2), // oxide red
        (Rgbn.Rgb(0.22f, 0.15f, 0.11f), 2), // dark brown
        (Rgbn.Rgb(0.09f, 0.09f, 0.095f), 2.5), // black
        (Rgbn.Rgb(0.17f, 0.23f, 0.19f), 2), // dull green
        (Rgbn.Rgb(0.20f, 0.27f, 0.36f), 0.7), // faded blue
        (Rgbn.Rgb(0.62f, 0.55f, 0.42f), 0.6), // beige
        (Rgbn.Rgb(0.55f, 0.33f, 0.12f), 0.4), // ochre
    ];

    private static readonly (Rgbn Colour, double Weight)[] TankPaint =
    [
        (Rgbn.Rgb(0.08f, 0.08f, 0.085f), 4), // black oil tanks
        (Rgbn.Rgb(0.45f, 0.45f, 0.45f), 2),
        (Rgbn.Rgb(0.72f, 0.73f, 0.74f), 2), // silver
        (Rgbn.Rgb(0.82f, 0.82f, 0.8f), 0.8), // white
        (Rgbn.Rgb(0.18f, 0.24f, 0.2f), 1),
        (Rgbn.Rgb(0.5f, 0.42f, 0.2f), 0.4), // yellowish
    ];

    private static readonly (Rgbn Colour, double Weight)[] HopperPaint =
    [
        (Rgbn.Rgb(0.6f, 0.6f, 0.59f), 3),
        (Rgbn.Rgb(0.75f, 0.75f, 0.73f), 2),
        (Rgbn.Rgb(0.62f, 0.56f, 0.45f), 1.5),
        (Rgbn.Rgb(0.36f, 0.22f, 0.15f), 1.5),
        (Rgbn.Rgb(0.42f, 0.42f, 0.42f), 2),
    ];

    private static readonly (Rgbn Colour, double Weight)[] LocoPaint =
    [
        (Rgbn.Rgb(0.5f, 0.14f, 0.11f), 2), // red
        (Rgbn.Rgb(0.15f, 0.32f, 0.2f), 2), // green
        (Rgbn.Rgb(0.18f, 0.3f, 0.4f), 1.5), // blue-teal
        (Rgbn.Rgb(0.38f, 0.38f, 0.38f), 1),
        (Rgbn.Rgb(0.62f, 0.45f, 0.12f), 0.8), // orange-yellow
    ];

    private static readonly (Rgbn Colour, double Weight)[] ContainerPaint =
    [
        (Rgbn.Rgb(0.2f, 0.3f, 0.55f), 2),
        (Rgbn.Rgb(0.6f, 0.14f, 0.1f), 2),
        (Rgbn.Rgb(0.8f, 0.8f, 0.78f), 2),
        (Rgbn.Rgb(0.45f, 0.45f, 0.45f), 2),
        (Rgbn.Rgb(0.7f, 0.4f, 0.1f), 1),
        (Rgbn.Rgb(0.15f, 0.4f, 0.3f), 1),
        (Rgbn.Rgb(0.55f, 0.35f, 0.22f), 1.5),
        (Rgbn.Rgb(0.1f, 0.1f, 0.12f), 0.7),
    ];

    public static RailcarSpec Create(CarType type, Random rng, Season season, Rgbn? blockPaint, CarLoad? blockLoad)
    {
        var (min, max) = LengthRange[type];
        var length = type switch
        {
            // Lengths cluster on common designs, with spread.
            CarType.Flatcar => rng.NextDouble() < 0.6 ? 13.6 + (rng.NextDouble() * 0.6) : min + (rng.NextDouble() * (max - min)),
            _ => min + (rng.NextDouble() * (max - min)),
        };
        var seed = rng.Next();
        var snow = season == Season.Winter ? SnowAmount(rng) : 0;
        var dirt = 0.08 + (rng.NextDouble() * 0.3);
        var jitter = Jitter(rng, 0.1f);
        switch (type)
        {
            case CarType.TankCar:
                return new RailcarSpec
                {
                    Type = type, Length = length, Width = 2.8 + (rng.NextDouble() * 0.35), Height = 4.3 + (rng.NextDouble() * 0.5),
                    Body = (blockPaint ?? Pick(TankPaint, rng)).Tint(jitter.R, jitter.G, jitter.B, 1), Seed = seed, Dirt = dirt * 0.8,
                    Snow = snow * 0.35, Gloss = 0.1 + (rng.NextDouble() * 0.25), Variant = rng.Next(6),
                };
            case CarType.Gondola:
                {
                    var load = blockLoad ?? PickLoad(rng, [CarLoad.None, CarLoad.Coal, CarLoad.Ore, CarLoad.Scrap, CarLoad.Gravel, CarLoad.Timber], [3, 3, 2, 1, 1, 1]);
                    return new RailcarSpec
                    {
                        Type = type, Length = length, Width = 3.0 + (rng.NextDouble() * 0.25), Height = 3.2 + (rng.NextDouble() * 0.4),
                        Body = (blockPaint ?? Pick(FreightPaint, rng)).Tint(jitter.R, jitter.G, jitter.B, 1), Seed = seed, Dirt = dirt,
                        Snow = snow, Load = load, LoadColour = LoadColour(load, rng), Heaps = 1 + rng.Next(3), Variant = rng.Next(6),
                    };
                }

            case CarType.Hopper:
                {
                    var open = rng.NextDouble() < 0.35;
                    var load = open ? blockLoad is CarLoad.Coal or CarLoad.Ore ? blockLoad.Value : (rng.NextDouble() < 0.7 ? CarLoad.Coal : CarLoad.Gravel) : CarLoad.None;
                    return new RailcarSpec
                    {
                        Type = type, Length = length, Width = 3.0 + (rng.NextDouble() * 0.25), Height = open ? 3.6 : 4.1 + (rng.NextDouble() * 0.5),
                        Body = (blockPaint ?? Pick(HopperPaint, rng)).Tint(jitter.R, jitter.G, jitter.B, 1), Seed = seed, Dirt = dirt,
                        Snow = snow, Load = load, LoadColour = LoadColour(load, rng), Heaps = 2 + rng.Next(2), Variant = rng.Next(6),
                    };
                }

            case CarType.Flatcar:
                {
                    var r = rng.NextDouble();
                    var load = blockLoad is CarLoad.Containers or CarLoad.None ? blockLoad.Value
                        : r < 0.55 ? CarLoad.Containers : r < 0.7 ? CarLoad.Timber : CarLoad.None;
                    var containers = load == CarLoad.Containers ? PlaceContainers(length, rng) : [];
                    if (containers.Count == 0 && load == CarLoad.Containers)
                    {
                        load = CarLoad.None;
                    }

                    return new RailcarSpec
                    {
                        Type = type, Length = length, Width = 2.8 + (rng.NextDouble() * 0.25), Height = load == CarLoad.Timber ? 3.5 : 1.3,
                        DeckHeight = 1.2 + (rng.NextDouble() * 0.15),
                        Body = Pick(FreightPaint, rng), Seed = seed, Dirt = dirt, Snow = snow, Load = load,
                        LoadColour = load == CarLoad.Timber ? LoadColour(CarLoad.Timber, rng) : Rgbn.Rgb(0.24f, 0.2f, 0.17f) * (0.7f + (0.6f * (float)rng.NextDouble())),
                        Containers = containers, Variant = rng.Next(6),
                    };
                }

            case CarType.Locomotive:
                return new RailcarSpec
                {
                    Type = type, Length = length, Width = 3.0 + (rng.NextDouble() * 0.2), Height = 4.7 + (rng.NextDouble() * 0.5),
                    Body = Pick(LocoPaint, rng).Tint(jitter.R, jitter.G, jitter.B, 1), Seed = seed, Dirt = dirt * 0.7, Snow = snow * 0.4,
                    LoadColour = Rgbn.Rgb(0.3f, 0.3f, 0.3f) * (0.6f + (0.8f * (float)rng.NextDouble())), Variant = rng.Next(6),
                };
            default:
                return new RailcarSpec
                {
                    Type = CarType.Boxcar, Length = length, Width = 3.0 + (rng.NextDouble() * 0.3), Height = 4.3 + (rng.NextDouble() * 0.5),
                    Body = (blockPaint ?? Pick(FreightPaint, rng)).Tint(jitter.R, jitter.G, jitter.B, 1), Seed = seed, Dirt = dirt,
                    Snow = snow, Variant = rng.Next(6),
                };
        }
    }

    public static Rgbn Paint(CarType type, Random rng) => type switch
    {
        CarType.TankCar => Pick(TankPaint, rng),
        CarType.Hopper => Pick(HopperPaint, rng),
        CarType.Locomotive => Pick(LocoPaint, rng),
        _ => Pick(FreightPaint, rng),
    };

    public static Rgbn ContainerColour(Random rng) => Pick(ContainerPaint, rng).Tint(Jitter(rng, 0.12f).R, Jitter(rng, 0.12f).G, Jitter(rng, 0.12f).B, 1);

    private static List<Container> PlaceContainers(double length, Random rng)
    {
        // 40 ft (12.19 m) or two 20 ft (6.06 m) boxes, sometimes one missing; 2.59 m or 2.9 m (high cube) tall.
        var list = new List<Container>();
        var usable = length - 1.0;
        var forty = rng.NextDouble() < 0.5 && usable >= 12.2;
        if (forty)
        {
            var shift = (usable - 12.19) * (rng.NextDouble() - 0.5);
            list.Add(new Container(shift - 6.095, shift + 6.095, ContainerColour(rng), rng.NextDouble() < 0.4 ? 2.9 : 2.59));
            if (usable >= 12.2 + 6.2 && rng.NextDouble() < 0.5)
            {
                list.Clear();
                list.Add(new Container(-usable / 2, (-usable / 2) + 12.19, ContainerColour(rng), 2.59));
                list.Add(new Container((-usable / 2) + 12.4, (-usable / 2) + 18.46, ContainerColour(rng), 2.59));
            }
        }
        else
        {
            var n = (int)Math.Floor((usable + 0.2) / 6.26);
            var start = -((n * 6.06) + ((n - 1) * 0.2)) / 2;
            for (var i = 0; i < n; i++)
            {
                if (rng.NextDouble() < 0.85)
                {
                    var from = start + (i * 6.26);
                    list.Add(new Container(from, from + 6.06, ContainerColour(rng), 2.59));
                }
            }
        }

        return list;
    }

    private static double SnowAmount(Random rng)
    {
        var r = rng.NextDouble();
        return r < 0.3 ? 0 : r < 0.55 ? 0.3 + (rng.NextDouble() * 0.4) : 0.8 + (rng.NextDouble() * 0.2);
    }

    public static Rgbn LoadColour(CarLoad load, Random rng)
    {
        var k = 0.85f + (0.3f * (float)rng.NextDouble());
        return load switch
        {
            CarLoad.Coal => Rgbn.Rgb(0.075f, 0.075f, 0.08f) * k,
            CarLoad.Ore => (rng.NextDouble() < 0.5 ? Rgbn.Rgb(0.38f, 0.24f, 0.17f) : Rgbn.Rgb(0.22f, 0.16f, 0.14f)) * k,
            CarLoad.Scrap => Rgbn.Rgb(0.3f, 0.24f, 0.2f) * k,
            CarLoad.Gravel => Rgbn.Rgb(0.55f, 0.53f, 0.5f) * k,
            CarLoad.Timber => Rgbn.Rgb(0.56f, 0.43f, 0.3f) * k,
            _ => Rgbn.Rgb(0.2f, 0.15f, 0.11f) * k,
        };
    }

    private static (float R, float G, float B) Jitter(Random rng, float amount)
    {
        var common = 1 + (amount * (float)((2 * rng.NextDouble()) - 1));
        return (common * (1 + (amount * 0.3f * (float)((2 * rng.NextDouble()) - 1))),
            common * (1 + (amount * 0.3f * (float)((2 * rng.NextDouble()) - 1))),
            common * (1 + (amount * 0.3f * (float)((2 * rng.NextDouble()) - 1))));
    }

    public static T Pick<T>((T Item, double Weight)[] items, Random rng)
    {
        var total = items.Sum(i => i.Weight);
        var r = rng.NextDouble() * total;
        foreach (var (item, weight) in items)
        {
            r -= weight;
            if (r <= 0)
            {
                return item;
            }
        }

        return items[^1].Item;
    }

    private static CarLoad PickLoad(Random rng, CarLoad[] loads, double[] weights) =>
        Pick(loads.Zip(weights).Select(p => (p.First, p.Second)).ToArray(), rng);
}
