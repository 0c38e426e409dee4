using RailWatch.ThirdScenes.Bench.Plan;

namespace RailWatch.ThirdScenes.Bench.Sensor;

/// <summary>
/// Pan-sharpening: the colour bands are sampled by detectors four times coarser than the pan (4 × 4 native pixels),
/// a little misregistered, interpolated back up by cubic convolution and scaled by pan / intensity. Colour then bleeds
/// across edges and a coloured halo follows sharp contrasts, as in real pan-sharpened products.
/// </summary>
internal static class PanSharpening
{
    private const int Ratio = 4;

    public static float[][] Fuse(float[] pan, float[][] rgbn, int width, int height, float[] weights, SensorPlan sensor, Random random)
    {
        var (mw, mh) = (width / Ratio, height / Ratio);
        var coarse = rgbn.Select(plane => Detector(Block(plane, width, mw, mh), mw, mh, sensor, random)).ToArray();
        var (sx, sy) = sensor.ColourMisregistration;
        var up = coarse.Select(plane => Upsample(plane, mw, mh, width, height, sx, sy, sensor.CubicA)).ToArray();
        var result = up.Select(_ => new float[pan.Length]).ToArray();
        for (var i = 0; i < pan.Length; i++)
        {
            var intensity = (weights[0] * up[0][i]) + (weights[1] * up[1][i]) + (weights[2] * up[2][i]) + (weights[3] * up[3][i]);
            var ratio = Math.Clamp(pan[i] / Math.Max(intensity, 0.004f), 0f, 4f);
            for (var b = 0; b < 4; b++)
            {
                result[b][i] = up[b][i] * ratio;
            }
        }

        return result;
    }

    private static float[] Detector(float[] plane, int width, int height, SensorPlan sensor, Random random) =>
        SensorChain.Detect(plane, width, height, sensor with { DeadColumns = 0, NoiseScale = sensor.NoiseScale * 0.5 }, random);

    private static float[] Block(float[] plane, int width, int mw, int mh)
    {
        var result = new float[mw * mh];
        for (var y = 0; y < mh; y++)
        {
            for (var x = 0; x < mw; x++)
            {
                float sum = 0;
                for (var j = 0; j < Ratio; j++)
                {
                    for (var i = 0; i < Ratio; i++)
                    {
                        sum += plane[(((y * Ratio) + j) * width) + (x * Ratio) + i];
                    }
                }

                result[(y * mw) + x] = sum / (Ratio * Ratio);
            }
        }

        return result;
    }

    private static float[] Upsample(float[] plane, int mw, int mh, int width, int height, double shiftX, double shiftY, double a)
    {
        var result = new float[width * height];
        Parallel.For(0, height, y =>
        {
            for (var x = 0; x < width; x++)
            {
                var u = ((x + 0.5) / Ratio) - 0.5 + shiftX;
                var v = ((y + 0.5) / Ratio) - 0.5 + shiftY;
                result[(y * width) + x] = Filters.SampleCubic(plane, mw, mh, u, v, a);
            }
        });
        return result;
    }
}
