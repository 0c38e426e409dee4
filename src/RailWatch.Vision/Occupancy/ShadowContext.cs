using RailWatch.Vision.Strips;

namespace RailWatch.Vision.Occupancy;

/// <summary>
/// What the other tracks say about a sample, for a second look by the occupancy classifier: under a low sun a train
/// shades the next tracks up to 10 m away, and its shadow (dark, 15 m long, with the train's gaps) reads as a dark
/// train where the track is empty, or darkens a car that stands there. So each sample gets the first look's car
/// probability of its own, and the surest car on another track up-sun of it within each reach of
/// <see cref="Reaches"/> (along the scene's <see cref="ShadowDirection"/>): a train there explains a dark band here.
/// </summary>
internal static class ShadowContext
{
    /// <summary>Features per sample: the first look's probability, then one per reach.</summary>
    public const int Count = 1 + 3;

    /// <summary>Up-sun distances (metres) searched: the next track, the one after, the third.</summary>
    private static readonly (double From, double To)[] Reaches = [(2.5, 6.5), (6.5, 11), (11, 15.5)];

    private const double CellMetres = 0.5;

    /// <summary>Half the width of a car: how far across its track a sample's probability is painted.</summary>
    private const double HalfWidth = 1.4;

    /// <summary>
    /// Context features of every sample of every strip (<see cref="Count"/> per sample, row-major), from the first
    /// look's car probabilities (<paramref name="firstLook"/>, one per sample; only visible samples are read).
    /// Without a known shadow direction the up-sun features are zero.
    /// </summary>
    public static float[][] Compute(IReadOnlyList<Strip> strips, IReadOnlyList<float[]> firstLook, IReadOnlyList<bool[]> visible, ShadowDirection shadow)
    {
        var result = new float[strips.Count][];
        for (var k = 0; k < strips.Count; k++)
        {
            result[k] = new float[strips[k].Length * Count];
            for (var t = 0; t < strips[k].Length; t++)
            {
                result[k][t * Count] = visible[k][t] ? firstLook[k][t] : 0;
            }
        }

        if (!shadow.IsKnown || strips.Count < 2)
        {
            return result;
        }

        var map = ProbabilityMap.Paint(strips, firstLook, visible);
        Parallel.For(0, strips.Count, k =>
        {
            var strip = strips[k];
            var features = result[k];
            for (var t = 0; t < strip.Length; t++)
            {
                if (!visible[k][t])
                {
                    continue;
                }

                var (e, n) = strip.Path.PointAt(strip.ArcAt(t));
                for (var r = 0; r < Reaches.Length; r++)
                {
                    var best = 0f;
                    for (var d = Reaches[r].From; d <= Reaches[r].To; d += CellMetres)
                    {
                        best = Math.Max(best, map.At(e - (d * shadow.East), n - (d * shadow.North), k));
                    }

                    features[(t * Count) + 1 + r] = best;
                }
            }
        });

        return result;
    }

    /// <summary>The first look's car probabilities painted on a metric grid over the yard, each cell knowing its track.</summary>
    private sealed class ProbabilityMap
    {
        private readonly double east0;
        private readonly double north0;
        private readonly int width;
        private readonly int height;
        private readonly float[] probability;
        private readonly int[] owner;

        private ProbabilityMap(double east0, double north0, int width, int height)
        {
            this.east0 = east0;
            this.north0 = north0;
            this.width = width;
            this.height = height;
            probability = new float[width * height];
            owner = new int[width * height];
            Array.Fill(owner, -1);
        }

        public static ProbabilityMap Paint(IReadOnlyList<Strip> strips, IReadOnlyList<float[]> firstLook, IReadOnlyList<bool[]> visible)
        {
            double minE = double.MaxValue, minN = double.MaxValue, maxE = double.MinValue, maxN = double.MinValue;
            foreach (var strip in strips)
            {
                for (var t = 0; t < strip.Length; t++)
                {
                    var (e, n) = strip.Path.PointAt(strip.ArcAt(t));
                    (minE, maxE, minN, maxN) = (Math.Min(minE, e), Math.Max(maxE, e), Math.Min(minN, n), Math.Max(maxN, n));
                }
            }

            var margin = HalfWidth + CellMetres;
            var map = new ProbabilityMap(minE - margin, minN - margin, (int)Math.Ceiling((maxE - minE + (2 * margin)) / CellMetres) + 1, (int)Math.Ceiling((maxN - minN + (2 * margin)) / CellMetres) + 1);
            for (var k = 0; k < strips.Count; k++)
            {
                var strip = strips[k];
                for (var t = 0; t < strip.Length; t++)
                {
                    if (!visible[k][t])
                    {
                        continue;
                    }

                    var s = strip.ArcAt(t);
                    var (e, n) = strip.Path.PointAt(s);
                    var (tx, ty) = strip.Path.TangentAt(s);
                    for (var o = -HalfWidth; o <= HalfWidth + 1e-9; o += CellMetres / 2)
                    {
                        map.Raise(e - (o * ty), n + (o * tx), firstLook[k][t], k);
                    }
                }
            }

            return map;
        }

        /// <summary>The probability painted at a point by a track other than <paramref name="exceptTrack"/> (0 where none).</summary>
        public float At(double e, double n, int exceptTrack)
        {
            var i = Cell(e, n);
            return i >= 0 && owner[i] >= 0 && owner[i] != exceptTrack ? probability[i] : 0;
        }

        private void Raise(double e, double n, float p, int track)
        {
            var i = Cell(e, n);
            if (i >= 0 && (owner[i] < 0 || p > probability[i]))
            {
                probability[i] = p;
                owner[i] = track;
            }
        }

        private int Cell(double e, double n)
        {
            var x = (int)Math.Floor((e - east0) / CellMetres);
            var y = (int)Math.Floor((n - north0) / CellMetres);
            return x >= 0 && y >= 0 && x < width && y < height ? (y * width) + x : -1;
        }
    }
}
