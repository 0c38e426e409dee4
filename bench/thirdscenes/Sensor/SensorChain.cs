using RailWatch.Core.Imaging;
using RailWatch.ThirdScenes.Bench.Plan;
using RailWatch.ThirdScenes.Bench.Rendering;

namespace RailWatch.ThirdScenes.Bench.Sensor;

/// <summary>
/// From radiance on the sensor's grid to the delivered product, in the order a real one is made: clouds and haze,
/// the optics' point spread (a Gaussian core, a wide faint wing and image motion, on top of the detector's own area),
/// signal-dependent noise, column striping and dead detectors, pan-sharpening of multispectral bands sampled 4× coarser
/// (with their misregistration) or plain multispectral or panchromatic, resampling onto the map grid by cubic
/// convolution, unsharp-mask sharpening, an 11/12-bit range in 16 bits or an 8-bit stretch with clipping, and
/// JPEG 2000-like loss (JPEG itself is left to the GeoTIFF writer).
/// </summary>
internal static class SensorChain
{
    /// <summary>Spectral weights of the panchromatic band over red, green, blue and near-infrared.</summary>
    private static readonly float[] PanWeights = [0.32f, 0.3f, 0.13f, 0.25f];

    public static Product Run(ScenePlan plan, NativeGrid native, ImageGrid grid, float[][] radiance, CloudField clouds, SunView sun)
    {
        var sensor = plan.Sensor;
        var noise = RandomDraws.Stream(plan.Seed, 5);
        AddClouds(native, radiance, clouds, sun);
        AddHaze(plan.Light, radiance);
        var optics = Optics(sensor, native, radiance);

        float[][] bands;
        if (sensor.Acquisition == Acquisition.Panchromatic)
        {
            bands = [Detect(Pan(optics), native.Width, native.Height, sensor, noise)];
        }
        else if (sensor.Acquisition == Acquisition.Multispectral)
        {
            bands = optics.Select(p => Detect(p, native.Width, native.Height, sensor, noise)).ToArray();
        }
        else
        {
            var pan = Detect(Pan(optics), native.Width, native.Height, sensor, noise);
            bands = PanSharpening.Fuse(pan, optics, native.Width, native.Height, PanWeights, sensor, noise);
        }

        var product = bands.Select(b => Resample(b, native, grid, sensor.CubicA)).ToArray();
        if (sensor.SharpenAmount > 0)
        {
            product = product.Select(b => Sharpen(b, grid, sensor.SharpenAmount, sensor.SharpenSigma)).ToArray();
        }

        var (ordered, roles) = Order(product, sensor.Layout);
        var (numbers, white) = Radiometry.ToNumbers(ordered, sensor);
        var compression = sensor.Compression == Compression.Jpeg && numbers.Count == 4 ? Compression.Wavelet : sensor.Compression;
        if (compression == Compression.Wavelet)
        {
            var step = sensor.CompressionStrength * 3 * white / 255;
            foreach (var band in numbers)
            {
                WaveletCodec.Degrade(band, grid.Width, grid.Height, step);
                Radiometry.Clip(band, white);
            }
        }

        return new Product(grid, numbers, roles, white, sensor.Bits, compression, (int)Math.Round(sensor.CompressionStrength));
    }

    private static float[] Pan(float[][] rgbn)
    {
        var pan = new float[rgbn[0].Length];
        for (var i = 0; i < pan.Length; i++)
        {
            pan[i] = (PanWeights[0] * rgbn[0][i]) + (PanWeights[1] * rgbn[1][i]) + (PanWeights[2] * rgbn[2][i]) + (PanWeights[3] * rgbn[3][i]);
        }

        return pan;
    }

    private static void AddClouds(NativeGrid native, float[][] radiance, CloudField clouds, SunView sun)
    {
        if (!clouds.Any)
        {
            return;
        }

        var light = (float)(sun.SinElevation + sun.SkyShare);
        Parallel.For(0, native.Height, row =>
        {
            for (var col = 0; col < native.Width; col++)
            {
                var (x, y) = native.ToLocal(col + 0.5, row + 0.5);
                var alpha = (float)clouds.Opacity(x, y);
                if (alpha <= 0.001f)
                {
                    continue;
                }

                var white = clouds.Brightness(x, y) * light * 0.9f;
                var i = (row * native.Width) + col;
                foreach (var (plane, tint) in radiance.Zip(new[] { 1f, 1f, 1.02f, 0.85f }))
                {
                    plane[i] = (plane[i] * (1 - alpha)) + (alpha * white * tint);
                }
            }
        });
    }

    private static void AddHaze(LightPlan light, float[][] radiance)
    {
        float[] path = [0.85f, 0.95f, 1.15f, 0.45f];
        for (var b = 0; b < 4; b++)
        {
            var t = (float)light.HazeTransmission;
            var p = (float)light.HazePath * path[b];
            var plane = radiance[b];
            for (var i = 0; i < plane.Length; i++)
            {
                plane[i] = (plane[i] * t) + p;
            }
        }
    }

    /// <summary>The optics: a Gaussian core with image motion along v, plus a faint wide wing (stray light).</summary>
    private static float[][] Optics(SensorPlan sensor, NativeGrid native, float[][] radiance)
    {
        var core = Filters.Kernel(sensor.PsfSigmaPixels);
        var moving = Filters.Smeared(sensor.PsfSigmaPixels, sensor.SmearPixels);
        var wing = (float)sensor.PsfWingWeight;
        return radiance.Select(plane =>
        {
            var sharp = Filters.Separable(plane, native.Width, native.Height, core, moving);
            var wide = Filters.Gaussian(plane, native.Width, native.Height, 2.5, 2.5);
            for (var i = 0; i < sharp.Length; i++)
            {
                sharp[i] = ((1 - wing) * sharp[i]) + (wing * wide[i]);
            }

            return sharp;
        }).ToArray();
    }

    /// <summary>Shot and read noise (variance growing with the signal), column gain striping and dead columns.</summary>
    internal static float[] Detect(float[] plane, int width, int height, SensorPlan sensor, Random random)
    {
        var gains = new float[width];
        var dead = new bool[width];
        for (var x = 0; x < width; x++)
        {
            gains[x] = (float)(1 + (sensor.StripeAmplitude * random.Gaussian()));
        }

        for (var k = 0; k < sensor.DeadColumns; k++)
        {
            dead[random.Next(width)] = true;
        }

        var result = new float[plane.Length];
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var i = (y * width) + x;
                var signal = Math.Max(0, plane[i]);
                var sigma = sensor.NoiseScale * Math.Sqrt((3e-5 * signal) + 1e-6);
                result[i] = dead[x] ? 0.002f : (float)((signal * gains[x]) + (sigma * random.Gaussian()));
            }
        }

        return result;
    }

    private static float[] Resample(float[] plane, NativeGrid native, ImageGrid grid, double a)
    {
        var result = new float[grid.Width * grid.Height];
        Parallel.For(0, grid.Height, row =>
        {
            for (var col = 0; col < grid.Width; col++)
            {
                var x = grid.Left + ((col + 0.5) * grid.Gsd);
                var y = grid.Top - ((row + 0.5) * grid.Gsd);
                var (u, v) = native.ToGrid(x, y);
                result[(row * grid.Width) + col] = Filters.SampleCubic(plane, native.Width, native.Height, u - 0.5, v - 0.5, a);
            }
        });
        return result;
    }

    private static float[] Sharpen(float[] plane, ImageGrid grid, double amount, double sigma)
    {
        var blurred = Filters.Gaussian(plane, grid.Width, grid.Height, sigma, sigma);
        var result = new float[plane.Length];
        for (var i = 0; i < plane.Length; i++)
        {
            result[i] = plane[i] + ((float)amount * (plane[i] - blurred[i]));
        }

        return result;
    }

    private static (List<float[]> Bands, List<BandRole> Roles) Order(float[][] rgbnOrPan, BandLayout layout)
    {
        if (rgbnOrPan.Length == 1)
        {
            return ([rgbnOrPan[0]], [BandRole.Gray]);
        }

        var (r, g, b, n) = (rgbnOrPan[0], rgbnOrPan[1], rgbnOrPan[2], rgbnOrPan[3]);
        return layout switch
        {
            BandLayout.Bgrn => ([b, g, r, n], [BandRole.Blue, BandRole.Green, BandRole.Red, BandRole.NearInfrared]),
            BandLayout.Rgbn => ([r, g, b, n], [BandRole.Red, BandRole.Green, BandRole.Blue, BandRole.NearInfrared]),
            _ => ([r, g, b], [BandRole.Red, BandRole.Green, BandRole.Blue]),
        };
    }
}
