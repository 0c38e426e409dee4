using RailWatch.Core.Geometry;
using RailWatch.Core.Imaging;
using RailWatch.Geo;
using RailWatch.ThirdScenes.Bench.Cli;
using RailWatch.ThirdScenes.Bench.Sensor;

namespace RailWatch.ThirdScenes.Bench.Output;

/// <summary>
/// 8-bit previews for a person: the image (RGB where it has it, else gray; 16-bit stretched between percentiles), and
/// the same with every car's footprint outlined, yellow when visible and red when hidden. The outlines go through the
/// written file's georeference: true centre plus the georeference error, as a reader that knows the error would place them.
/// </summary>
internal static class PreviewPainter
{
    public static float[][] View(Product product)
    {
        var sources = new[] { BandRole.Red, BandRole.Green, BandRole.Blue }
            .Select(role => product.Roles.ToList().IndexOf(role))
            .ToArray();
        var planes = sources.All(i => i >= 0)
            ? sources.Select(i => product.Bands[i]).ToArray()
            : [product.Bands[0], product.Bands[0], product.Bands[0]];
        if (product.Bits == 8)
        {
            return planes.Select(p => (float[])p.Clone()).ToArray();
        }

        var sample = planes.SelectMany(p => p.Where((_, i) => i % 5 == 0)).ToArray();
        Array.Sort(sample);
        var low = sample[(int)(0.005 * (sample.Length - 1))];
        var high = sample[(int)(0.995 * (sample.Length - 1))];
        var span = Math.Max(1, high - low);
        return planes.Select(p => p.Select(v => (float)Math.Clamp(Math.Round((v - low) * 255 / span), 0, 255)).ToArray()).ToArray();
    }

    public static float[][] Outline(float[][] view, MadeScene scene, IPixelGeoreference file)
    {
        var planes = view.Select(p => (float[])p.Clone()).ToArray();
        var grid = scene.Product.Grid;
        var (east, north) = scene.GeoreferenceError;
        foreach (var truth in scene.Cars)
        {
            var car = truth.Car;
            var colour = truth.Visible ? (255f, 230f, 0f) : (230f, 20f, 20f);
            var corners = new[] { (1, 1), (1, -1), (-1, -1), (-1, 1) }.Select(k =>
            {
                var x = car.X + (k.Item1 * car.Length / 2 * car.AxisX) - (k.Item2 * car.Width / 2 * car.AxisY);
                var y = car.Y + (k.Item1 * car.Length / 2 * car.AxisY) + (k.Item2 * car.Width / 2 * car.AxisX);
                // Where the file puts the car: its true position plus the error.
                GeoPoint geo = scene.Frame.ToGeo(x + east, y + north);
                return file.ToPixel(geo);
            }).ToArray();
            for (var e = 0; e < 4; e++)
            {
                Line(planes, grid.Width, grid.Height, corners[e], corners[(e + 1) % 4], colour);
            }
        }

        return planes;
    }

    public static void Write(string path, RasterImage image, float[][] rgb)
    {
        var view = new RasterImage(image.Width, image.Height, rgb, [BandRole.Red, BandRole.Green, BandRole.Blue], image.Georeference, whiteLevel: 255);
        RasterWriter.WritePng(path, view);
    }

    private static void Line(float[][] planes, int width, int height, (double X, double Y) a, (double X, double Y) b, (float R, float G, float B) colour)
    {
        var steps = (int)Math.Ceiling(Math.Max(Math.Abs(b.X - a.X), Math.Abs(b.Y - a.Y)) * 3) + 1;
        for (var i = 0; i <= steps; i++)
        {
            var x = (int)Math.Floor(a.X + ((b.X - a.X) * i / steps));
            var y = (int)Math.Floor(a.Y + ((b.Y - a.Y) * i / steps));
            if (x < 0 || y < 0 || x >= width || y >= height)
            {
                continue;
            }

            var k = (y * width) + x;
            planes[0][k] = colour.R;
            planes[1][k] = colour.G;
            planes[2][k] = colour.B;
        }
    }
}
