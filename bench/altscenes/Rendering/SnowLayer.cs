using RailWatch.AltScenes.Bench.Scenes;

namespace RailWatch.AltScenes.Bench.Rendering;

/// <summary>Patchy snow over a surface: covers a share of it, more in some places than in others.</summary>
internal sealed class SnowLayer(int seed)
{
    public static Rgbn Colour { get; } = new(0.86f, 0.88f, 0.92f, 0.78f);

    public Rgbn Cover(Rgbn albedo, double share, double e, double n)
    {
        if (share <= 0)
        {
            return albedo;
        }

        var local = Math.Clamp(share + (0.25 * PositionNoise.Fractal(e / 6, n / 6, seed, 3)), 0, 1);
        return Rgbn.Lerp(albedo, Colour * (0.96f + (0.04f * PositionNoise.Smooth(e / 0.7, n / 0.7, seed + 1))), (float)local);
    }
}
