using RailWatch.Core.Geometry;

namespace RailWatch.Web.Model;

/// <summary>A yard as the pages and exports need it: id, name and outline (WGS84).</summary>
public sealed record YardInfo(string Id, string Name, IReadOnlyList<GeoPoint> Polygon)
{
    /// <summary>The area centroid of the outline (the bounding-box centre for a degenerate outline).</summary>
    public GeoPoint Centroid
    {
        get
        {
            if (Polygon.Count < 3)
            {
                return Polygon.Count == 0 ? new GeoPoint(0, 0) : GeoBounds.Of(Polygon).Center;
            }

            double area = 0, cx = 0, cy = 0;
            var o = Polygon[0];
            for (int i = 0, j = Polygon.Count - 1; i < Polygon.Count; j = i++)
            {
                double x0 = Polygon[j].Lon - o.Lon, y0 = Polygon[j].Lat - o.Lat;
                double x1 = Polygon[i].Lon - o.Lon, y1 = Polygon[i].Lat - o.Lat;
                var cross = (x0 * y1) - (x1 * y0);
                area += cross;
                cx += (x0 + x1) * cross;
                cy += (y0 + y1) * cross;
            }

            if (Math.Abs(area) < 1e-18)
            {
                return GeoBounds.Of(Polygon).Center;
            }

            return new GeoPoint(o.Lon + (cx / (3 * area)), o.Lat + (cy / (3 * area)));
        }
    }
}
