using RailWatch.AltScenes.Bench.Scenes;

namespace RailWatch.AltScenes.Bench.Rendering;

/// <summary>
/// Soft-edged cloud fields over the scene and the shadows they throw, displaced from them along the sun's azimuth by
/// the clouds' height. The threshold is set from the image itself so that the drawn share of it lies under cloud.
/// </summary>
internal sealed class CloudField
{
    private const double EdgeSoftness = 0.18;

    private readonly CloudSpec spec;
    private readonly double threshold;
    private readonly double shadowE, shadowN;

    public CloudField(CloudSpec spec, SunLight sun, ImageWindow window)
    {
        this.spec = spec;
        var reach = spec.HeightMetres * sun.ShadowPerMetre;
        (shadowE, shadowN) = (sun.TowardE * reach, sun.TowardN * reach);
        if (!spec.Any)
        {
            return;
        }

        const int grid = 64;
        var samples = new List<double>(grid * grid);
        for (var j = 0; j < grid; j++)
        {
            for (var i = 0; i < grid; i++)
            {
                samples.Add(Raw(window.West + ((i + 0.5) * (window.East - window.West) / grid), window.North - ((j + 0.5) * (window.North - window.South) / grid)));
            }
        }

        samples.Sort();
        // Opacity reaches half its maximum half-way up the soft edge: put that at the wanted share.
        threshold = samples[(int)Math.Clamp((1 - spec.Cover) * samples.Count, 0, samples.Count - 1)] - (EdgeSoftness / 2);
    }

    public bool Any => spec.Any;

    public double Opacity(double e, double n)
    {
        if (!spec.Any)
        {
            return 0;
        }

        var t = Math.Clamp((Raw(e, n) - threshold) / EdgeSoftness, 0, 1);
        var wisps = 0.85 + (0.15 * PositionNoise.Smooth(e / (spec.ScaleMetres / 8), n / (spec.ScaleMetres / 8), spec.Seed + 9));
        return spec.MaxOpacity * t * t * (3 - (2 * t)) * wisps;
    }

    /// <summary>Opacity of the cloud between this ground point and the sun.</summary>
    public double ShadowOpacity(double e, double n) => Opacity(e + shadowE, n + shadowN);

    private double Raw(double e, double n) => PositionNoise.Fractal(e / spec.ScaleMetres, n / spec.ScaleMetres, spec.Seed, 5);
}
