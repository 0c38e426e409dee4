namespace RailWatch.Core.Geometry;

/// <summary>Small planar predicates used to validate yard files (points in any consistent planar frame).</summary>
public static class PlanarGeometry
{
    /// <summary>Even-odd rule; points on the boundary count as inside.</summary>
    public static bool Contains(IReadOnlyList<(double X, double Y)> ring, (double X, double Y) p)
    {
        ArgumentNullException.ThrowIfNull(ring);
        var inside = false;
        for (int i = 0, j = ring.Count - 1; i < ring.Count; j = i++)
        {
            var a = ring[i];
            var b = ring[j];
            if (OnSegment(a, b, p))
            {
                return true;
            }

            if ((a.Y > p.Y) != (b.Y > p.Y) && p.X < ((b.X - a.X) * (p.Y - a.Y) / (b.Y - a.Y)) + a.X)
            {
                inside = !inside;
            }
        }

        return inside;
    }

    /// <summary>True when two segments share any point.</summary>
    public static bool SegmentsIntersect((double X, double Y) p1, (double X, double Y) p2, (double X, double Y) q1, (double X, double Y) q2)
    {
        var d1 = Cross(q1, q2, p1);
        var d2 = Cross(q1, q2, p2);
        var d3 = Cross(p1, p2, q1);
        var d4 = Cross(p1, p2, q2);
        if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0)))
        {
            return true;
        }

        return (d1 == 0 && OnSegment(q1, q2, p1)) || (d2 == 0 && OnSegment(q1, q2, p2))
            || (d3 == 0 && OnSegment(p1, p2, q1)) || (d4 == 0 && OnSegment(p1, p2, q2));
    }

    /// <summary>
    /// Index pair of the first two non-adjacent edges of a closed ring that touch, or null when the ring is simple.
    /// The ring is given without its closing point.
    /// </summary>
    public static (int EdgeA, int EdgeB)? FindSelfIntersection(IReadOnlyList<(double X, double Y)> ring)
    {
        ArgumentNullException.ThrowIfNull(ring);
        var n = ring.Count;
        for (var i = 0; i < n; i++)
        {
            for (var j = i + 1; j < n; j++)
            {
                var adjacent = j == i + 1 || (i == 0 && j == n - 1);
                if (adjacent)
                {
                    continue;
                }

                if (SegmentsIntersect(ring[i], ring[(i + 1) % n], ring[j], ring[(j + 1) % n]))
                {
                    return (i, j);
                }
            }
        }

        return null;
    }

    private static double Cross((double X, double Y) a, (double X, double Y) b, (double X, double Y) c) =>
        ((b.X - a.X) * (c.Y - a.Y)) - ((b.Y - a.Y) * (c.X - a.X));

    private static bool OnSegment((double X, double Y) a, (double X, double Y) b, (double X, double Y) p)
    {
        const double eps = 1e-9;
        return Math.Abs(Cross(a, b, p)) <= eps * Math.Max(1, Math.Abs(b.X - a.X) + Math.Abs(b.Y - a.Y))
            && p.X >= Math.Min(a.X, b.X) - eps && p.X <= Math.Max(a.X, b.X) + eps
            && p.Y >= Math.Min(a.Y, b.Y) - eps && p.Y <= Math.Max(a.Y, b.Y) + eps;
    }
}
