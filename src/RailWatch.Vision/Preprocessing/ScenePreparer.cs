using RailWatch.Core.Imaging;

namespace RailWatch.Vision.Preprocessing;

/// <summary>
/// Turns a raster into <see cref="ScenePlanes"/>: choose bands, replace hot and dead pixels, find clouds (bright, smooth, large), and stretch
/// the contrast of what remains so haze and sensor range do not matter.
/// </summary>
internal static class ScenePreparer
{
    /// <param name="image">The raster.</param>
    /// <param name="region">Pixel indices whose contrast matters (near the tracks); null for the whole image.</param>
    public static ScenePlanes Prepare(RasterImage image, int[]? region = null)
    {
        var (luma, ca, cb) = BandSelector.Select(image);
        var data = BandSelector.DataMask(image);
        var w = image.Width;
        var h = image.Height;
        var gsd = Math.Max(0.05, image.GsdMetres);
        ImpulseFilter.Apply(luma, ca, cb, data, w, h);

        // Most scenes hold data everywhere: then nothing needs filling and the steps below skip their masks.
        var allData = PlaneLoops.All(data);
        var filled = luma;
        if (!allData)
        {
            var median = PlaneOps.Quantile(luma, data, 0.5);
            if (float.IsNaN(median))
            {
                return new ScenePlanes(w, h, luma, ca, cb, new bool[luma.Length]);
            }

            filled = GC.AllocateUninitializedArray<float>(luma.Length);
            PlaneLoops.Select(data, luma, median, filled);
        }

        var cloud = CloudMaskFullResolution(filled, data, allData, w, h, gsd);
        var visible = cloud is null ? data : PlaneLoops.AndNot(data, cloud);

        var stretchMask = visible;
        if (region is { Length: > 100 })
        {
            stretchMask = new bool[visible.Length];
            foreach (var i in region)
            {
                stretchMask[i] = visible[i];
            }
        }

        var levels = PlaneOps.Quantiles(luma, stretchMask, [0.02, 0.98, 0.5]);
        var (lo, hi) = (levels[0], levels[1]);
        if (float.IsNaN(lo))
        {
            return new ScenePlanes(w, h, filled, ca, cb, visible);
        }

        var range = Math.Max(0.02f, hi - lo);
        var inv = 1f / range;
        PlaneLoops.Stretch(luma, ca, cb, visible, lo, inv, (levels[2] - lo) * inv);
        return new ScenePlanes(w, h, luma, ca, cb, visible);
    }

    /// <summary>Clouds are found at about 1.5 m per pixel (they are large) and the mask is brought back to full size; null where there is none.</summary>
    internal static bool[]? CloudMaskFullResolution(float[] luma, bool[] data, bool allData, int w, int h, double gsd)
    {
        var factor = Math.Max(1, (int)Math.Floor(1.5 / gsd));
        if (factor == 1)
        {
            var full = CloudMask(luma, data, w, h, gsd);
            return PlaneLoops.Any(full) ? full : null;
        }

        var (small, w2, h2) = PlaneOps.Downsample(luma, w, h, factor);
        var smallMask = new bool[small.Length];
        if (allData)
        {
            // The area average of a mask that holds everywhere is one everywhere.
            Array.Fill(smallMask, true);
        }
        else
        {
            var (smallData, _, _) = PlaneOps.Downsample(PlaneLoops.ToOnesAndZeros(data), w, h, factor);
            for (var i = 0; i < smallMask.Length; i++)
            {
                smallMask[i] = smallData[i] > 0.99f;
            }
        }

        var cloudSmall = CloudMask(small, smallMask, w2, h2, gsd * factor);
        if (!PlaneLoops.Any(cloudSmall))
        {
            return null;
        }

        var cloud = new bool[luma.Length];
        var column = new int[w];
        for (var x = 0; x < w; x++)
        {
            column[x] = Math.Min(w2 - 1, x / factor);
        }

        for (var y = 0; y < h; y++)
        {
            var ys = Math.Min(h2 - 1, y / factor) * w2;
            var row = y * w;
            for (var x = 0; x < w; x++)
            {
                cloud[row + x] = cloudSmall[ys + column[x]];
            }
        }

        return cloud;
    }

    /// <summary>
    /// Clouds: bright and smooth over several metres, in blobs larger than a railcar is wide. Haze lowers texture
    /// everywhere, so smoothness is judged against the scene's own texture as well as in absolute terms.
    /// </summary>
    internal static bool[] CloudMask(float[] luma, bool[] data, int w, int h, double gsd)
    {
        var smooth = PlaneOps.GaussianBlur(luma, w, h, 1.0);
        var window = Math.Max(3, (int)Math.Round(8.0 / gsd)) | 1;
        var mean = PlaneOps.BoxMean(smooth, w, h, window);
        var sq = new float[smooth.Length];
        for (var i = 0; i < sq.Length; i++)
        {
            sq[i] = smooth[i] * smooth[i];
        }

        var meanSq = PlaneOps.BoxMean(sq, w, h, window);
        var std = new float[smooth.Length];
        for (var i = 0; i < std.Length; i++)
        {
            std[i] = MathF.Sqrt(MathF.Max(0, meanSq[i] - (mean[i] * mean[i])));
        }

        // Clouds may cover most of the scene, so the ground's brightness and texture are read from the darker of
        // the scene's two brightness classes (Otsu) when that class is large enough to be ground.
        var meanLevels = PlaneOps.Quantiles(mean, data, [0.001, 0.5, 0.999]);
        var ground = DarkerClass(mean, data, meanLevels[0], meanLevels[2]);
        var textureRef = PlaneOps.Quantile(std, ground, 0.6);
        var brightRef = MathF.Min(meanLevels[1], PlaneOps.Quantile(mean, ground, 0.5));
        var smoothLimit = MathF.Max(0.012f, 0.2f * textureRef);
        var raw = new bool[luma.Length];
        var any = false;
        for (var i = 0; i < raw.Length; i++)
        {
            // Reflectance-scaled products put clouds near 0.5–0.6 of the white level, 8-bit ones near 0.9.
            // Clouds are also among the brightest things in the scene, which keeps bright smooth ground out. A dim
            // reflectance product (gain below one) puts them near 0.4: there a cloud is told by being at least
            // twice as bright as the ground.
            var bright = mean[i] > 0.7f
                || (mean[i] > 0.45f && mean[i] > brightRef + 0.1f)
                || (mean[i] > 0.3f && mean[i] > brightRef + 0.15f && mean[i] > 2f * brightRef);
            raw[i] = data[i] && bright && std[i] < smoothLimit;
            any |= raw[i];
        }

        if (!any)
        {
            return raw;
        }

        var open = Math.Max(1, (int)Math.Round(6.0 / gsd));
        var dilate = Math.Max(1, (int)Math.Round(2.0 / gsd));
        return PlaneOps.OpenThenDilate(raw, w, h, open, dilate);
    }

    /// <summary>
    /// Pixels of the darker Otsu class of <paramref name="values"/> (histogram between their 0.1 and 99.9 percentiles
    /// <paramref name="lo"/> and <paramref name="hi"/>), or all data when that class is under 10%.
    /// </summary>
    private static bool[] DarkerClass(float[] values, bool[] data, float lo, float hi)
    {
        const int bins = 256;
        if (!(hi > lo))
        {
            return data;
        }

        var histogram = new double[bins];
        var total = 0;
        for (var i = 0; i < values.Length; i++)
        {
            if (data[i])
            {
                var b = (int)Math.Clamp((values[i] - lo) / (hi - lo) * (bins - 1), 0, bins - 1);
                histogram[b]++;
                total++;
            }
        }

        double sumAll = 0;
        for (var b = 0; b < bins; b++)
        {
            sumAll += b * histogram[b];
        }

        double weightDark = 0, sumDark = 0, bestVariance = -1;
        var threshold = 0;
        for (var b = 0; b < bins - 1; b++)
        {
            weightDark += histogram[b];
            sumDark += b * histogram[b];
            var weightBright = total - weightDark;
            if (weightDark == 0 || weightBright == 0)
            {
                continue;
            }

            var meanDark = sumDark / weightDark;
            var meanBright = (sumAll - sumDark) / weightBright;
            var between = weightDark * weightBright * (meanDark - meanBright) * (meanDark - meanBright);
            if (between > bestVariance)
            {
                bestVariance = between;
                threshold = b;
            }
        }

        var cut = lo + ((threshold + 0.5f) / (bins - 1) * (hi - lo));
        var dark = new bool[values.Length];
        var count = 0;
        for (var i = 0; i < values.Length; i++)
        {
            dark[i] = data[i] && values[i] <= cut;
            count += dark[i] ? 1 : 0;
        }

        return count >= 0.1 * total ? dark : data;
    }
}
