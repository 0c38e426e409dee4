using RailWatch.Core.Imaging;

namespace RailWatch.Synth;

/// <summary>How scene radiance on a 0..1 scale becomes a product's digital numbers.</summary>
internal static class SensorModel
{
    public static int BandCount(SensorKind kind) => kind switch
    {
        SensorKind.Pan16 => 1,
        SensorKind.Bgrn16 => 4,
        _ => 3,
    };

    public static double WhiteLevel(SensorKind kind) => kind switch
    {
        SensorKind.Pan16 => 2047,
        SensorKind.Bgrn16 => 10000,
        _ => 255,
    };

    /// <summary>Largest value a band may hold.</summary>
    public static float MaxValue(SensorKind kind) => kind switch
    {
        SensorKind.Pan16 => 2047,
        SensorKind.Bgrn16 => 65535,
        _ => 255,
    };

    public static IReadOnlyList<BandRole> Roles(SensorKind kind) => kind switch
    {
        SensorKind.Pan16 => [BandRole.Gray],
        SensorKind.Bgrn16 => [BandRole.Blue, BandRole.Green, BandRole.Red, BandRole.NearInfrared],
        _ => [BandRole.Red, BandRole.Green, BandRole.Blue],
    };

    public static IReadOnlyList<string> Descriptions(SensorKind kind) => kind switch
    {
        SensorKind.Pan16 => ["pan"],
        SensorKind.Bgrn16 => ["blue", "green", "red", "nir"],
        _ => ["red", "green", "blue"],
    };

    /// <summary>
    /// Digital numbers of band <paramref name="band"/> for a radiance: 8-bit RGB maps white to 255; 16-bit products
    /// are surface-reflectance-like and darker (white paint ≈ 0.6 × 10000 for BGRN, 0.75 × 2047 for pan).
    /// </summary>
    public static float ToDn(SensorKind kind, Rgbn c, int band) => kind switch
    {
        SensorKind.Pan16 => ((0.25f * c.R) + (0.35f * c.G) + (0.2f * c.B) + (0.2f * c.N)) * 0.75f * 2047,
        SensorKind.Bgrn16 => band switch
        {
            0 => c.B,
            1 => c.G,
            2 => c.R,
            _ => c.N,
        } * 6000,
        _ => band switch
        {
            0 => c.R,
            1 => c.G,
            _ => c.B,
        } * 255,
    };
}
