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
        var luma = GC.AllocateUninitializedArray<float>(n);
        if (r is not null && g is not null && b is not null)
        {
            var ca = GC.AllocateUninitializedArray<float>(n);
            var cb = GC.AllocateUninitializedArray<float>(n);
            PlaneLoops.LumaAndChroma(r, g, b, scale, luma, ca, cb);
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

        PlaneLoops.Scale(source, scale, luma);
        return (luma, null, null);
    }

    /// <summary>Pixels that hold data: the image's mask, finite values, and not an alpha of zero.</summary>
    public static bool[] DataMask(RasterImage image)
    {
        var n = image.Width * image.Height;
        var mask = new bool[n];
        if (image.Valid is { } valid)
        {
            valid.AsSpan().CopyTo(mask);
        }
        else
        {
            Array.Fill(mask, true);
        }

        if (image.Band(BandRole.Alpha) is { } alpha)
        {
            for (var i = 0; i < n; i++)
            {
                if (alpha[i] <= 0)
                {
                    mask[i] = false;
                }
            }
        }

        foreach (var band in image.Bands)
        {
            PlaneLoops.ClearWhereNotFinite(band, mask);
        }

        return mask;
    }
}
