namespace RailWatch.Synth;

/// <summary>The band layout and bit depth of a rendered product.</summary>
public enum SensorKind
{
    /// <summary>Three 8-bit bands red, green, blue (white level 255), like a visual or pan-sharpened product.</summary>
    Rgb8,

    /// <summary>One 16-bit panchromatic band with an 11-bit range (white level 2047).</summary>
    Pan16,

    /// <summary>Four 16-bit bands blue, green, red, near-infrared scaled to reflectance × 10000 (white level 10000).</summary>
    Bgrn16,
}
