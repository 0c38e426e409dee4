namespace RailWatch.AltScenes.Bench.Scenes;

internal enum Weather
{
    Clear,
    Haze,
    Snow,
}

internal enum GroundSeason
{
    Summer,
    Dry,
    Winter,
}

internal enum SensorKind
{
    Rgb8,
    Bgrn16,
    Pan16,
}

/// <summary>Sun position (azimuth clockwise from north), sky light as a share of the sun's, exposure and its drift across the image.</summary>
internal sealed record Illumination(double ElevationDeg, double AzimuthDeg, double AmbientShare, double Exposure, double Gradient, double GradientAngle);

/// <summary>Cloud fields: the share of the image under them, how opaque at most, their size and height (which sets how far their shadows fall).</summary>
internal sealed record CloudSpec(double Cover, double MaxOpacity, double ScaleMetres, double HeightMetres, int Seed)
{
    public static CloudSpec None { get; } = new(0, 0, 1, 0, 0);

    public bool Any => Cover > 0 && MaxOpacity > 0;
}

/// <summary>How much of each surface snow covers (0–1).</summary>
internal sealed record SnowCover(double Ground, double Bed, double Sleepers, double Roads, double Roofs);

/// <summary>
/// The sensor: band layout and white level, gamma (1 for linear products), optics blur (σ in output pixels),
/// read noise and shot noise at white (shares of white), and JPEG-like compression quality when any.
/// </summary>
internal sealed record SensorSpec(SensorKind Kind, double WhiteLevel, double Gamma, double PsfSigmaPx, double ReadNoise, double ShotNoiseAtWhite, int? JpegQuality)
{
    public string Label => Kind switch
    {
        SensorKind.Rgb8 => FormattableString.Invariant($"rgb8{(Gamma == 1 ? string.Empty : $"g{Gamma:F1}")}{(JpegQuality is { } q ? $"+jpg{q}" : string.Empty)}"),
        SensorKind.Bgrn16 => FormattableString.Invariant($"bgrn16/{WhiteLevel:F0}"),
        _ => FormattableString.Invariant($"pan16/{WhiteLevel:F0}"),
    };
}

internal sealed record SceneLook(Weather Weather, GroundSeason Season, Illumination Light, double Haze, Rgbn Veil, CloudSpec Clouds, SnowCover Snow, SensorSpec Sensor)
{
    public string Label => $"{Sensor.Label}/{Conditions}";

    /// <summary>The weather, and "+cloud" where there are clouds: clear, haze+cloud, …</summary>
    public string Conditions => $"{Weather.ToString().ToLowerInvariant()}{(Clouds.Any ? "+cloud" : string.Empty)}";
}
