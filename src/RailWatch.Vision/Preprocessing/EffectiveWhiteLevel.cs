using RailWatch.Core.Imaging;

namespace RailWatch.Vision.Preprocessing;

/// <summary>
/// The white level the pixels actually use. A 16-bit file that does not say otherwise is read with white at 65535,
/// while its sensor fills 11, 12 or 14 bits of the container or holds reflectance × 10,000: against 65535 every
/// tone is a tenth or less of what it is, clouds never pass for clouds and the absolute tone thresholds are off.
/// So where the white level is just the container's maximum and the data's 99.99th percentile uses less than a
/// quarter of it, white is taken as the smallest of the usual ones at or above that percentile: a sensor's 8 to 12
/// bits, reflectance × 10,000 (no common sensor has 13), then 14 and 15 bits. A white level the file states
/// (WHITE_LEVEL, NBITS, a scale) stands as it is.
/// </summary>
internal static class EffectiveWhiteLevel
{
    private const double HighQuantile = 0.9999;

    /// <summary>The white levels data are found to use, in increasing order.</summary>
    private static readonly double[] UsualWhites = [255, 511, 1023, 2047, 4095, 10000, 16383, 32767];

    public static double Of(RasterImage image, IEnumerable<float[]> bands)
    {
        ArgumentNullException.ThrowIfNull(image);
        var declared = image.WhiteLevel > 0 ? image.WhiteLevel : 255.0;
        if (!image.WhiteLevelIsContainerMaximum)
        {
            return declared;
        }

        var high = bands.Select(b => PlaneOps.Quantile(b, Data(image, b), HighQuantile)).Where(float.IsFinite).DefaultIfEmpty(float.NaN).Max();
        if (!(high > 0) || high >= declared / 4)
        {
            return declared;
        }

        return Math.Min(declared, UsualWhites.Where(white => white >= high).DefaultIfEmpty(declared).First());
    }

    /// <summary>Pixels that hold data: the image's own mask, and values above zero (zero is the usual nodata).</summary>
    private static bool[] Data(RasterImage image, float[] band)
    {
        var data = new bool[band.Length];
        for (var i = 0; i < band.Length; i++)
        {
            data[i] = band[i] > 0 && (image.Valid is null || image.Valid[i]);
        }

        return data;
    }
}
