namespace RailWatch.ThirdScenes.Bench.Plan;

/// <summary>Draws a seed's <see cref="ScenePlan"/>: its resolution class from its place in its block of ten, the rest at random.</summary>
internal static class PlanDrawer
{
    /// <summary>Per ten consecutive seeds: four fine, three medium, one coarse, two at 3 m (mixed so neighbours differ).</summary>
    private static readonly GsdClass[] Slots =
    [
        GsdClass.Fine, GsdClass.Medium, GsdClass.ThreeMetre, GsdClass.Fine, GsdClass.Coarse,
        GsdClass.Medium, GsdClass.Fine, GsdClass.ThreeMetre, GsdClass.Medium, GsdClass.Fine,
    ];

    public static ScenePlan Draw(int seed)
    {
        var random = RandomDraws.Stream(seed, 1);
        var slot = Slots[((seed % 10) + 10) % 10];
        var gsd = slot switch
        {
            GsdClass.Fine => random.Uniform(0.3, 0.5),
            GsdClass.Medium => random.Uniform(0.5, 1.0),
            GsdClass.Coarse => random.Uniform(1.0, 2.0),
            _ => 3.0,
        };
        gsd = Math.Round(gsd, 3);
        var latitude = random.Uniform(35, 60) * (random.Chance(0.8) ? 1 : -1);
        var longitude = random.Uniform(-179, 179);
        var light = DrawLight(random, Math.Abs(latitude), latitude > 0);
        var weather = DrawWeather(random, Math.Abs(latitude));
        var ground = DrawGround(random, weather);
        var sensor = DrawSensor(random, slot);
        return new ScenePlan(seed, slot, gsd, latitude, longitude, sensor, light, weather, ground);
    }

    private static LightPlan DrawLight(Random random, double absLatitude, bool north)
    {
        // Noon elevation in high summer is 90 - latitude + 23.4; clamp the scene's to what the latitude allows.
        var highest = Math.Min(65, 90 - absLatitude + 23.4);
        var elevation = random.Uniform(15, highest);
        // Morning sun-synchronous passes: the sun is to the south-east (north) or north-east (south).
        var azimuth = north ? random.Uniform(115, 200) : (random.Uniform(-20, 65) + 360) % 360;
        var offNadir = random.Chance(0.3) ? random.Uniform(0, 5) : random.Uniform(5, 25);
        return new LightPlan(
            elevation,
            azimuth,
            offNadir,
            random.Uniform(0, 360),
            random.Uniform(0.78, 0.98),
            random.Uniform(0.01, 0.09),
            random.Uniform(0.12, 0.3));
    }

    private static WeatherPlan DrawWeather(Random random, double absLatitude)
    {
        var cover = random.Weighted([0.55, 0.3, 0.15]) switch
        {
            0 => 0.0,
            1 => random.Uniform(0.05, 0.3),
            _ => random.Uniform(0.3, 0.6),
        };
        var cirrus = random.Chance(0.25) ? random.Uniform(0.08, 0.4) : 0.0;
        var snow = random.Chance(absLatitude > 42 ? 0.16 : 0.06);
        return new WeatherPlan(
            cover,
            random.Uniform(500, 1500),
            random.Uniform(90, 300),
            cirrus,
            random.Uniform(0, 180),
            snow,
            snow && random.Chance(0.6),
            !snow && random.Chance(0.2));
    }

    private static GroundPlan DrawGround(Random random, WeatherPlan weather)
    {
        var ballast = (BallastTone)random.Weighted([0.45, 0.3, 0.25]);
        var sleepers = random.Chance(0.6) ? SleeperKind.Concrete : SleeperKind.Wood;
        var catenary = random.Chance(0.55);
        return new GroundPlan(
            ballast,
            sleepers,
            random.Uniform(0, 1),
            catenary,
            catenary && random.Chance(0.45),
            random.Chance(0.5) ? random.Next(1, 5) : 0,
            random.Uniform(0.2, 1),
            !weather.Snow && random.Chance(0.35));
    }

    private static SensorPlan DrawSensor(Random random, GsdClass slot)
    {
        var acquisition = slot switch
        {
            GsdClass.Fine => (Acquisition)random.Weighted([0.25, 0.55, 0.2]),
            GsdClass.Medium => (Acquisition)random.Weighted([0.2, 0.5, 0.3]),
            GsdClass.Coarse => (Acquisition)random.Weighted([0.1, 0.5, 0.4]),
            _ => random.Chance(0.85) ? Acquisition.Multispectral : Acquisition.PanSharpened,
        };
        var layout = acquisition == Acquisition.Panchromatic
            ? BandLayout.Gray
            : (BandLayout)(1 + random.Weighted([0.5, 0.3, 0.2]));
        var bits = random.Weighted([0.55, 0.22, 0.23]) switch
        {
            0 => 8,
            1 => 11,
            _ => 12,
        };
        var compression = (Compression)random.Weighted([0.6, bits == 8 ? 0.25 : 0, 0.2]);
        var strength = compression switch
        {
            Compression.Jpeg => random.Uniform(55, 85),
            Compression.Wavelet => random.Uniform(0.5, 2.0),
            _ => 0,
        };
        var scale = random.Chance(0.5) ? 1.0 : random.Uniform(0.8, 1.0);
        var sharpen = random.Chance(0.65) ? random.Uniform(0.3, 1.3) : 0;
        return new SensorPlan(
            acquisition,
            layout,
            bits,
            scale,
            random.Chance(0.5) ? random.Uniform(-4, 4) : 0,
            (random.NextDouble(), random.NextDouble()),
            random.Uniform(0.35, 0.65),
            random.Uniform(0.03, 0.12),
            random.Uniform(0, 0.5),
            random.Chance(0.5) ? -0.5 : -0.75,
            sharpen,
            random.Uniform(0.8, 1.6),
            random.Uniform(0.5, 2.0),
            random.Chance(0.12) ? random.Uniform(0.01, 0.04) : 0,
            random.Chance(0.08) ? random.Next(1, 4) : 0,
            compression,
            strength,
            random.Uniform(0.1, 1.0),
            random.Uniform(99.0, 99.9),
            random.Uniform(0.75, 1.0),
            (random.Uniform(-0.35, 0.35), random.Uniform(-0.35, 0.35)));
    }
}
