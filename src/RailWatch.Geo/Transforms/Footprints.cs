using RailWatch.Core.Geometry;

namespace RailWatch.Geo.Transforms;

/// <summary>Densified outlines: bounding boxes and raster edges carried across CRSs without losing curved edges.</summary>
internal static class Footprints
{
    public const int PointsPerEdge = 21;

    /// <summary>The bounding box in the target CRS of a WGS84 box, from points along its edges; null when none transforms.</summary>
    public static (double MinX, double MinY, double MaxX, double MaxY)? ProjectBounds(CoordinateTransformer toTarget, GeoBounds b)
    {
        var ring = Ring(b.MinLon, b.MinLat, b.MaxLon, b.MaxLat, PointsPerEdge);
        var xs = ring.Select(p => p.X).ToArray();
        var ys = ring.Select(p => p.Y).ToArray();
        var ok = toTarget.TransformMany(xs, ys);
        return Extent(xs, ys, ok);
    }

    /// <summary>Points along the edges of a rectangle, counter-clockwise from (x0, y0), without repeating the first.</summary>
    public static List<(double X, double Y)> Ring(double x0, double y0, double x1, double y1, int perEdge)
    {
        var points = new List<(double X, double Y)>(perEdge * 4);
        for (var i = 0; i < perEdge; i++)
        {
            points.Add((x0 + ((x1 - x0) * i / perEdge), y0));
        }

        for (var i = 0; i < perEdge; i++)
        {
            points.Add((x1, y0 + ((y1 - y0) * i / perEdge)));
        }

        for (var i = 0; i < perEdge; i++)
        {
            points.Add((x1 - ((x1 - x0) * i / perEdge), y1));
        }

        for (var i = 0; i < perEdge; i++)
        {
            points.Add((x0, y1 - ((y1 - y0) * i / perEdge)));
        }

        return points;
    }

    public static (double MinX, double MinY, double MaxX, double MaxY)? Extent(double[] xs, double[] ys, bool[] ok)
    {
        double minX = double.PositiveInfinity, minY = double.PositiveInfinity;
        double maxX = double.NegativeInfinity, maxY = double.NegativeInfinity;
        for (var i = 0; i < xs.Length; i++)
        {
            if (!ok[i])
            {
                continue;
            }

            minX = Math.Min(minX, xs[i]);
            minY = Math.Min(minY, ys[i]);
            maxX = Math.Max(maxX, xs[i]);
            maxY = Math.Max(maxY, ys[i]);
        }

        return double.IsInfinity(minX) ? null : (minX, minY, maxX, maxY);
    }
}
