using RailWatch.Core.Flags;

namespace RailWatch.Stats;

/// <summary>
/// Overlapping scenes of one pass give a yard two or more observations minutes apart: the same cars, or the same
/// counter error, seen twice. They are one observation, not independent evidence, so of each yard's looks within
/// <see cref="DetectorOptions.SamePassMinutes"/> of the first on one night only one is tested and learnt from: an
/// observed one before one that saw nothing, then the one that saw most of the yard, then the earliest. The others
/// are its companions (drawn with its baseline, never flagged). Looks at the very same time (adjacent tiles of one
/// datatake, which share their sensing time) are always one pass, whatever the window.
/// </summary>
internal static class SamePassLooks
{
    public static (List<CountObservation> Kept, Dictionary<CountObservation, List<CountObservation>> Companions) Collapse(
        ReadOnlySpan<CountObservation> night, TimeSpan window)
    {
        var kept = new List<CountObservation>(night.Length);
        var companions = new Dictionary<CountObservation, List<CountObservation>>(ReferenceEqualityComparer.Instance);
        if (EachYardOnce(night))
        {
            kept.AddRange(night);
            return (kept, companions);
        }

        var passes = new List<List<CountObservation>>();
        var open = new Dictionary<string, List<CountObservation>>(StringComparer.Ordinal);
        foreach (var o in night)
        {
            if (open.TryGetValue(o.YardId, out var pass) && o.Acquired - pass[0].Acquired <= window)
            {
                pass.Add(o);
                continue;
            }

            pass = [o];
            open[o.YardId] = pass;
            passes.Add(pass);
        }

        foreach (var pass in passes)
        {
            var best = pass[0];
            foreach (var o in pass)
            {
                if (Better(o, best))
                {
                    best = o;
                }
            }

            kept.Add(best);
            if (pass.Count > 1)
            {
                companions[best] = [.. pass.Where(o => !ReferenceEquals(o, best))];
            }
        }

        // Back into the night's time-then-yard order (the passes were opened in it, but the kept look may be a later one).
        var position = new Dictionary<CountObservation, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < night.Length; i++)
        {
            position[night[i]] = i;
        }

        kept.Sort((a, b) => position[a].CompareTo(position[b]));
        return (kept, companions);
    }

    /// <summary>Most nights see each yard once, and then there is nothing to collapse.</summary>
    private static bool EachYardOnce(ReadOnlySpan<CountObservation> night)
    {
        var seen = new HashSet<string>(night.Length, StringComparer.Ordinal);
        foreach (var o in night)
        {
            if (!seen.Add(o.YardId))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Observed before unobserved, then more of the yard seen; the earlier look wins a tie (it comes first).</summary>
    private static bool Better(CountObservation o, CountObservation than) =>
        Observed(o) != Observed(than) ? Observed(o) : o.ObservedFraction > than.ObservedFraction;

    private static bool Observed(CountObservation o) => o.Count is not null && o.ObservedFraction > 0;
}
