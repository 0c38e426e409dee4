using RailWatch.Core.Geometry;

namespace RailWatch.Core.Yards;

/// <summary>A track's centre line as a WGS84 polyline (two or more points).</summary>
public sealed record Track(string Id, IReadOnlyList<GeoPoint> Points)
{
    /// <summary>Length of the centre line in metres.</summary>
    public double LengthMetres
    {
        get
        {
            var frame = new LocalMetricFrame(Points[0]);
            double total = 0;
            for (var i = 1; i < Points.Count; i++)
            {
                var (x0, y0) = frame.ToMetres(Points[i - 1]);
                var (x1, y1) = frame.ToMetres(Points[i]);
                total += Math.Sqrt(((x1 - x0) * (x1 - x0)) + ((y1 - y0) * (y1 - y0)));
            }

            return total;
        }
    }
}
