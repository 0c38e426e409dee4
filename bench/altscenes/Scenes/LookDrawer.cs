namespace RailWatch.AltScenes.Bench.Scenes;

/// <summary>Draws weather, season, sun, clouds and sensor of a scene.</summary>
internal static class LookDrawer
{
    public static SceneLook Draw(Random rng)
    {
        var weather = rng.Weighted([(Weather.Clear, 0.55), (Weather.Haze, 0.25), (Weather.Snow, 0.2)]);
        var season = weather == Weather.Snow ? GroundSeason.Winter : rng.Chance(0.3) ? GroundSeason.Dry : GroundSeason.Summer;
        var elevation = weather == Weather.Snow ? rng.Uniform(20, 40) : rng.Uniform(20, 70);
        var hazy = weather == Weather.Haze || rng.Chance(0.15);
        var light = new Illumination(
            elevation,
            rng.Uniform(0, 360),
            hazy ? rng.Uniform(0.28, 0.5) : rng.Uniform(0.12, 0.3),
            weather == Weather.Snow ? rng.Uniform(0.65, 1.0) : rng.Uniform(0.8, 1.4),
            rng.Uniform(0, 0.08),
            rng.Uniform(0, 2 * Math.PI));
        var haze = weather == Weather.Haze ? rng.Uniform(0.15, 0.45) : rng.Uniform(0, 0.06);
        var veil = new Rgbn(rng.UniformF(0.55, 0.7), rng.UniformF(0.6, 0.75), rng.UniformF(0.68, 0.85), rng.UniformF(0.45, 0.6));
        var clouds = rng.Chance(0.35)
            ? new CloudSpec(rng.Uniform(0.05, 0.6), rng.Chance(0.25) ? rng.Uniform(0.3, 0.6) : rng.Uniform(0.8, 1.0), rng.Uniform(120, 400), rng.Uniform(800, 3000), rng.Next())
            : CloudSpec.None;
        var snow = weather == Weather.Snow
            ? new SnowCover(rng.Uniform(0.85, 1), rng.Uniform(0.3, 0.9), rng.Uniform(0.1, 0.7), rng.Uniform(0.2, 0.6), rng.Uniform(0.5, 1))
            : new SnowCover(0, 0, 0, 0, 0);
        var sensor = DrawSensor(rng);
        if (sensor.Kind == SensorKind.Rgb8 && sensor.Gamma == 1)
        {
            // An 8-bit product without gamma is stretched to use its range, or it would be nearly black.
            light = light with { Exposure = light.Exposure * 1.4 };
        }

        return new SceneLook(weather, season, light, haze, veil, clouds, snow, sensor);
    }

    private static SensorSpec DrawSensor(Random rng)
    {
        var kind = rng.Weighted([(SensorKind.Rgb8, 0.5), (SensorKind.Bgrn16, 0.3), (SensorKind.Pan16, 0.2)]);
        var white = kind switch
        {
            SensorKind.Rgb8 => 255,
            SensorKind.Bgrn16 => rng.Chance(0.5) ? 4095 : 10000,
            _ => rng.Pick([2047.0, 4095.0, 10000.0]),
        };
        var gamma = kind == SensorKind.Rgb8 ? rng.Weighted([(2.2, 0.5), (1.8, 0.25), (1.0, 0.25)]) : 1.0;
        int? jpeg = kind == SensorKind.Rgb8 && rng.Chance(0.4) ? rng.Next(35, 91) : null;
        return new SensorSpec(kind, white, gamma, rng.Uniform(0.3, 0.8), rng.Uniform(0.002, 0.01), rng.Uniform(0.004, 0.015), jpeg);
    }
}
