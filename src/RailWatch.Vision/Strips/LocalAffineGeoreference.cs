using RailWatch.Core.Geometry;
using RailWatch.Core.Imaging;

namespace RailWatch.Vision.Strips;

/// <summary>
/// The image's georeference linearised over the yard: pixel = A · (east, north) + b in the yard's local metric
/// frame, fitted to the exact transform on a grid. Map projections are smooth over a few kilometres, so this
/// is exact to far below a pixel while costing nothing per call; when the fit is worse than
/// <see cref="MaxResidualPixels"/> the exact transform is used instead.
/// </summary>
internal sealed class LocalAffineGeoreference : IPixelGeoreference
{
    public const double MaxResidualPixels = 0.05;

    private readonly LocalMetricFrame frame;
    private readonly IPixelGeoreference exact;
    private readonly double[] cx;
    private readonly double[] cy;

    private LocalAffineGeoreference(LocalMetricFrame frame, IPixelGeoreference exact, double[] cx, double[] cy)
    {
        this.frame = frame;
        this.exact = exact;
        this.cx = cx;
        this.cy = cy;
    }

    public double GsdMetres => exact.GsdMetres;

    /// <summary>A linearised georeference over <paramref name="bounds"/>, or the exact one where the fit is poor.</summary>
    public static IPixelGeoreference Fit(IPixelGeoreference exact, LocalMetricFrame frame, GeoBounds bounds)
    {
        var (e0, n0) = frame.ToMetres(new GeoPoint(bounds.MinLon, bounds.MinLat));
        var (e1, n1) = frame.ToMetres(new GeoPoint(bounds.MaxLon, bounds.MaxLat));
        var rows = new List<(double E, double N, double X, double Y)>();
        const int grid = 5;
        for (var i = 0; i < grid; i++)
        {
            for (var j = 0; j < grid; j++)
            {
                var e = e0 + ((e1 - e0) * i / (grid - 1));
                var n = n0 + ((n1 - n0) * j / (grid - 1));
                var (x, y) = exact.ToPixel(frame.ToGeo(e, n));
                if (double.IsFinite(x) && double.IsFinite(y))
                {
                    rows.Add((e, n, x, y));
                }
            }
        }

        if (rows.Count < 6)
        {
            return exact;
        }

        var cx = Solve(rows.Select(r => (r.E, r.N, r.X)).ToList());
        var cy = Solve(rows.Select(r => (r.E, r.N, r.Y)).ToList());
        var worst = rows.Max(r => Math.Max(
            Math.Abs((cx[0] * r.E) + (cx[1] * r.N) + cx[2] - r.X),
            Math.Abs((cy[0] * r.E) + (cy[1] * r.N) + cy[2] - r.Y)));
        return worst <= MaxResidualPixels ? new LocalAffineGeoreference(frame, exact, cx, cy) : exact;
    }

    public (double Column, double Row) ToPixel(GeoPoint point)
    {
        var (e, n) = frame.ToMetres(point);
        return ((cx[0] * e) + (cx[1] * n) + cx[2], (cy[0] * e) + (cy[1] * n) + cy[2]);
    }

    public GeoPoint ToGeo(double column, double row) => exact.ToGeo(column, row);

    /// <summary>Least squares for v ≈ a·e + b·n + c via the 3×3 normal equations.</summary>
    private static double[] Solve(List<(double E, double N, double V)> rows)
    {
        var m = new double[3, 4];
        foreach (var (e, n, v) in rows)
        {
            double[] f = [e, n, 1];
            for (var i = 0; i < 3; i++)
            {
                for (var j = 0; j < 3; j++)
                {
                    m[i, j] += f[i] * f[j];
                }

                m[i, 3] += f[i] * v;
            }
        }

        for (var col = 0; col < 3; col++)
        {
            var pivot = col;
            for (var r = col + 1; r < 3; r++)
            {
                if (Math.Abs(m[r, col]) > Math.Abs(m[pivot, col]))
                {
                    pivot = r;
                }
            }

            for (var k = 0; k < 4; k++)
            {
                (m[col, k], m[pivot, k]) = (m[pivot, k], m[col, k]);
            }

            for (var r = 0; r < 3; r++)
            {
                if (r == col || m[col, col] == 0)
                {
                    continue;
                }

                var f = m[r, col] / m[col, col];
                for (var k = col; k < 4; k++)
                {
                    m[r, k] -= f * m[col, k];
                }
            }
        }

        return [m[0, 3] / m[0, 0], m[1, 3] / m[1, 1], m[2, 3] / m[2, 2]];
    }
}
