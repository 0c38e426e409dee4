using RailWatch.Core.Imaging;

namespace RailWatch.Vision.Preprocessing;

/// <summary>
/// Chooses bands by colour interpretation: red/green/blue give luminance and colour differences, a grey
/// (panchromatic) band gives luminance, near-infrared and alpha are never used as luminance. Values are divided by
/// the white level the data actually use (<see cref="EffectiveWhiteLevel"/>) so 8- and 16-bit images look alike.
/// </summary>
internal static class BandSelector
{
    public static (float[] Luma, float[]? ChromaA, float[]? ChromaB) Select(RasterImage image)
    {
        ArgumentNullException.ThrowIfNull(image);
        var n = image.Width * image.Height;
        var r = image.Band(BandRole.Red);
        var g = image.Band(BandRole.Green);
        var b = image.Band(BandRole.Blue);
        var gray = image.Band(BandRole.Gray);
        if (r is null && g is null && b is null && gray is null)
        {
            // Bands without interpretation: three or more are taken as R, G, B in order (the GeoTIFF convention),
            // fewer as grey.
            var others = Enumerable.Range(0, image.Roles.Count).Where(i => image.Roles[i] == BandRole.Other).ToList();
            if (others.Count >= 3)
            {
                (r, g, b) = (image.Bands[others[0]], image.Bands[others[1]], image.Bands[others[2]]);
            }
            else if (others.Count >= 1)
            {
                gray = image.Bands[others[0]];
            }
            else
            {
                // Only NIR or alpha: use the first non-alpha band rather than fail.
                var first = Enumerable.Range(0, image.Roles.Count).FirstOrDefault(i => image.Roles[i] != BandRole.Alpha);
                gray = image.Bands[first];
            }
        }

        var scale = (float)(1.0 / EffectiveWhiteLevel.Of(image, new[] { r, g, b, gray }.OfType<float[]>()));
        var luma = new float[n];
        if (r is not null && g is not null && b is not null)
        {
            var ca = new float[n];
            var cb = new float[n];
            for (var i = 0; i < n; i++)
            {
                var rr = r[i] * scale;
                var gg = g[i] * scale;
                var bb = b[i] * scale;
                luma[i] = (0.299f * rr) + (0.587f * gg) + (0.114f * bb);
                ca[i] = rr - gg;
                cb[i] = bb - (0.5f * (rr + gg));
            }

            return (luma, ca, cb);
        }

        var source = gray ?? r ?? g ?? b!;
        if (gray is null)
        {
            // Some colour bands but not all three: average those present.
            var present = new[] { r, g, b }.Where(x => x is not null).Cast<float[]>().ToArray();
            for (var i = 0; i < n; i++)
            {
                float s = 0;
                foreach (var p in present)
                {
                    s += p[i];
                }

                luma[i] = s / present.Length * scale;
            }

            return (luma, null, null);
        }

        for (var i = 0; i < n; i++)
        {
            luma[i] = source[i] * scale;
        }

        return (luma, null, null);
    }

    /// <summary>Pixels that hold data: the image's mask, finite values, and not an alpha of zero.</summary>
    public static bool[] DataMask(RasterImage image)
    {
        var n = image.Width * image.Height;
        var mask = new bool[n];
        var alpha = image.Band(BandRole.Alpha);
        var bands = image.Bands.ToArray();
        var valid = image.Valid;
        for (var i = 0; i < n; i++)
        {
            var ok = valid is null || valid[i];
            if (ok && alpha is not null && alpha[i] <= 0)
            {
                ok = false;
            }

            if (ok)
            {
                foreach (var band in bands)
                {
                    if (!float.IsFinite(band[i]))
                    {
                        ok = false;
                        break;
                    }
                }
            }

            mask[i] = ok;
        }

        return mask;
    }
}
