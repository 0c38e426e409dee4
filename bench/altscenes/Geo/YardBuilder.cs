using RailWatch.AltScenes.Bench.Scenes;
using RailWatch.Core.Geometry;
using RailWatch.Core.Yards;

namespace RailWatch.AltScenes.Bench.Geo;

/// <summary>The yard as a yard file would give it: the bundle tracks' nominal centre lines and an outline, in WGS84.</summary>
internal static class YardBuilder
{
    private const double PointSpacing = 10;

    public static Yard Build(Scene scene)
    {
        var frame = new LocalMetricFrame(scene.Origin);
        var layout = scene.Layout;
        var curve = layout.Curve;
        var tracks = layout.Tracks.Select(t => new Track(t.Id, Line(curve, frame, t.Offset, t.StartS, t.EndS))).ToList();

        var outline = new List<GeoPoint>();
        outline.AddRange(Line(curve, frame, layout.ZoneMinOffset - 2, layout.ZoneStartS, layout.ZoneEndS));
        var far = Line(curve, frame, layout.ZoneMaxOffset + 2, layout.ZoneStartS, layout.ZoneEndS);
        far.Reverse();
        outline.AddRange(far);
        return new Yard($"alt-{scene.Seed}", $"Alternative scene {scene.Seed}", outline, tracks);
    }

    private static List<GeoPoint> Line(BundleCurve curve, LocalMetricFrame frame, double offset, double start, double end)
    {
        var steps = curve.IsStraight ? 1 : Math.Max(1, (int)Math.Ceiling((end - start) / PointSpacing));
        var points = new List<GeoPoint>(steps + 1);
        for (var k = 0; k <= steps; k++)
        {
            var (e, n) = curve.ToWorld(start + ((end - start) * k / steps), offset);
            points.Add(frame.ToGeo(e, n));
        }

        return points;
    }
}
