using RailWatch.ThirdScenes.Bench.Plan;

namespace RailWatch.ThirdScenes.Bench.Sensor;

/// <summary>
/// Radiance to digital numbers: an 11- or 12-bit range in 16 bits (a dark offset, a fixed gain, clipping at the top),
/// or for 8-bit products a dynamic-range stretch between low and high percentiles of all bands together, with a
/// gamma, that clips the darkest shadows and brightest roofs.
/// </summary>
internal static class Radiometry
{
    public static (List<float[]> Numbers, double White) ToNumbers(IReadOnlyList<float[]> bands, SensorPlan sensor)
    {
        if (sensor.Bits > 8)
        {
            var white = (1 << sensor.Bits) - 1;
            var gain = white * 0.75;
            var offset = white * 0.012;
            var numbers = bands.Select(b => b.Select(v => (float)Math.Round(Math.Clamp(offset + (v * gain), 0, white))).ToArray()).ToList();
            return (numbers, white);
        }

        var sample = bands.SelectMany(b => b.Where((_, i) => i % 7 == 0)).ToArray();
        Array.Sort(sample);
        var low = sample[(int)(sensor.StretchLowPercent / 100 * (sample.Length - 1))];
        var high = sample[(int)(sensor.StretchHighPercent / 100 * (sample.Length - 1))];
        var span = Math.Max(1e-4, high - low);
        var gamma = sensor.Gamma;
        var stretched = bands.Select(b => b.Select(v => (float)Math.Round(255 * Math.Pow(Math.Clamp((v - low) / span, 0, 1), gamma))).ToArray()).ToList();
        return (stretched, 255);
    }

    public static void Clip(float[] band, double white)
    {
        for (var i = 0; i < band.Length; i++)
        {
            band[i] = (float)Math.Round(Math.Clamp(band[i], 0, white));
        }
    }
}
