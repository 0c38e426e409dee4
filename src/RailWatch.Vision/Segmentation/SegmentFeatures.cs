using RailWatch.Vision.Model;
using RailWatch.Vision.Occupancy;

namespace RailWatch.Vision.Segmentation;

/// <summary>
/// What the car verifier sees of one candidate car: how sure the occupancy forest was along it, how well its
/// length fits the car-length prior and its ends fit boundaries, how it stands out from the track bed around and
/// beyond it, whether a surer car stands beside it on the next track (its shadow falls there), how full its
/// track and the scene are (a false car per kilometre matters most in an empty yard), and the train it is coupled
/// into: how many cars, how sure its surest car is, against what empty track reads in the same scene. Empty track
/// in a cloud's shadow, under haze or between snow banks can read 0.3–0.45 all along, which a train of faint cars
/// also reads; only the scene's own empty track tells them apart.
/// </summary>
internal static class SegmentFeatures
{
    public const int Count = 32;

    private const double CoreHalfWidth = 1.2;
    private const double NearSide = 1.8;
    private const double FarSide = 3.2;
    private const double OuterSide = 3.8;
    private const double Edge = 5.2;
    private const double NeighbourMin = 3.6;
    private const double NeighbourMax = 7.5;

    /// <summary>Row-major features (<see cref="Count"/> per candidate) of every track's candidates.</summary>
    public static float[][] Compute(IReadOnlyList<TrackProfile> profiles, IReadOnlyList<IReadOnlyList<CarSegment>> candidates, double gsd, CounterModel model)
    {
        var placed = Place(profiles, candidates);
        double sceneSeen = 0, sceneOccupied = 0;
        for (var k = 0; k < profiles.Count; k++)
        {
            sceneSeen += VisibleCount(profiles[k]);
            sceneOccupied += candidates[k].Sum(c => c.End - c.Start);
        }

        var sceneShare = sceneSeen > 0 ? sceneOccupied / sceneSeen : 0;
        var emptyLevels = profiles.Select((p, k) => EmptyProbabilities(p, candidates[k])).ToList();
        var sceneEmpty = emptyLevels.SelectMany(e => e).ToArray();
        var sceneEmptyMedian = sceneEmpty.Length > 0 ? Quantile(sceneEmpty, 0.5) : -1;
        var sceneEmptyHigh = sceneEmpty.Length > 0 ? Quantile(sceneEmpty, 0.9) : -1;
        var rows = new float[profiles.Count][];
        for (var k = 0; k < profiles.Count; k++)
        {
            var profile = profiles[k];
            var strip = profile.Strip;
            var list = candidates[k];
            rows[k] = new float[list.Count * Count];
            if (list.Count == 0)
            {
                continue;
            }

            var core = Band(profile, 0, CoreHalfWidth);
            var trackBed = Median(core, profile.Visible);
            var seen = VisibleCount(profile);
            var trackShare = seen > 0 ? list.Sum(c => c.End - c.Start) / (double)seen : 0;
            var trackMeanP = Mean(profile.Probability, profile.Visible, 0, strip.Length);
            var sideA = Band(profile, NearSide, FarSide, left: true);
            var sideB = Band(profile, NearSide, FarSide, left: false);
            var outerA = Band(profile, OuterSide, Edge, left: true);
            var outerB = Band(profile, OuterSide, Edge, left: false);
            var (minLen, maxLen) = CarSegmenter.LengthRange(model, strip.StepMetres);
            var prior = CarSegmenter.LengthPrior(model, strip.StepMetres, minLen, maxLen);
            var reach = Math.Max(1, (int)Math.Round(4.0 / strip.StepMetres));
            var gap = Math.Max(1, (int)Math.Round(2.0 / strip.StepMetres));
            var trackEmptyHigh = emptyLevels[k].Length > 0 ? Quantile(emptyLevels[k], 0.9) : sceneEmptyHigh;
            var trains = Trains(list, gap);
            for (var i = 0; i < list.Count; i++)
            {
                var c = list[i];
                var (a, b) = (c.Start, c.End);
                var r = i * Count;
                var f = rows[k];
                var p = Values(profile.Probability, profile.Visible, a, b);
                var coreMean = Mean(core, profile.Visible, a, b);
                f[r + 0] = (float)gsd;
                f[r + 1] = (float)((b - a) * strip.StepMetres);
                f[r + 2] = (float)(b - a < prior.Length ? prior[b - a] : -8);
                f[r + 3] = p.Length > 0 ? p.Average() : 0.5f;
                f[r + 4] = Quantile(p, 0.2);
                f[r + 5] = p.Length > 0 ? p.Max() : 0.5f;
                f[r + 6] = Spread(p);
                f[r + 7] = profile.CutEvidence[a];
                f[r + 8] = profile.CutEvidence[b];
                f[r + 9] = (float)c.VisibleShare;
                f[r + 10] = Mean(profile.Contrast, profile.Visible, a, b);
                f[r + 11] = coreMean - trackBed;
                var nearA = Mean(sideA, profile.Visible, a, b) - coreMean;
                var nearB = Mean(sideB, profile.Visible, a, b) - coreMean;
                var farA = Mean(outerA, profile.Visible, a, b) - coreMean;
                var farB = Mean(outerB, profile.Visible, a, b) - coreMean;
                f[r + 12] = Math.Max(nearA, nearB);
                f[r + 13] = Math.Min(nearA, nearB);
                f[r + 14] = Math.Max(farA, farB);
                f[r + 15] = Math.Min(farA, farB);
                f[r + 16] = Mean(core, profile.Visible, a - reach - gap, a - gap, coreMean) - coreMean;
                f[r + 17] = Mean(core, profile.Visible, b + gap, b + gap + reach, coreMean) - coreMean;
                f[r + 18] = Mean(profile.Probability, profile.Visible, a - reach - gap, a - gap, 0.5f);
                f[r + 19] = Mean(profile.Probability, profile.Visible, b + gap, b + gap + reach, 0.5f);
                var (neighbourScore, neighbourOverlap) = BestNeighbour(placed, k, i);
                f[r + 20] = (float)neighbourScore;
                f[r + 21] = (float)neighbourOverlap;
                f[r + 22] = (float)trackShare;
                f[r + 23] = (float)sceneShare;
                f[r + 24] = trackMeanP;
                f[r + 25] = Spread(Values(core, profile.Visible, a, b));
                f[r + 26] = (i > 0 && a - list[i - 1].End <= gap ? 1 : 0) + (i + 1 < list.Count && list[i + 1].Start - b <= gap ? 1 : 0);
                f[r + 27] = trains[i].Cars;
                f[r + 28] = (float)trains[i].SurestScore;
                f[r + 29] = sceneEmptyMedian;
                f[r + 30] = sceneEmptyHigh;
                f[r + 31] = trackEmptyHigh;
            }
        }

        return rows;
    }

    /// <summary>Car probabilities of a track's visible samples outside every candidate car (with a margin of a sample).</summary>
    private static float[] EmptyProbabilities(TrackProfile profile, IReadOnlyList<CarSegment> cars)
    {
        var covered = new bool[profile.Strip.Length];
        foreach (var c in cars)
        {
            for (var t = Math.Max(0, c.Start - 1); t < Math.Min(covered.Length, c.End + 1); t++)
            {
                covered[t] = true;
            }
        }

        var values = new List<float>();
        for (var t = 0; t < covered.Length; t++)
        {
            if (!covered[t] && profile.Visible[t])
            {
                values.Add(profile.Probability[t]);
            }
        }

        return [.. values];
    }

    /// <summary>
    /// For each candidate, the run of candidates coupled to it (at most <paramref name="gap"/> samples apart): how many
    /// they are and the highest score among them.
    /// </summary>
    private static (int Cars, double SurestScore)[] Trains(IReadOnlyList<CarSegment> cars, int gap)
    {
        var trains = new (int, double)[cars.Count];
        for (var i = 0; i < cars.Count;)
        {
            var j = i;
            var surest = cars[i].Score;
            while (j + 1 < cars.Count && cars[j + 1].Start - cars[j].End <= gap)
            {
                j++;
                surest = Math.Max(surest, cars[j].Score);
            }

            for (var x = i; x <= j; x++)
            {
                trains[x] = (j - i + 1, surest);
            }

            i = j + 1;
        }

        return trains;
    }

    private sealed record Placed(int Track, double East, double North, double Tx, double Ty, double HalfLength, double Score);

    private static List<Placed>[] Place(IReadOnlyList<TrackProfile> profiles, IReadOnlyList<IReadOnlyList<CarSegment>> candidates)
    {
        var placed = new List<Placed>[profiles.Count];
        for (var k = 0; k < profiles.Count; k++)
        {
            var strip = profiles[k].Strip;
            placed[k] = [];
            foreach (var c in candidates[k])
            {
                var s = c.ArcIn(strip);
                var (e, n) = strip.Path.PointAt(s);
                var (tx, ty) = strip.Path.TangentAt(s, 3);
                placed[k].Add(new Placed(k, e, n, tx, ty, (c.End - c.Start) * strip.StepMetres / 2, c.Score));
            }
        }

        return placed;
    }

    /// <summary>The surest candidate on another track 3.6–7.5 m to the side that overlaps this one along the track, and the share overlapped.</summary>
    private static (double Score, double Overlap) BestNeighbour(List<Placed>[] placed, int track, int index)
    {
        var me = placed[track][index];
        double bestScore = 0, bestOverlap = 0;
        for (var k = 0; k < placed.Length; k++)
        {
            if (k == track)
            {
                continue;
            }

            foreach (var o in placed[k])
            {
                var dx = o.East - me.East;
                var dy = o.North - me.North;
                var along = (dx * me.Tx) + (dy * me.Ty);
                var lateral = Math.Abs((dy * me.Tx) - (dx * me.Ty));
                if (lateral < NeighbourMin || lateral > NeighbourMax)
                {
                    continue;
                }

                var overlap = Math.Min(me.HalfLength, along + o.HalfLength) - Math.Max(-me.HalfLength, along - o.HalfLength);
                if (overlap <= 0)
                {
                    continue;
                }

                var share = overlap / (2 * me.HalfLength);
                if (o.Score > bestScore || (o.Score == bestScore && share > bestOverlap))
                {
                    bestScore = o.Score;
                    bestOverlap = share;
                }
            }
        }

        return (bestScore, bestOverlap);
    }

    /// <summary>Mean luminance of the strip columns whose offset lies in [from, to] (on one side, or both for a centred band).</summary>
    private static float[] Band(TrackProfile profile, double from, double to, bool? left = null)
    {
        var strip = profile.Strip;
        var offs = strip.OffsetsMetres;
        var result = new float[strip.Length];
        for (var t = 0; t < strip.Length; t++)
        {
            double sum = 0;
            var n = 0;
            for (var v = 0; v < strip.Width; v++)
            {
                var o = offs[v];
                var inBand = left switch
                {
                    null => Math.Abs(o) <= to,
                    true => o >= from && o <= to,
                    false => -o >= from && -o <= to,
                };
                var i = strip.Index(t, v);
                if (inBand && strip.Visible[i])
                {
                    sum += strip.Luma[i];
                    n++;
                }
            }

            result[t] = n > 0 ? (float)(sum / n) : float.NaN;
        }

        return result;
    }

    private static int VisibleCount(TrackProfile profile) => profile.Visible.Count(v => v);

    private static float[] Values(float[] values, bool[] visible, int from, int to)
    {
        var list = new List<float>();
        for (var t = Math.Max(0, from); t < Math.Min(values.Length, to); t++)
        {
            if (visible[t] && float.IsFinite(values[t]))
            {
                list.Add(values[t]);
            }
        }

        return [.. list];
    }

    private static float Mean(float[] values, bool[] visible, int from, int to, float fallback = 0)
    {
        var v = Values(values, visible, from, to);
        return v.Length > 0 ? v.Average() : fallback;
    }

    private static float Median(float[] values, bool[] visible) => Quantile(Values(values, visible, 0, values.Length), 0.5);

    private static float Quantile(float[] values, double q)
    {
        if (values.Length == 0)
        {
            return 0;
        }

        var sorted = values.Order().ToArray();
        return sorted[(int)(q * (sorted.Length - 1))];
    }

    private static float Spread(float[] values)
    {
        if (values.Length < 2)
        {
            return 0;
        }

        var mean = values.Average();
        return MathF.Sqrt(values.Sum(x => (x - mean) * (x - mean)) / values.Length);
    }
}
