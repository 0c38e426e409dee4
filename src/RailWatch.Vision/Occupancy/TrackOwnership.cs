using RailWatch.Vision.Strips;

namespace RailWatch.Vision.Occupancy;

/// <summary>
/// Where two tracks' strips overlap (ladders crossing body tracks, switches) a car must be counted once: the
/// samples go to the track that overlaps others least (the body track, not the ladder), and the other track
/// sees them as empty.
/// </summary>
internal static class TrackOwnership
{
    private const double OverlapMetres = 2.2;

    public static void Apply(IReadOnlyList<TrackProfile> profiles)
    {
        if (profiles.Count < 2)
        {
            return;
        }

        var grid = new PointGrid<int>(OverlapMetres);
        for (var k = 0; k < profiles.Count; k++)
        {
            var path = profiles[k].Strip.Path;
            for (var s = 0.0; s <= path.Length; s += 0.5)
            {
                var (e, n) = path.PointAt(s);
                grid.Add(e, n, k);
            }
        }

        // For each sample, the other tracks whose centre line passes within the overlap distance.
        var near = new List<int>[profiles.Count][];
        var overlapShare = new double[profiles.Count];
        for (var k = 0; k < profiles.Count; k++)
        {
            var strip = profiles[k].Strip;
            near[k] = new List<int>[strip.Length];
            var overlapping = 0;
            for (var t = 0; t < strip.Length; t++)
            {
                var (e, n) = strip.Path.PointAt(strip.ArcAt(t));
                List<int>? others = null;
                foreach (var (pe, pn, track) in grid.Around(e, n))
                {
                    if (track != k && ((pe - e) * (pe - e)) + ((pn - n) * (pn - n)) <= OverlapMetres * OverlapMetres
                        && (others is null || !others.Contains(track)))
                    {
                        (others ??= []).Add(track);
                    }
                }

                near[k][t] = others ?? [];
                if (others is not null)
                {
                    overlapping++;
                }
            }

            overlapShare[k] = strip.Length == 0 ? 0 : overlapping / (double)strip.Length;
        }

        for (var k = 0; k < profiles.Count; k++)
        {
            var p = profiles[k];
            for (var t = 0; t < p.Strip.Length; t++)
            {
                var yields = near[k][t].Any(o => overlapShare[k] > overlapShare[o] || (overlapShare[k] == overlapShare[o] && k > o));
                if (yields && p.Visible[t])
                {
                    p.Probability[t] = 0.02f;
                    p.Contrast[t] = 0;
                }
            }
        }
    }
}
