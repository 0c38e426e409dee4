using RailWatch.Core.Geometry;
using RailWatch.Core.Imaging;
using RailWatch.Vision.Preprocessing;

namespace RailWatch.Vision.Strips;

/// <summary>Samples a straightened strip along a (possibly curved) track by bilinear interpolation.</summary>
internal static class StripSampler
{
    public static Strip Sample(
        ScenePlanes planes,
        IPixelGeoreference georeference,
        LocalMetricFrame frame,
        TrackPath path,
        (double East, double North) shift,
        double stepMetres,
        double[] offsetsMetres)
    {
        var length = Math.Max(1, (int)Math.Floor(path.Length / stepMetres));
        var strip = new Strip(path, stepMetres, offsetsMetres, length, planes.HasColour);
        for (var t = 0; t < length; t++)
        {
            var s = strip.ArcAt(t);
            var (px, py, nx, ny) = PixelFrame(georeference, frame, path, s, shift);
            for (var v = 0; v < offsetsMetres.Length; v++)
            {
                var x = px + (offsetsMetres[v] * nx) - 0.5;
                var y = py + (offsetsMetres[v] * ny) - 0.5;
                var i = strip.Index(t, v);
                if (!Bilinear.TryVisible(planes, x, y))
                {
                    continue;
                }

                strip.Visible[i] = true;
                strip.Luma[i] = Bilinear.Sample(planes.Luma, planes.Width, planes.Height, x, y);
                if (strip.ChromaA is not null)
                {
                    strip.ChromaA[i] = Bilinear.Sample(planes.ChromaA!, planes.Width, planes.Height, x, y);
                    strip.ChromaB![i] = Bilinear.Sample(planes.ChromaB!, planes.Width, planes.Height, x, y);
                }
            }
        }

        return strip;
    }

    /// <summary>
    /// Pixel position of the (shifted) centre line at arc length <paramref name="s"/> and the pixel displacement of
    /// one metre along its left normal.
    /// </summary>
    public static (double X, double Y, double Nx, double Ny) PixelFrame(
        IPixelGeoreference georeference, LocalMetricFrame frame, TrackPath path, double s, (double East, double North) shift)
    {
        var (e, n) = path.PointAt(s);
        var (tx, ty) = path.TangentAt(s);
        e += shift.East;
        n += shift.North;
        var c = georeference.ToPixel(frame.ToGeo(e, n));
        var l = georeference.ToPixel(frame.ToGeo(e - ty, n + tx));
        return (c.Column, c.Row, l.Column - c.Column, l.Row - c.Row);
    }
}

/// <summary>Bilinear interpolation on planes whose sample (i, j) sits at continuous coordinate (i, j).</summary>
internal static class Bilinear
{
    public static float Sample(float[] plane, int w, int h, double x, double y)
    {
        x = Math.Clamp(x, 0, w - 1);
        y = Math.Clamp(y, 0, h - 1);
        var x0 = Math.Min((int)x, Math.Max(0, w - 2));
        var y0 = Math.Min((int)y, Math.Max(0, h - 2));
        var fx = (float)(x - x0);
        var fy = (float)(y - y0);
        var x1 = Math.Min(x0 + 1, w - 1);
        var y1 = Math.Min(y0 + 1, h - 1);
        var a = plane[(y0 * w) + x0];
        var b = plane[(y0 * w) + x1];
        var c = plane[(y1 * w) + x0];
        var d = plane[(y1 * w) + x1];
        return ((a * (1 - fx)) + (b * fx)) * (1 - fy) + (((c * (1 - fx)) + (d * fx)) * fy);
    }

    /// <summary>True when the nearest pixel is inside the image and visible.</summary>
    public static bool TryVisible(ScenePlanes planes, double x, double y)
    {
        var xi = (int)Math.Round(x);
        var yi = (int)Math.Round(y);
        return xi >= 0 && yi >= 0 && xi < planes.Width && yi < planes.Height && planes.Visible[(yi * planes.Width) + xi];
    }
}
