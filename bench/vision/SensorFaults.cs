using RailWatch.Core.Imaging;

namespace RailWatch.Vision.Bench;

/// <summary>
/// Sensor faults the scene renderer does not make, applied to a rendered image after the fact, so that the counter's
/// robustness to them can be measured on the same scenes with and without: detector striping, hot and dead pixels,
/// saturation, bands out of register, a 16-bit file without its white level, a softer lens, a sharpened product and
/// more noise.
/// Every fault is deterministic in the scene's seed.
/// </summary>
internal static class SensorFaults
{
    public static readonly string[] Names = ["stripes", "stripes-mild", "hot-dead", "saturation", "band-shift", "undeclared-white", "soft", "sharpen", "noise"];

    public static RasterImage Apply(RasterImage image, string fault, int seed)
    {
        var rng = new Random(seed * 7919 + fault.Length);
        var bands = image.Bands.Select(b => (float[])b.Clone()).ToArray();
        var (w, h, white) = (image.Width, image.Height, (float)image.WhiteLevel);
        switch (fault)
        {
            case "stripes" or "stripes-mild":
                // Pushbroom detectors: every column has its own gain (SD 4%, or 1% after a provider's radiometric
                // correction) and offset (SD 1% of white, or 0.25%).
                var spread = fault == "stripes" ? 1.0 : 0.25;
                var gain = Enumerable.Range(0, w).Select(_ => 1 + (0.04 * spread * Gaussian(rng))).ToArray();
                var offset = Enumerable.Range(0, w).Select(_ => 0.01 * spread * white * Gaussian(rng)).ToArray();
                ForEach(bands, w, h, (b, x, y, v) => Math.Clamp((float)((v * gain[x]) + offset[x]), 1, white));
                break;
            case "hot-dead":
                // 0.3% of the pixels stuck at the white level and 0.3% at the dark end (not nodata).
                var stuck = new Dictionary<int, float>();
                for (var i = 0; i < w * h * 0.006; i++)
                {
                    stuck[rng.Next(w * h)] = rng.NextDouble() < 0.5 ? white : 1;
                }

                foreach (var band in bands)
                {
                    foreach (var (k, v) in stuck)
                    {
                        band[k] = v;
                    }
                }

                break;
            case "saturation":
                // Exposure 1.8× too long: everything bright clips at the white level.
                ForEach(bands, w, h, (b, x, y, v) => Math.Min(white, v * 1.8f));
                break;
            case "band-shift":
                // The first band one pixel right and one down of the others (a multispectral sensor's band offset).
                if (bands.Length > 1)
                {
                    var src = image.Bands[0];
                    for (var y = 0; y < h; y++)
                    {
                        for (var x = 0; x < w; x++)
                        {
                            bands[0][(y * w) + x] = src[(Math.Max(0, y - 1) * w) + Math.Max(0, x - 1)];
                        }
                    }
                }

                break;
            case "undeclared-white":
                // A 16-bit file that does not say which white its sensor uses is read with white at 65535 (8-bit
                // files are unchanged).
                if (white > 255)
                {
                    return new RasterImage(w, h, bands, image.Roles, image.Georeference, image.Valid, 65535);
                }

                break;
            case "soft":
                foreach (var band in bands)
                {
                    var blurred = RailWatch.Vision.Preprocessing.PlaneOps.GaussianBlur(band, w, h, 1.2);
                    Array.Copy(blurred, band, band.Length);
                }

                break;
            case "sharpen":
                // A provider's MTF compensation: unsharp mask, amount 1, radius 1 px (halos at every edge).
                foreach (var band in bands)
                {
                    var blurred = RailWatch.Vision.Preprocessing.PlaneOps.GaussianBlur(band, w, h, 1.0);
                    for (var k = 0; k < band.Length; k++)
                    {
                        band[k] = Math.Clamp((2 * band[k]) - blurred[k], 1, white);
                    }
                }

                break;
            case "noise":
                // Shot-like noise: 3% of each value plus 0.5% of white.
                ForEach(bands, w, h, (b, x, y, v) => Math.Clamp(v + (float)(Gaussian(rng) * ((0.03 * v) + (0.005 * white))), 1, white));
                break;
            default:
                throw new ArgumentException($"unknown fault '{fault}'", nameof(fault));
        }

        return new RasterImage(w, h, bands, image.Roles, image.Georeference, image.Valid, image.WhiteLevel);
    }

    private static void ForEach(float[][] bands, int w, int h, Func<int, int, int, float, float> f)
    {
        for (var b = 0; b < bands.Length; b++)
        {
            var band = bands[b];
            for (var y = 0; y < h; y++)
            {
                for (var x = 0; x < w; x++)
                {
                    var k = (y * w) + x;
                    band[k] = f(b, x, y, band[k]);
                }
            }
        }
    }

    private static double Gaussian(Random rng) =>
        Math.Sqrt(-2 * Math.Log(1 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble());
}
