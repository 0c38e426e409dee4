namespace RailWatch.ThirdScenes.Bench.Plan;

/// <summary>The resolution class of a seed: per ten seeds four fine, three medium, one coarse and two at 3 m.</summary>
internal enum GsdClass
{
    Fine,
    Medium,
    Coarse,
    ThreeMetre,
}

/// <summary>How the product was made from the sensor's pan and multispectral arrays.</summary>
internal enum Acquisition
{
    Panchromatic,
    PanSharpened,
    Multispectral,
}

/// <summary>The bands of the delivered file, in file order.</summary>
internal enum BandLayout
{
    Gray,
    Rgb,
    Bgrn,
    Rgbn,
}

internal enum Compression
{
    None,
    Jpeg,
    Wavelet,
}

internal enum BallastTone
{
    Light,
    Oily,
    Rusty,
}

internal enum SleeperKind
{
    Concrete,
    Wood,
}

/// <summary>The sensor and the product chain: sampling, optics, noise, resampling, sharpening, radiometry, compression.</summary>
internal sealed record SensorPlan(
    Acquisition Acquisition,
    BandLayout Layout,
    int Bits,
    double NativeScale,
    double NativeRotationDeg,
    (double X, double Y) NativeOffsetPixels,
    double PsfSigmaPixels,
    double PsfWingWeight,
    double SmearPixels,
    double CubicA,
    double SharpenAmount,
    double SharpenSigma,
    double NoiseScale,
    double StripeAmplitude,
    int DeadColumns,
    Compression Compression,
    double CompressionStrength,
    double StretchLowPercent,
    double StretchHighPercent,
    double Gamma,
    (double X, double Y) ColourMisregistration);

/// <summary>Sun, viewing geometry and atmosphere.</summary>
internal sealed record LightPlan(
    double SunElevationDeg,
    double SunAzimuthDeg,
    double OffNadirDeg,
    double ViewAzimuthDeg,
    double HazeTransmission,
    double HazePath,
    double SkyShare);

/// <summary>Clouds, cirrus, snow and wet ground.</summary>
internal sealed record WeatherPlan(
    double CloudCover,
    double CloudHeightMetres,
    double CloudScaleMetres,
    double CirrusOpacity,
    double CirrusAngleDeg,
    bool Snow,
    bool Ploughed,
    bool Puddles);

/// <summary>What the ground and the yard's furniture look like.</summary>
internal sealed record GroundPlan(
    BallastTone Ballast,
    SleeperKind Sleepers,
    double Weeds,
    bool Catenary,
    bool Portals,
    int LampTowers,
    double Clutter,
    bool Dry);

/// <summary>Everything drawn for one seed before the yard itself.</summary>
internal sealed record ScenePlan(
    int Seed,
    GsdClass Class,
    double Gsd,
    double Latitude,
    double Longitude,
    SensorPlan Sensor,
    LightPlan Light,
    WeatherPlan Weather,
    GroundPlan Ground);
