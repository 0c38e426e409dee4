using RailWatch.AltScenes.Bench.Scenes;
using RailWatch.Core.Imaging;

namespace RailWatch.AltScenes.Bench.Rendering;

/// <summary>Digital numbers as a product delivers them: planes, what each measures, and the value of white.</summary>
internal sealed record CapturedBands(IReadOnlyList<float[]> Bands, IReadOnlyList<BandRole> Roles, double WhiteLevel);

/// <summary>
/// Turns radiance into a product: optics blur, exposure, shot and read noise, gamma (8-bit only), quantisation and
/// saturation, and JPEG-like compression where the sensor has it.
/// </summary>
internal static class SensorModel
{
    public static CapturedBands Capture(RadianceImage radiance, SceneLook look, Random noise)
    {
        var sensor = look.Sensor;
        var (planes, roles) = sensor.Kind switch
        {
            SensorKind.Rgb8 => (new[] { radiance.R, radiance.G, radiance.B }, new[] { BandRole.Red, BandRole.Green, BandRole.Blue }),
            SensorKind.Bgrn16 => (new[] { radiance.B, radiance.G, radiance.R, radiance.N }, new[] { BandRole.Blue, BandRole.Green, BandRole.Red, BandRole.NearInfrared }),
            _ => (new[] { Panchromatic(radiance) }, new[] { BandRole.Gray }),
        };

        var white = sensor.WhiteLevel;
        var ceiling = sensor.Kind == SensorKind.Rgb8 ? 255 : white < 5000 ? white : 65535;
        var readSd = sensor.ReadNoise * white;
        var shotGain = sensor.ShotNoiseAtWhite * sensor.ShotNoiseAtWhite * white;
        var bands = new List<float[]>();
        foreach (var source in planes)
        {
            var plane = (float[])source.Clone();
            GaussianBlur.Apply(plane, radiance.Width, radiance.Height, sensor.PsfSigmaPx);
            for (var k = 0; k < plane.Length; k++)
            {
                var v = plane[k] * look.Light.Exposure * white;
                v += noise.Normal(0, Math.Sqrt((readSd * readSd) + (shotGain * Math.Max(0, v))));
                if (sensor.Gamma != 1)
                {
                    v = white * Math.Pow(Math.Max(0, v) / white, 1 / sensor.Gamma);
                }

                plane[k] = (float)Math.Clamp(Math.Round(v), 0, ceiling);
            }

            bands.Add(plane);
        }

        if (sensor.JpegQuality is { } quality)
        {
            JpegBlocks.Apply(bands[0], bands[1], bands[2], radiance.Width, radiance.Height, quality);
        }

        return new CapturedBands(bands, roles, white);
    }

    private static float[] Panchromatic(RadianceImage radiance)
    {
        var pan = new float[radiance.R.Length];
        for (var k = 0; k < pan.Length; k++)
        {
            pan[k] = (0.2f * radiance.B[k]) + (0.3f * radiance.G[k]) + (0.3f * radiance.R[k]) + (0.2f * radiance.N[k]);
        }

        return pan;
    }
}
