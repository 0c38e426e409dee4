using RailWatch.Vision.Occupancy;

namespace RailWatch.Vision.Segmentation;

/// <summary>
/// Two cars cannot stand closer side by side than track centres allow. Where segments found on two tracks describe
/// the same car — a lead or a switch running beside a body track sees the body track's cars at the edge of its own
/// strip — the weaker segment is dropped, so the car is counted once.
/// </summary>
internal static class CrossTrackDuplicates
{
    /// <summary>Closer than this (centre to centre) two cars would overlap: track centres are at least ~4 m apart.</summary>
    public const double MinCentreDistanceMetres = 3.6;

    public static IReadOnlyList<IReadOnlyList<CarSegment>> Remove(IReadOnlyList<TrackProfile> profiles, IReadOnlyList<IReadOnlyList<CarSegment>> found)
    {
        var cars = new List<(int Track, int Index, double East, double North, double Score)>();
        for (var k = 0; k < profiles.Count; k++)
        {
            var strip = profiles[k].Strip;
            for (var i = 0; i < found[k].Count; i++)
            {
                var (e, n) = strip.Path.PointAt(found[k][i].ArcIn(strip));
                cars.Add((k, i, e, n, found[k][i].Score));
            }
        }

        var dropped = new HashSet<(int, int)>();
        foreach (var a in cars.OrderByDescending(c => c.Score))
        {
            if (dropped.Contains((a.Track, a.Index)))
            {
                continue;
            }

            foreach (var b in cars)
            {
                if (b.Track != a.Track && !dropped.Contains((b.Track, b.Index)) && b.Score <= a.Score
                    && Math.Pow(a.East - b.East, 2) + Math.Pow(a.North - b.North, 2) < MinCentreDistanceMetres * MinCentreDistanceMetres)
                {
                    dropped.Add((b.Track, b.Index));
                }
            }
        }

        return [.. found.Select((list, k) => (IReadOnlyList<CarSegment>)[.. list.Where((_, i) => !dropped.Contains((k, i)))])];
    }
}
