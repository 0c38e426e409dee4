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
        var (low, high) = stretch == PngStretch.Percentiles ? Percentiles(plane, image.Valid) : (0.0, image.WhiteLevel);
        var span = high > low ? high - low : 1;
        var result = new float[plane.Length];
        for (var i = 0; i < plane.Length; i++)
        {
            result[i] = (float)Math.Clamp(Math.Round((plane[i] - low) * 255 / span), 0, 255);
        }

        return result;
    }

    private static (double Low, double High) Percentiles(float[] plane, bool[]? valid)
    {
        var values = plane.Where((v, i) => (valid is null || valid[i]) && float.IsFinite(v)).ToArray();
        if (values.Length == 0)
        {
            return (0, 1);
        }

        Array.Sort(values);
        return (values[(int)(0.02 * (values.Length - 1))], values[(int)(0.98 * (values.Length - 1))]);
    }
}
