using RailWatch.Core.Geometry;
using RailWatch.Core.Yards;

namespace RailWatch.ThirdScenes.Bench.Layout;

/// <summary>The yard as the project's <see cref="RailWatch.Core.Yards.Yard"/>: true WGS84 centre lines and an outline around them.</summary>
internal static class YardGeo
{
    public static RailWatch.Core.Yards.Yard ToYard(YardLayout layout, LocalMetricFrame frame, int seed)
    {
        var shape = layout.Shape;
        var tracks = new List<Track>();
        var ladder = 0;
        foreach (var track in layout.Tracks)
        {
            var points = track.Role == TrackRole.Ladder
                ? LadderPoints(layout.Ladders[ladder++], shape)
                : Along(shape, track.Start, track.End, track.Offset);
            tracks.Add(new Track(track.Id, points.Select(p => frame.ToGeo(p.X, p.Y)).ToList()));
        }

        var ring = new List<(double X, double Y)>();
        var (from, to) = (-25.0, shape.Length + 25);
        ring.AddRange(Along(shape, from, to, layout.FloorLow - 3, 20));
        ring.AddRange(Along(shape, from, to, layout.FloorHigh + 3, 20).AsEnumerable().Reverse());
        var id = FormattableString.Invariant($"third-{seed}");
        return new RailWatch.Core.Yards.Yard(id, FormattableString.Invariant($"Third-scenes yard {seed}"), ring.Select(p => frame.ToGeo(p.X, p.Y)).ToList(), tracks)
        {
            Description = "synthetic yard of bench/thirdscenes",
        };
    }

    /// <summary>Points along a constant-offset curve every <paramref name="step"/> metres or less; two for a straight yard.</summary>
    public static List<(double X, double Y)> Along(YardShape shape, double from, double to, double offset, double step = 10)
    {
        var count = shape.Curvature == 0 ? 1 : Math.Max(1, (int)Math.Ceiling((to - from) / step));
        return Enumerable.Range(0, count + 1).Select(i => shape.At(from + ((to - from) * i / count), offset)).ToList();
    }

    private static List<(double X, double Y)> LadderPoints(Ladder ladder, YardShape shape) =>
        Enumerable.Range(0, 11).Select(i =>
        {
            var d = ladder.PivotD + ((ladder.FarD - ladder.PivotD) * i / 10);
            return shape.At(ladder.JoinS(d), d);
        }).ToList();
}
