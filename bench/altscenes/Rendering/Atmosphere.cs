using RailWatch.AltScenes.Bench.Scenes;

namespace RailWatch.AltScenes.Bench.Rendering;

/// <summary>What lies between the ground and the sensor: clouds, haze (a veil that lifts the dark and dulls contrast), and a slow drift of illumination across the image.</summary>
internal static class Atmosphere
{
    private static readonly Rgbn CloudTop = new(0.92f, 0.93f, 0.95f, 0.9f);

    public static void Apply(RadianceImage image, Scene scene, CloudField clouds)
    {
        var window = scene.Window;
        var look = scene.Look;
        var haze = (float)look.Haze;
        var veil = look.Veil;
        var gradientE = Math.Cos(look.Light.GradientAngle);
        var gradientN = Math.Sin(look.Light.GradientAngle);
        var span = Math.Max(window.Width, window.Height);
        Parallel.For(0, window.Height, r =>
        {
            var n = window.North - ((r + 0.5) * window.Gsd);
            for (var c = 0; c < window.Width; c++)
            {
                var k = (r * window.Width) + c;
                var e = window.West + ((c + 0.5) * window.Gsd);
                var pixel = new Rgbn(image.R[k], image.G[k], image.B[k], image.N[k]);
                if (clouds.Any)
                {
                    var opacity = (float)clouds.Opacity(e, n);
                    image.CloudOpacity[k] = opacity;
                    var top = CloudTop * (0.85f + (0.15f * PositionNoise.Smooth(e / 40, n / 40, scene.Seed + 77)));
                    pixel = Rgbn.Lerp(pixel, top, opacity);
                }

                pixel = Rgbn.Lerp(pixel, veil, haze);
                var drift = 1 + (look.Light.Gradient * (((c - (window.Width / 2.0)) * gradientE) - ((r - (window.Height / 2.0)) * gradientN)) / span * 2);
                pixel *= (float)drift;
                (image.R[k], image.G[k], image.B[k], image.N[k]) = (pixel.R, pixel.G, pixel.B, pixel.N);
            }
        });
    }
}
