using RailWatch.Vision.Occupancy;
using RailWatch.Vision.Strips;

namespace RailWatch.Vision.Estimation;

/// <summary>
/// What the coarse track regressor sees of one track of a scene coarser than the segmentation limit: how the car
/// probabilities along it are spread (not only their sum), how long its confident stretches run, how they sit against
/// the parallel tracks beside it, and the same probabilities over the whole scene. At 3 m a track is a pixel or two
/// from its neighbours: an empty track between two full ones reads half full, and a whole scene's empty track can
/// read a fifth full (haze, cloud shadows, a dark bed), which the plain sum of probabilities counts as cars.
/// </summary>
internal static class TrackFeatures
{
    public const int Count = 31;

    /// <summary>Centre lines nearer than this are the same track (switches, ladders crossing), not neighbours.</summary>
    private const double MinNeighbourMetres = 2.5;

    /// <summary>Centre lines up to this far apart are neighbours (about one to one and a half track spacings).</summary>
    private const double MaxNeighbourMetres = 7.5;

    private const double RunMetres = 10;

    /// <summary>One row of <see cref="Count"/> features per profile, row-major, and each profile's visible length in metres.</summary>
    /// <param name="profiles">Every track of the scene.</param>
    /// <param name="gsd">Ground sample distance, metres.</param>
    /// <param name="registrationConfidence">How clearly the registration's best shift stood out (0–1).</param>
    public static (float[] Rows, double[] VisibleMetres) Of(IReadOnlyList<TrackProfile> profiles, double gsd, double registrationConfidence)
    {
        var (neighbour, left, right) = NeighbourProbabilities(profiles);
        var scene = new List<float>();
        var sceneSamples = 0;
        foreach (var p in profiles)
        {
            sceneSamples += p.Visible.Length;
            for (var t = 0; t < p.Visible.Length; t++)
            {
                if (p.Visible[t])
                {
                    scene.Add(p.Probability[t]);
                }
            }
        }

        scene.Sort();
        var sceneMean = scene.Count == 0 ? 0 : scene.Average();
        var sceneHigh = Share(scene, 0.5f);
        var sceneLow = Quantile(scene, 0.1);
        var sceneMedian = Quantile(scene, 0.5);
        var sceneObserved = sceneSamples == 0 ? 0 : scene.Count / (float)sceneSamples;

        var rows = new float[profiles.Count * Count];
        var visibleMetres = new double[profiles.Count];
        for (var k = 0; k < profiles.Count; k++)
        {
            var profile = profiles[k];
            var step = profile.Strip.StepMetres;
            var values = new List<float>();
            int withNeighbour = 0, bothHigh = 0, neighbourStronger = 0, selfStronger = 0, withLeft = 0, withRight = 0, sandwiched = 0;
            double neighbourSum = 0, leftSum = 0, rightSum = 0;
            for (var t = 0; t < profile.Visible.Length; t++)
            {
                if (!profile.Visible[t])
                {
                    continue;
                }

                var p = profile.Probability[t];
                values.Add(p);
                var (l, rt) = (left[k][t], right[k][t]);
                withLeft += l >= 0 ? 1 : 0;
                leftSum += Math.Max(0, l);
                withRight += rt >= 0 ? 1 : 0;
                rightSum += Math.Max(0, rt);
                sandwiched += p < 0.5f && l > 0.5f && rt > 0.5f ? 1 : 0;
                var q = neighbour[k][t];
                if (q < 0)
                {
                    continue;
                }

                withNeighbour++;
                neighbourSum += q;
                bothHigh += p > 0.5f && q > 0.5f ? 1 : 0;
                neighbourStronger += q > p + 0.2f ? 1 : 0;
                selfStronger += p > q + 0.2f ? 1 : 0;
            }

            var n = values.Count;
            visibleMetres[k] = n * step;
            var (longest, runs) = Runs(profile, step);
            var sorted = values.Order().ToList();
            var r = k * Count;
            var i = 0;
            rows[r + i++] = (float)gsd;
            rows[r + i++] = (float)(n * step / 1000);
            rows[r + i++] = (float)profile.ObservedFraction;
            rows[r + i++] = n == 0 ? 0 : values.Average();
            foreach (var q in (ReadOnlySpan<double>)[0.1, 0.25, 0.5, 0.75, 0.9])
            {
                rows[r + i++] = Quantile(sorted, q);
            }

            rows[r + i++] = Share(sorted, 0.3f);
            rows[r + i++] = Share(sorted, 0.5f);
            rows[r + i++] = Share(sorted, 0.7f);
            rows[r + i++] = n == 0 ? 0 : (float)(longest / (n * step));
            rows[r + i++] = n == 0 ? 0 : (float)(runs * 100 / (n * step));
            rows[r + i++] = n == 0 ? 0 : withNeighbour / (float)n;
            rows[r + i++] = withNeighbour == 0 ? 0 : (float)(neighbourSum / withNeighbour);
            rows[r + i++] = n == 0 ? 0 : bothHigh / (float)n;
            rows[r + i++] = n == 0 ? 0 : neighbourStronger / (float)n;
            rows[r + i++] = n == 0 ? 0 : selfStronger / (float)n;
            rows[r + i++] = (float)sceneMean;
            rows[r + i++] = sceneHigh;
            rows[r + i++] = sceneLow;
            rows[r + i++] = sceneMedian;
            rows[r + i++] = sceneObserved;
            rows[r + i++] = withLeft == 0 ? 0 : (float)(leftSum / withLeft);
            rows[r + i++] = withRight == 0 ? 0 : (float)(rightSum / withRight);
            rows[r + i++] = n == 0 ? 0 : withLeft / (float)n;
            rows[r + i++] = n == 0 ? 0 : withRight / (float)n;
            rows[r + i++] = n == 0 ? 0 : sandwiched / (float)n;
            rows[r + i++] = (float)registrationConfidence;
            rows[r + i++] = (float)profile.ShadowCrossing;
        }

        return (rows, visibleMetres);
    }

    /// <summary>The longest stretch of confident car (metres) and the number of such stretches of at least <see cref="RunMetres"/>.</summary>
    private static (double Longest, int Runs) Runs(TrackProfile profile, double step)
    {
        double longest = 0;
        var runs = 0;
        var length = 0;
        for (var t = 0; t <= profile.Visible.Length; t++)
        {
            if (t < profile.Visible.Length && profile.Visible[t] && profile.Probability[t] > 0.5f)
            {
                length++;
                continue;
            }

            longest = Math.Max(longest, length * step);
            runs += length * step >= RunMetres ? 1 : 0;
            length = 0;
        }

        return (longest, runs);
    }

    /// <summary>
    /// Per sample of each track, the highest car probability of a visible sample on another track whose centre line
    /// is a neighbour's distance away: on either side, on the left only and on the right only; −1 where there is none.
    /// </summary>
    private static (float[][] Any, float[][] Left, float[][] Right) NeighbourProbabilities(IReadOnlyList<TrackProfile> profiles)
    {
        var grid = new PointGrid<(int Track, float P)>(MaxNeighbourMetres);
        var points = new (double E, double N)[profiles.Count][];
        for (var k = 0; k < profiles.Count; k++)
        {
            var strip = profiles[k].Strip;
            points[k] = new (double, double)[strip.Length];
            for (var t = 0; t < strip.Length; t++)
            {
                var (e, n) = strip.Path.PointAt(strip.ArcAt(t));
                points[k][t] = (e, n);
                if (profiles[k].Visible[t])
                {
                    grid.Add(e, n, (k, profiles[k].Probability[t]));
                }
            }
        }

        var result = new float[profiles.Count][];
        var lefts = new float[profiles.Count][];
        var rights = new float[profiles.Count][];
        for (var k = 0; k < profiles.Count; k++)
        {
            var strip = profiles[k].Strip;
            result[k] = new float[points[k].Length];
            lefts[k] = new float[points[k].Length];
            rights[k] = new float[points[k].Length];
            for (var t = 0; t < points[k].Length; t++)
            {
                var (e, n) = points[k][t];
                var (tx, ty) = strip.Path.TangentAt(strip.ArcAt(t));
                float best = -1f, bestLeft = -1f, bestRight = -1f;
                foreach (var (oe, on, (track, p)) in grid.Around(e, n))
                {
                    if (track == k)
                    {
                        continue;
                    }

                    var d = Math.Sqrt(((oe - e) * (oe - e)) + ((on - n) * (on - n)));
                    if (d is >= MinNeighbourMetres and <= MaxNeighbourMetres)
                    {
                        best = Math.Max(best, p);
                        if ((tx * (on - n)) - (ty * (oe - e)) > 0)
                        {
                            bestLeft = Math.Max(bestLeft, p);
                        }
                        else
                        {
                            bestRight = Math.Max(bestRight, p);
                        }
                    }
                }

                result[k][t] = best;
                lefts[k][t] = bestLeft;
                rights[k][t] = bestRight;
            }
        }

        return (result, lefts, rights);
    }

    private static float Quantile(List<float> sorted, double q) =>
        sorted.Count == 0 ? 0 : sorted[(int)Math.Round(q * (sorted.Count - 1))];

    private static float Share(List<float> values, float above) =>
        values.Count == 0 ? 0 : values.Count(v => v > above) / (float)values.Count;
}
