using RailWatch.Core.Geometry;

namespace RailWatch.Ingest.Stac;

/// <summary>Intersection of a footprint ring (WGS84) with a box, in a local metric frame.</summary>
internal static class Footprints
{
    public static bool RingIntersectsBox(IReadOnlyList<GeoPoint> ring, GeoBounds box)
    {
        if (ring.Count < 3)
        {
            return false;
        }

        var frame = new LocalMetricFrame(box.Center);
        var r = ring.Select(frame.ToMetres).ToList();
        var b = box.Corners.Select(frame.ToMetres).ToList();
        if (r.Any(p => PlanarGeometry.Contains(b, p)) || b.Any(p => PlanarGeometry.Contains(r, p)))
        {
            return true;
        }

        for (var i = 0; i < r.Count; i++)
        {
            for (var j = 0; j < b.Count; j++)
            {
                if (PlanarGeometry.SegmentsIntersect(r[i], r[(i + 1) % r.Count], b[j], b[(j + 1) % b.Count]))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
