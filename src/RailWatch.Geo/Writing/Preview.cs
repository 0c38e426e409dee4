using RailWatch.Core.Imaging;

namespace RailWatch.Geo.Writing;

/// <summary>Turns an image into 8-bit planes for a preview: RGB when it has red, green and blue, gray otherwise.</summary>
internal static class Preview
{
    public static List<float[]> Planes(RasterImage image, PngWriteOptions options)
    {
        var sources = image.Band(BandRole.Red) is { } r && image.Band(BandRole.Green) is { } g && image.Band(BandRole.Blue) is { } b
            ? new List<float[]> { r, g, b }
            : [image.Band(BandRole.Gray) ?? image.Bands[0]];
        var planes = sources.Select(s => Stretch(s, image, options.Stretch)).ToList();
        if (options.TransparentInvalid)
        {
            planes.Add(Enumerable.Range(0, image.Width * image.Height).Select(i => image.Valid is null || image.Valid[i] ? 255f : 0f).ToArray());
        }

        return planes;
    }

    private static float[] Stretch(float[] plane, RasterImage image, PngStretch stretch)
    {
        var (low, high) = (0.0, image.WhiteLevel);
        if (stretch == PngStretch.Percentiles || image.WhiteLevelIsContainerMaximum)
        {
            var sorted = SortedValid(plane, image.Valid);
            if (stretch == PngStretch.Percentiles || FillsLittleOfAnAssumedWhite(sorted, image.WhiteLevel))
            {
                (low, high) = Percentiles(sorted);
            }
        }

        var span = high > low ? high - low : 1;
        var result = new float[plane.Length];
        for (var i = 0; i < plane.Length; i++)
        {
            result[i] = (float)Math.Clamp(Math.Round((plane[i] - low) * 255 / span), 0, 255);
        }

        return result;
    }

    /// <summary>
    /// A 16-bit file that states no white is read with white at 65535; stretched by that, a 12-bit or reflectance
    /// product previews nearly black, so such a plane whose 99.9th percentile is under a quarter of it is stretched by
    /// its percentiles instead.
    /// </summary>
    private static bool FillsLittleOfAnAssumedWhite(float[] sorted, double white) =>
        sorted.Length > 0 && sorted[(int)(0.999 * (sorted.Length - 1))] < white / 4;

    private static float[] SortedValid(float[] plane, bool[]? valid)
    {
        var values = plane.Where((v, i) => (valid is null || valid[i]) && float.IsFinite(v)).ToArray();
        Array.Sort(values);
        return values;
    }

    private static (double Low, double High) Percentiles(float[] sorted) =>
        sorted.Length == 0 ? (0, 1) : (sorted[(int)(0.02 * (sorted.Length - 1))], sorted[(int)(0.98 * (sorted.Length - 1))]);
}
