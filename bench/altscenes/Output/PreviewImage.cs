using RailWatch.AltScenes.Bench.Scenes;
using RailWatch.AltScenes.Bench.Truth;
using RailWatch.Core.Geometry;
using RailWatch.Core.Imaging;

namespace RailWatch.AltScenes.Bench.Output;

/// <summary>
/// An 8-bit RGB view of the product (16-bit bands scaled by their white and given a display gamma), and the same
/// view with the truth drawn on it: visible cars outlined yellow, hidden ones red, the counter's cars as cyan crosses.
/// </summary>
internal static class PreviewImage
{
    public static byte[] Render(RasterImage image)
    {
        var red = image.Band(BandRole.Red) ?? image.Bands[0];
        var green = image.Band(BandRole.Green) ?? image.Bands[0];
        var blue = image.Band(BandRole.Blue) ?? image.Bands[0];
        var linear = image.WhiteLevel != 255;
        var rgb = new byte[image.Width * image.Height * 3];
        for (var k = 0; k < image.Width * image.Height; k++)
        {
            rgb[(3 * k) + 0] = Display(red[k], image.WhiteLevel, linear);
            rgb[(3 * k) + 1] = Display(green[k], image.WhiteLevel, linear);
            rgb[(3 * k) + 2] = Display(blue[k], image.WhiteLevel, linear);
        }

        return rgb;
    }

    public static byte[] Annotate(byte[] preview, Scene scene, SceneTruth truth, IReadOnlyList<GeoPoint> found)
    {
        var rgb = (byte[])preview.Clone();
        var window = scene.Window;
        foreach (var car in scene.Cars)
        {
            var colour = truth.Cars[car.Index].Visible ? (255, 230, 0) : (230, 30, 30);
            var a = car.Length / 2;
            var b = car.Width / 2;
            (double X, double Y) Corner(double x, double y) => window.ToPixel(car.CentreE + (x * car.DirE) - (y * car.DirN), car.CentreN + (x * car.DirN) + (y * car.DirE));
            var corners = new[] { Corner(-a, -b), Corner(a, -b), Corner(a, b), Corner(-a, b) };
            for (var k = 0; k < 4; k++)
            {
                DrawLine(rgb, window, corners[k], corners[(k + 1) % 4], colour);
            }
        }

        var frame = new LocalMetricFrame(scene.Origin);
        foreach (var point in found)
        {
            var (e, n) = frame.ToMetres(point);
            var (x, y) = window.ToPixel(e, n);
            var arm = Math.Max(2, 1.5 / window.Gsd);
            DrawLine(rgb, window, (x - arm, y), (x + arm, y), (0, 255, 255));
            DrawLine(rgb, window, (x, y - arm), (x, y + arm), (0, 255, 255));
        }

        return rgb;
    }

    private static byte Display(float value, double white, bool linear)
    {
        var v = Math.Clamp(value / white, 0, 1);
        return (byte)Math.Round(255 * (linear ? Math.Pow(v, 1 / 2.2) : v));
    }

    private static void DrawLine(byte[] rgb, ImageWindow window, (double X, double Y) from, (double X, double Y) to, (int R, int G, int B) colour)
    {
        var steps = (int)Math.Ceiling(Math.Max(Math.Abs(to.X - from.X), Math.Abs(to.Y - from.Y))) + 1;
        for (var k = 0; k <= steps; k++)
        {
            var x = (int)Math.Floor(from.X + ((to.X - from.X) * k / steps));
            var y = (int)Math.Floor(from.Y + ((to.Y - from.Y) * k / steps));
            if (x >= 0 && y >= 0 && x < window.Width && y < window.Height)
            {
                var i = 3 * ((y * window.Width) + x);
                (rgb[i], rgb[i + 1], rgb[i + 2]) = ((byte)colour.R, (byte)colour.G, (byte)colour.B);
            }
        }
    }
}
