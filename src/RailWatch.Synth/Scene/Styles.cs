namespace RailWatch.Synth;

/// <summary>How one track's bed looks.</summary>
internal sealed record TrackStyle(Rgbn Ballast, Rgbn Sleeper, double SleeperSpacing, double SleeperWidth, double RailOffset, bool Used, double SnowCleared)
{
    /// <summary>
    /// The same track with its bed stained dark brown by rust and oil (0.45–0.75 of its ballast's tone) and, four
    /// times in five, wooden sleepers: the dark band, about a car's width, that tracks make on many real yards.
    /// </summary>
    public TrackStyle Rusted(Random rng)
    {
        var stain = (float)(0.45 + (rng.NextDouble() * 0.3));
        var ballast = Ballast.Tint(1.05f * stain, 0.9f * stain, 0.78f * stain, 0.9f * stain);
        var wooden = rng.NextDouble() < 0.8;
        var sleeper = wooden ? Rgbn.Rgb(0.2f, 0.16f, 0.13f) * (float)(0.7 + (rng.NextDouble() * 0.4)) : Sleeper;
        return this with
        {
            Ballast = ballast,
            Sleeper = sleeper,
            SleeperSpacing = wooden ? 0.55 : SleeperSpacing,
            SleeperWidth = wooden ? 0.25 : SleeperWidth,
            Used = true,
        };
    }
}

/// <summary>The look of the ground for a season and a scene.</summary>
internal sealed record GroundStyle(Season Season, Rgbn YardBed, Rgbn Ballast, double BedWidth, int Seed)
{
    public Rgbn Snow { get; } = Rgbn.Vegetation(0.86f, 0.88f, 0.92f, 0.78f);

    /// <summary>A little-used yard gone to weeds: the ground between tracks mostly vegetation, and weeds in the beds of unused tracks.</summary>
    public bool Overgrown { get; init; }

    private Rgbn WeedColour => Season == Season.Summer ? Rgbn.Vegetation(0.13f, 0.21f, 0.09f, 0.46f) : Rgbn.Vegetation(0.33f, 0.28f, 0.17f, 0.32f);

    /// <summary>Weeds in the bed of a track at (x, y): how much of the ballast they hide (0 on used track or in winter), and their colour.</summary>
    public (Rgbn Colour, float Cover) TrackWeeds(double x, double y, bool used)
    {
        if (!Overgrown || used || Season == Season.Winter)
        {
            return (default, 0);
        }

        var weeds = Noise.Fbm(x, y, 3, 2, Seed + 9);
        return (WeedColour * (0.8f + (0.4f * Noise.Value(x * 2, y * 2, Seed + 10))), Math.Clamp((weeds - 0.45f) * 3, 0, 0.85f));
    }

    public static GroundStyle Create(Season season, Random rng)
    {
        // Ballast from bright fresh granite to dark, oily, old bed: dark yards give low-contrast cars.
        var tone = (float)(0.22 + (rng.NextDouble() * 0.32));
        var warm = (float)(rng.NextDouble() * 0.06);
        var ballast = Rgbn.Rgb(tone + warm, tone + (warm * 0.5f), tone - (warm * 0.3f));
        var bed = ballast * (float)(0.85 + (rng.NextDouble() * 0.25));
        return new GroundStyle(season, bed, ballast, 6 + (rng.NextDouble() * 10), rng.Next());
    }

    /// <summary>Ground away from the tracks: grass, fields, soil, snow.</summary>
    public Rgbn Open(double x, double y)
    {
        var large = Noise.Fbm(x, y, 140, 3, Seed);
        var mid = Noise.Fbm(x, y, 18, 3, Seed + 1);
        var fine = Noise.Value(x * 1.3, y * 1.3, Seed + 2);
        switch (Season)
        {
            case Season.Winter:
                {
                    var snow = Snow * (0.9f + (0.1f * mid));
                    var bare = Rgbn.Rgb(0.3f, 0.27f, 0.24f) * (0.8f + (0.4f * fine));
                    return large < 0.28 ? snow.Mix(bare, Math.Clamp((0.28f - large) * 6, 0, 0.7f)) : snow * (0.97f + (0.03f * fine));
                }

            case Season.Autumn:
                {
                    var grass = Rgbn.Vegetation(0.33f, 0.3f, 0.22f, 0.33f).Mix(Rgbn.Vegetation(0.42f, 0.37f, 0.26f, 0.36f), mid);
                    var soil = Rgbn.Rgb(0.22f, 0.18f, 0.15f);
                    return grass.Mix(soil, Math.Clamp((large - 0.6f) * 2, 0, 0.7f)) * (0.85f + (0.3f * fine));
                }

            default:
                {
                    var grass = Rgbn.Vegetation(0.2f, 0.3f, 0.14f, 0.45f).Mix(Rgbn.Vegetation(0.4f, 0.4f, 0.27f, 0.36f), mid);
                    var soil = Rgbn.Rgb(0.38f, 0.32f, 0.25f);
                    return grass.Mix(soil, Math.Clamp((large - 0.6f) * 3, 0, 1)) * (0.85f + (0.3f * fine));
                }
        }
    }

    /// <summary>The gravel yard bed between tracks, weathered and trodden.</summary>
    public Rgbn Bed(double x, double y, float grain)
    {
        var patch = Noise.Fbm(x, y, 25, 3, Seed + 5);
        var c = YardBed * (0.8f + (0.4f * patch)) * (0.9f + (0.2f * grain));
        if (Season == Season.Winter)
        {
            var trodden = Noise.Fbm(x, y, 8, 2, Seed + 6);
            c = Snow.Mix(Snow.Mix(c, 0.35f) * 0.85f, Math.Clamp((trodden - 0.55f) * 2.5f, 0, 0.6f)) * (0.92f + (0.08f * grain));
        }
        else if (Season == Season.Autumn)
        {
            c *= 0.9f;
        }

        // Weeds between tracks in the warm seasons: patches, or nearly all of the ground in an overgrown yard.
        if (Season != Season.Winter)
        {
            var weeds = Noise.Fbm(x, y, 9, 2, Seed + 8);
            if (Overgrown)
            {
                c = c.Mix(WeedColour * (0.75f + (0.5f * grain)), Math.Clamp((weeds - 0.25f) * 4, 0, 0.95f));
            }
            else if (weeds > 0.62f)
            {
                var green = Season == Season.Summer ? Rgbn.Vegetation(0.22f, 0.3f, 0.15f, 0.42f) : Rgbn.Vegetation(0.4f, 0.34f, 0.2f, 0.33f);
                c = c.Mix(green, Math.Min(0.8f, (weeds - 0.62f) * 5));
            }
        }

        return c;
    }

    public TrackStyle TrackStyleFor(Random rng)
    {
        var concrete = rng.NextDouble() < 0.6;
        var sleeper = concrete ? Rgbn.Rgb(0.55f, 0.54f, 0.51f) * (float)(0.85 + (rng.NextDouble() * 0.25)) : Rgbn.Rgb(0.22f, 0.18f, 0.15f) * (float)(0.8 + (rng.NextDouble() * 0.4));
        var ballast = Ballast * (float)(0.85 + (rng.NextDouble() * 0.3));
        var gauge = rng.NextDouble() < 0.5 ? 1.435 : 1.52;
        return new TrackStyle(ballast, sleeper, concrete ? 0.6 : 0.55, concrete ? 0.3 : 0.25, (gauge / 2) + 0.036, rng.NextDouble() < 0.7, rng.NextDouble());
    }
}
