using RailWatch.Core.Geometry;
using RailWatch.Core.Imaging;
using RailWatch.Vision.Registration;
using RailWatch.Vision.Strips;

namespace RailWatch.Vision.Bench;

/// <summary>
/// Distance in metres from points of the image plane to the nearest track centre line, tabulated on cells of at
/// most half a metre (finer than coarse pixels) out to a reach, so that it can be read at sub-pixel shifts without
/// interpolating it: interpolating a distance between cells either side of a line overstates it, which would
/// favour whole-pixel shifts. Distances are measured in the yard's metric frame through the image's local affine
/// georeference, so pixels need not be square in metres.
/// </summary>
internal sealed class CentreLineDistance
{
    private const double MaxCellMetres = 0.5;

    private readonly float[] cells;
    private readonly int columns;
    private readonly int rows;
    private readonly int factor;

    private CentreLineDistance(float[] cells, int columns, int rows, int factor)
    {
        this.cells = cells;
        this.columns = columns;
        this.rows = rows;
        this.factor = factor;
    }

    /// <summary>The distance at pixel coordinates (the centre of pixel (x, y) is (x + 0.5, y + 0.5)); +∞ beyond the reach or the plane.</summary>
    public double At(double column, double row)
    {
        var u = (int)Math.Floor(column * factor);
        var v = (int)Math.Floor(row * factor);
        return u < 0 || v < 0 || u >= columns || v >= rows ? double.PositiveInfinity : cells[(v * columns) + u];
    }

    public static CentreLineDistance Build(
        IPixelGeoreference georeference, LocalMetricFrame frame, IReadOnlyList<TrackPath> paths, int width, int height, double reachMetres)
    {
        var factor = Math.Max(1, (int)Math.Ceiling(georeference.GsdMetres / MaxCellMetres));
        var columns = width * factor;
        var rows = height * factor;
        var cells = new float[columns * rows];
        Array.Fill(cells, float.PositiveInfinity);

        // Pixel = origin + J · metres; metres = J⁻¹ · (pixel − origin).
        var j = RegistrationResult.PixelsPerMetre(georeference, frame);
        var origin = georeference.ToPixel(frame.ToGeo(0, 0));
        var det = (j.Ex * j.Ny) - (j.Nx * j.Ey);
        var (ie, ien, ine, inn) = (j.Ny / det, -j.Nx / det, -j.Ey / det, j.Ex / det);

        foreach (var path in paths)
        {
            var vertices = path.Track.Points.Select(frame.ToMetres).ToList();
            for (var i = 0; i < Math.Max(1, vertices.Count - 1); i++)
            {
                Stamp(vertices[i], vertices[Math.Min(i + 1, vertices.Count - 1)]);
            }
        }

        return new CentreLineDistance(cells, columns, rows, factor);

        void Stamp((double East, double North) a, (double East, double North) b)
        {
            // The segment's box in cells, grown by the reach.
            double minU = double.MaxValue, minV = double.MaxValue, maxU = double.MinValue, maxV = double.MinValue;
            foreach (var (e, n) in new[] { a, b })
            {
                foreach (var (de, dn) in new[] { (-reachMetres, -reachMetres), (reachMetres, -reachMetres), (-reachMetres, reachMetres), (reachMetres, reachMetres) })
                {
                    var x = origin.Column + ((e + de) * j.Ex) + ((n + dn) * j.Nx);
                    var y = origin.Row + ((e + de) * j.Ey) + ((n + dn) * j.Ny);
                    minU = Math.Min(minU, x * factor);
                    maxU = Math.Max(maxU, x * factor);
                    minV = Math.Min(minV, y * factor);
                    maxV = Math.Max(maxV, y * factor);
                }
            }

            var (se, sn) = (b.East - a.East, b.North - a.North);
            var length2 = (se * se) + (sn * sn);
            for (var v = Math.Max(0, (int)Math.Floor(minV)); v <= Math.Min(rows - 1, (int)Math.Ceiling(maxV)); v++)
            {
                for (var u = Math.Max(0, (int)Math.Floor(minU)); u <= Math.Min(columns - 1, (int)Math.Ceiling(maxU)); u++)
                {
                    var px = ((u + 0.5) / factor) - origin.Column;
                    var py = ((v + 0.5) / factor) - origin.Row;
                    var e = (ie * px) + (ien * py) - a.East;
                    var n = (ine * px) + (inn * py) - a.North;
                    var t = length2 > 0 ? Math.Clamp(((e * se) + (n * sn)) / length2, 0, 1) : 0;
                    var d = (float)Math.Sqrt(Sq(e - (t * se)) + Sq(n - (t * sn)));
                    var k = (v * columns) + u;
                    if (d <= reachMetres && d < cells[k])
                    {
                        cells[k] = d;
                    }
                }
            }
        }
    }

    private static double Sq(double v) => v * v;
}
