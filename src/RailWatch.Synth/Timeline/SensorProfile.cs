namespace RailWatch.Synth;

/// <summary>One kind of product in a series: its sensor, resolution, how often it images the yard, and its flaws.</summary>
public sealed record SensorProfile
{
    public required string Name { get; init; }

    public required SensorKind Sensor { get; init; }

    public required double GsdMetres { get; init; }

    /// <summary>Chance that this sensor images the yard on a given day (before clouds).</summary>
    public required double DailyProbability { get; init; }

    /// <summary>Largest geolocation error of its products, metres.</summary>
    public double MaxGeolocationErrorMetres { get; init; } = 10;

    public double NoiseSigma { get; init; } = 0.012;

    /// <summary>JPEG quality of its pixels (artefacts), or null for none.</summary>
    public int? JpegQuality { get; init; }

    /// <summary>The default mix: a near-daily 3 m constellation, 1.5 m and 1 m tasking, and rarer 0.5 m images.</summary>
    public static IReadOnlyList<SensorProfile> DefaultMix { get; } =
    [
        new() { Name = "dove-like", Sensor = SensorKind.Bgrn16, GsdMetres = 3.0, DailyProbability = 0.25, MaxGeolocationErrorMetres = 10, NoiseSigma = 0.004 },
        new() { Name = "spot-like", Sensor = SensorKind.Rgb8, GsdMetres = 1.5, DailyProbability = 0.14, MaxGeolocationErrorMetres = 8, NoiseSigma = 0.012, JpegQuality = 80 },
        new() { Name = "skysat-like", Sensor = SensorKind.Pan16, GsdMetres = 1.0, DailyProbability = 0.06, MaxGeolocationErrorMetres = 6, NoiseSigma = 0.006 },
        new() { Name = "pleiades-like", Sensor = SensorKind.Rgb8, GsdMetres = 0.5, DailyProbability = 0.07, MaxGeolocationErrorMetres = 5, NoiseSigma = 0.008, JpegQuality = 85 },
    ];
}
