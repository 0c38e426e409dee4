using RailWatch.Core.Geometry;

namespace RailWatch.Geo;

/// <summary>How much of an area (a yard polygon) an image footprint covers, measured in a local metric frame.</summary>
public sealed record FootprintCoverage(double AreaSquareMetres, double CoveredSquareMetres)
{
    /// <summary>Covered share of the area, 0–1.</summary>
    public double Fraction => AreaSquareMetres > 0 ? Math.Clamp(CoveredSquareMetres / AreaSquareMetres, 0, 1) : 0;

    /// <summary>
    /// Clips <paramref name="polygon"/> (any simple polygon) against the convex hull of <paramref name="footprint"/>
    /// (Sutherland–Hodgman). A north-up raster's footprint carried into WGS84 is convex up to the tiny bow of its
    /// densified edges, which the hull smooths over.
    /// </summary>
    public static FootprintCoverage Of(IReadOnlyList<GeoPoint> footprint, IReadOnlyList<GeoPoint> polygon)
    {
        ArgumentNullException.ThrowIfNull(footprint);
        ArgumentNullException.ThrowIfNull(polygon);
        if (polygon.Count < 3)
        {
            throw new ArgumentException("the polygon needs at least 3 points", nameof(polygon));
        }

        var frame = new LocalMetricFrame(polygon[0]);
        var subject = polygon.Select(frame.ToMetres).ToList();
        var area = Math.Abs(SignedArea(subject));
        if (footprint.Count < 3)
        {
            return new FootprintCoverage(area, 0);
        }

        var hull = ConvexHull(footprint.Select(frame.ToMetres).ToList());
        var clipped = Clip(subject, hull);
        return new FootprintCoverage(area, clipped.Count >= 3 ? Math.Abs(SignedArea(clipped)) : 0);
    }

    internal static double SignedArea(IReadOnlyList<(double X, double Y)> ring)
    {
        double sum = 0;
        for (int i = 0, j = ring.Count - 1; i < ring.Count; j = i++)
        {
            sum += (ring[j].X * ring[i].Y) - (ring[i].X * ring[j].Y);
        }

        return sum / 2;
    }

    /// <summary>Andrew's monotone chain; counter-clockwise, without collinear points.</summary>
    internal static List<(double X, double Y)> ConvexHull(List<(double X, double Y)> points)
    {
        var sorted = points.Distinct().OrderBy(p => p.X).ThenBy(p => p.Y).ToList();
        if (sorted.Count < 3)
        {
            return sorted;
        }

        var hull = new List<(double X, double Y)>(sorted.Count * 2);
        foreach (var pass in new[] { sorted, Enumerable.Reverse(sorted).ToList() })
        {
            var start = hull.Count;
            foreach (var p in pass)
            {
                while (hull.Count >= start + 2 && Cross(hull[^2], hull[^1], p) <= 0)
                {
                    hull.RemoveAt(hull.Count - 1);
                }

                hull.Add(p);
            }

            hull.RemoveAt(hull.Count - 1);
        }

        return hull;
    }

    /// <summary>Sutherland–Hodgman: the part of <paramref name="subject"/> inside the convex, counter-clockwise <paramref name="clip"/>.</summary>
    internal static List<(double X, double Y)> Clip(List<(double X, double Y)> subject, List<(double X, double Y)> clip)
    {
        var output = subject;
        for (var i = 0; i < clip.Count && output.Count > 0; i++)
        {
            var a = clip[i];
            var b = clip[(i + 1) % clip.Count];
            var input = output;
            output = new List<(double X, double Y)>(input.Count + 4);
            for (var k = 0; k < input.Count; k++)
            {
                var current = input[k];
                var previous = input[(k + input.Count - 1) % input.Count];
                var currentInside = Cross(a, b, current) >= 0;
                var previousInside = Cross(a, b, previous) >= 0;
                if (currentInside)
                {
                    if (!previousInside)
                    {
                        output.Add(Intersection(previous, current, a, b));
                    }

                    output.Add(current);
                }
                else if (previousInside)
                {
                    output.Add(Intersection(previous, current, a, b));
                }
            }
        }

        return output;
    }

    private static double Cross((double X, double Y) a, (double X, double Y) b, (double X, double Y) c) =>
        ((b.X - a.X) * (c.Y - a.Y)) - ((b.Y - a.Y) * (c.X - a.X));

    private static (double X, double Y) Intersection((double X, double Y) p, (double X, double Y) q, (double X, double Y) a, (double X, double Y) b)
    {
        var cp = Cross(a, b, p);
        var cq = Cross(a, b, q);
        var t = cp / (cp - cq);
        return (p.X + (t * (q.X - p.X)), p.Y + (t * (q.Y - p.Y)));
    }
}
