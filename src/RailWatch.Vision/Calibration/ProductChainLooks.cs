using RailWatch.Core.Imaging;
using RailWatch.Vision.Preprocessing;

namespace RailWatch.Vision.Calibration;

/// <summary>
/// Gives a share of the training scenes the look of a processed image product instead of the renderer's: colour
/// sampled on a coarser grid and pan-sharpened, edges sharpened (the MTF compensation most very-high-resolution
/// products ship with) and lossy compression. Each step is drawn at random per scene, so the forests learn from
/// looks the renderer does not make. The draws follow <see cref="Seed"/> and the order of the scenes.
/// </summary>
public sealed class ProductChainLooks
{
    private Random? random;

    /// <summary>Share of the scenes (0–1) that go through the chain; the others are kept as they are.</summary>
    public double Share { get; init; } = 0.5;

    public int Seed { get; init; } = 20261128;

    /// <summary>Scenes coarser than this (metres per pixel) are kept as they are: the chain is that of very-high-resolution products.</summary>
    public double MaxGsdMetres { get; init; } = 1.5;

    /// <summary>The next scene as the chain leaves it (the same image where the draw keeps it, or the chain has nothing to do).</summary>
    public RasterImage Next(RasterImage image)
    {
        ArgumentNullException.ThrowIfNull(image);
        random ??= new Random(Seed);
        if (image.GsdMetres > MaxGsdMetres || random.NextDouble() >= Share)
        {
            return image;
        }

        var w = image.Width;
        var h = image.Height;
        var bands = image.Bands.Select(b => (float[])b.Clone()).ToArray();
        var top = (float)image.WhiteLevel;
        var changed = false;
        if (random.NextDouble() < 0.4 && PanSharpen(bands, image.Roles, w, h, 2 + random.Next(3)))
        {
            changed = true;
        }

        if (random.NextDouble() < 0.5)
        {
            var sigma = 0.7 + (random.NextDouble() * 1.3);
            var amount = (float)(0.4 + (random.NextDouble() * 1.1));
            for (var k = 0; k < bands.Length; k++)
            {
                bands[k] = Sharpen(bands[k], w, h, sigma, amount, top);
            }

            changed = true;
        }

        if (random.NextDouble() < 0.4)
        {
            var quality = 20 + random.Next(51);
            for (var k = 0; k < bands.Length; k++)
            {
                bands[k] = PlaneOps.JpegRoundTrip(bands[k], w, h, Math.Max(1f, bands[k].Max()), quality);
            }

            changed = true;
        }

        return changed ? new RasterImage(w, h, bands, image.Roles, image.Georeference, image.Valid, image.WhiteLevel) : image;
    }

    /// <summary>Unsharp mask: the plane plus <paramref name="amount"/> times its difference from a Gaussian blur, kept within 0..white.</summary>
    private static float[] Sharpen(float[] plane, int w, int h, double sigma, float amount, float top)
    {
        var blurred = PlaneOps.GaussianBlur(plane, w, h, sigma);
        var result = new float[plane.Length];
        for (var i = 0; i < plane.Length; i++)
        {
            result[i] = Math.Clamp(plane[i] + (amount * (plane[i] - blurred[i])), 0f, top);
        }

        return result;
    }

    /// <summary>
    /// Brovey pan-sharpening of colour sampled <paramref name="factor"/> times coarser: each colour band averaged
    /// over blocks and resampled back, then scaled so that the three bands' mean is the full-resolution one.
    /// </summary>
    private static bool PanSharpen(float[][] bands, IReadOnlyList<BandRole> roles, int w, int h, int factor)
    {
        var colour = Enumerable.Range(0, roles.Count).Where(k => roles[k] is BandRole.Red or BandRole.Green or BandRole.Blue).ToArray();
        if (colour.Length != 3 || w < 4 * factor || h < 4 * factor)
        {
            return false;
        }

        var pan = new float[w * h];
        var coarse = new float[3][];
        for (var c = 0; c < 3; c++)
        {
            var band = bands[colour[c]];
            var (small, sw, sh) = PlaneOps.Downsample(band, w, h, factor);
            coarse[c] = PlaneOps.ResizeCubic(small, sw, sh, w, h);
            for (var i = 0; i < pan.Length; i++)
            {
                pan[i] += band[i] / 3f;
            }
        }

        for (var i = 0; i < pan.Length; i++)
        {
            var mean = (coarse[0][i] + coarse[1][i] + coarse[2][i]) / 3f;
            var gain = mean > 1e-6f ? pan[i] / mean : 1f;
            for (var c = 0; c < 3; c++)
            {
                bands[colour[c]][i] = Math.Max(0f, coarse[c][i] * gain);
            }
        }

        return true;
    }
}
