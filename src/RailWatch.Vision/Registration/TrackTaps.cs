using System.Runtime.CompilerServices;
using RailWatch.Vision.Preprocessing;
using RailWatch.Vision.Strips;

namespace RailWatch.Vision.Registration;

/// <summary>
/// The registration's sample points with everything that does not depend on the shift worked out once: the
/// offsets of the car-side and rail taps and the lateral half-steps of their edge and valley probes. Scoring a
/// shift then only adds it and samples; the arithmetic is the same, term for term and in the same order, as
/// working everything out per shift, so scores are bitwise what they were.
/// </summary>
internal sealed partial class TrackTaps
{
    private const double EdgeHalfStep = 0.7;

    /// <summary>
    /// Weight of the weaker of a point's two car-side edges, added to their sum, below <see cref="PairMaxGsd"/>. A
    /// car, 3 m wide on its track, shows both sides at once only when the probe is centred on it; an even bundle's
    /// bed bands and the gaps between them (about as wide as each other) show one edge per side either way. Rewarding
    /// both sides together tips such bundles towards the tracks: on calibration and development seeds 121–419 below
    /// 1.8 m, scenes off by more than 1 m across the tracks went from 20 to 11 of 230 (`bench/vision seriesreg`).
    /// </summary>
    private const double PairWeight = 2.0;

    /// <summary>
    /// From a metre per pixel on, the gap between two empty tracks' rails reads as a car-wide pair of edges and the
    /// bonus moved empty bundles half a spacing and 1.5 m scenes of the sample series along their tracks.
    /// </summary>
    private const double PairMaxGsd = 1.0;

    /// <summary>Share of a family's car-side taps (<see cref="TapShare"/>) that a shift must see to be scored.</summary>
    private const double MinSeenShare = 0.3;

    /// <summary>
    /// Fewest visible car-side taps of the parallel tracks a shift is scored on where the share is of the taps seen
    /// at the nominal position: fewer cannot tell the track pattern from noise.
    /// </summary>
    private const int MinSeenTaps = 16;

    private readonly float[] luma;
    private readonly bool[] visible;
    private readonly int width;
    private readonly int height;
    private readonly double[] x;
    private readonly double[] y;

    // Per point: the two edge taps (o·n), then the two rail taps (both at the centre in centre-band mode), as pixel
    // offsets from the centre.
    private readonly double[] tapX;
    private readonly double[] tapY;

    // Per point: edge probe (unit normal × 0.7 px) and rail probe (unit normal × rail half-width; in centre-band
    // mode the normal × CentreHalfWidth metres).
    private readonly double[] edgeX;
    private readonly double[] edgeY;
    private readonly double[] railX;
    private readonly double[] railY;
    private readonly bool[] transverse;

    // Per point: how far (pixels, either axis) its taps and probes reach from the centre, plus a pixel for rounding.
    private readonly double[] reach;
    private readonly VisibilityTable table;

    // Where the rails are below resolution, the track's centre band (both rails and the sleepers between them, one
    // thin band) replaces the two rail valleys.
    private readonly bool centreLine;

    // Clips of the car-side and centre-band terms (the scene's own levels at coarse GSD, see SceneClips).
    private readonly double edgeClip;
    private readonly double bandClip;
    private readonly double pairWeight;

    // Car-side taps of the parallel and the transverse family of which a shift must see MinSeenShare, and the fewest
    // parallel ones it must see.
    private readonly int parallelBase;
    private readonly int transverseBase;
    private readonly int minParallelTaps;

    // Points on ladders, curves and leads (the transverse family).
    private readonly int transversePoints;

    private TrackTaps(ScenePlanes planes, VisibilityTable table, double gsd, IReadOnlyList<TrackRegistrar.Point> points, (double Edge, double Band) clips, TapShare share)
    {
        this.table = table;
        luma = planes.Luma;
        visible = planes.Visible;
        width = planes.Width;
        height = planes.Height;
        var n = points.Count;
        Count = n;
        x = new double[n];
        y = new double[n];
        tapX = new double[n * 4];
        tapY = new double[n * 4];
        edgeX = new double[n];
        edgeY = new double[n];
        railX = new double[n];
        railY = new double[n];
        transverse = new bool[n];
        reach = new double[n];
        var railH = Math.Max(0.7, 0.3 * (1.0 / gsd));
        centreLine = gsd >= TrackRegistrar.CentreLineGsd;
        edgeClip = clips.Edge;
        bandClip = clips.Band;
        pairWeight = gsd < PairMaxGsd ? PairWeight : 0;
        for (var i = 0; i < n; i++)
        {
            var p = points[i];
            x[i] = p.X;
            y[i] = p.Y;
            var nn = Math.Sqrt((p.Nx * p.Nx) + (p.Ny * p.Ny));
            edgeX[i] = p.Nx / nn * EdgeHalfStep;
            edgeY[i] = p.Ny / nn * EdgeHalfStep;
            railX[i] = centreLine ? p.Nx * TrackRegistrar.CentreHalfWidth : p.Nx / nn * railH;
            railY[i] = centreLine ? p.Ny * TrackRegistrar.CentreHalfWidth : p.Ny / nn * railH;
            for (var k = 0; k < 2; k++)
            {
                tapX[(4 * i) + k] = TrackRegistrar.EdgeOffsets[k] * p.Nx;
                tapY[(4 * i) + k] = TrackRegistrar.EdgeOffsets[k] * p.Ny;
                tapX[(4 * i) + 2 + k] = centreLine ? 0 : TrackRegistrar.RailOffsets[k] * p.Nx;
                tapY[(4 * i) + 2 + k] = centreLine ? 0 : TrackRegistrar.RailOffsets[k] * p.Ny;
            }

            transverse[i] = p.Transverse;
            var probe = Math.Max(Math.Max(Math.Abs(edgeX[i]), Math.Abs(edgeY[i])), Math.Max(Math.Abs(railX[i]), Math.Abs(railY[i])));
            var tap = 0.0;
            for (var k = 0; k < 4; k++)
            {
                tap = Math.Max(tap, Math.Max(Math.Abs(tapX[(4 * i) + k]), Math.Abs(tapY[(4 * i) + k])));
            }

            reach[i] = tap + probe + 1;
        }

        transversePoints = transverse.Count(t => t);
        if (share == TapShare.OfAll)
        {
            (parallelBase, transverseBase, minParallelTaps) = (2 * (n - transversePoints), 2 * transversePoints, 1);
        }
        else
        {
            (parallelBase, transverseBase) = EdgeTapsSeenAtNominal();
            minParallelTaps = MinSeenTaps;
        }
    }

    private (int Parallel, int Transverse) EdgeTapsSeenAtNominal()
    {
        int parallel = 0, transverseTaps = 0;
        for (var i = 0; i < Count; i++)
        {
            var cx = x[i] - 0.5;
            var cy = y[i] - 0.5;
            for (var k = 0; k < 2; k++)
            {
                if (Sees(cx + tapX[(4 * i) + k], cy + tapY[(4 * i) + k], edgeX[i], edgeY[i]))
                {
                    if (transverse[i])
                    {
                        transverseTaps++;
                    }
                    else
                    {
                        parallel++;
                    }
                }
            }
        }

        return (parallel, transverseTaps);
    }

    public int Count { get; }

    public static TrackTaps Of(ScenePlanes planes, VisibilityTable table, double gsd, IReadOnlyList<TrackRegistrar.Point> points, (double Edge, double Band) clips, TapShare share) =>
        new(planes, table, gsd, points, clips, share);

    /// <summary>
    /// The clips of the car-side and centre-band terms for this scene: the median of each term at the nominal
    /// positions (taps and probes visible), so that the yard's own structure — cars where there are cars, the
    /// track beds where the yard is empty — counts in full and a few much stronger edges (buildings, cloud fringes)
    /// cannot outvote it. Only where rails are not resolved; never above <see cref="TrackRegistrar.EdgeClip"/>.
    /// </summary>
    public static (double Edge, double Band) SceneClips(ScenePlanes planes, VisibilityTable table, double gsd, IReadOnlyList<TrackRegistrar.Point> points)
    {
        const double full = TrackRegistrar.EdgeClip;
        if (gsd < TrackRegistrar.CentreLineGsd)
        {
            // Where rails and car sides are sharp, cars are what tells neighbouring peaks apart: a clip at the
            // scene's median edge moved 0.3–0.5 m scenes of dense yards half a spacing (development seeds).
            return (full, full);
        }

        var taps = new TrackTaps(planes, table, gsd, points, (full, full), TapShare.OfAll);
        var edges = new List<double>(points.Count * 2);
        var bands = new List<double>(points.Count);
        for (var i = 0; i < taps.Count; i++)
        {
            var cx = taps.x[i] - 0.5;
            var cy = taps.y[i] - 0.5;
            for (var k = 0; k < 2; k++)
            {
                var qx = cx + taps.tapX[(4 * i) + k];
                var qy = cy + taps.tapY[(4 * i) + k];
                if (taps.Sees(qx, qy, taps.edgeX[i], taps.edgeY[i]))
                {
                    edges.Add(Math.Abs(taps.Sample(qx + taps.edgeX[i], qy + taps.edgeY[i]) - taps.Sample(qx - taps.edgeX[i], qy - taps.edgeY[i])));
                }
            }

            if (taps.Sees(cx, cy, taps.railX[i], taps.railY[i]))
            {
                bands.Add(Math.Abs((0.5 * (taps.Sample(cx + taps.railX[i], cy + taps.railY[i]) + taps.Sample(cx - taps.railX[i], cy - taps.railY[i]))) - taps.Sample(cx, cy)));
            }
        }

        // The band is never clipped below the car sides' level: where the yard is empty and its beds faint, the
        // band is the track's only signal.
        var edge = Median(edges);
        return (edge, Math.Max(edge, Median(bands)));
    }

    private static double Median(List<double> values)
    {
        if (values.Count < 20)
        {
            return TrackRegistrar.EdgeClip;
        }

        values.Sort();
        var q = values[(int)Math.Min(values.Count - 1, Math.Floor(TrackRegistrar.EdgeClipQuantile * values.Count))];
        return Math.Clamp(q, 0.02, TrackRegistrar.EdgeClip);
    }

    /// <summary>
    /// Scores of several shifts (metres east, north): for each, the mean clipped edge energy at the car sides (with
    /// the weaker side of each point counted again below a metre per pixel, <see cref="PairWeight"/>) plus the rails'
    /// valley response over the parallel tracks, plus the transverse family's own mean (weighted);
    /// −∞ where too few taps are visible. Points are the outer loop so that the pixels one point reads for all the
    /// shifts stay in cache; each shift's sums still run over the points in order, so every score is bitwise the
    /// one a shift-at-a-time loop gives. Where every tap of a point lands on visible pixels well inside the image for
    /// all the shifts, its taps are read without checks (<see cref="AddClearPoint"/>, same scores);
    /// <paramref name="checkEveryTap"/> turns that off (to compare).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Score((double Ex, double Ey, double Nx, double Ny) j, ReadOnlySpan<double> east, ReadOnlySpan<double> north, Span<double> scores, bool checkEveryTap = false)
    {
        var m = east.Length;
        var sx = new double[m];
        var sy = new double[m];
        for (var s = 0; s < m; s++)
        {
            sx[s] = (east[s] * j.Ex) + (north[s] * j.Nx);
            sy[s] = (east[s] * j.Ey) + (north[s] * j.Ny);
        }

        double sxMin = double.MaxValue, sxMax = double.MinValue, syMin = double.MaxValue, syMax = double.MinValue;
        for (var s = 0; s < m; s++)
        {
            (sxMin, sxMax) = (Math.Min(sxMin, sx[s]), Math.Max(sxMax, sx[s]));
            (syMin, syMax) = (Math.Min(syMin, sy[s]), Math.Max(syMax, sy[s]));
        }

        var sum = new double[m];
        var transverseSum = new double[m];
        var count = new int[m];
        var transverseCount = new int[m];
        for (var i = 0; i < Count; i++)
        {
            var isTransverse = transverse[i];
            var (acc, hits) = isTransverse ? (transverseSum, transverseCount) : (sum, count);
            var probe = ProbeOf(i);
            var (px, py, ux, uy, rx, ry, e0x, e0y, e1x, e1y, r0x, r0y, r1x, r1y) = probe;

            // Where every tap of every shift of the batch lands on visible pixels well inside the image, the
            // visibility checks and the interpolation's clamps cannot change anything and are skipped.
            if (!checkEveryTap && AllClear(px + sxMin - 0.5 - reach[i], py + syMin - 0.5 - reach[i], px + sxMax - 0.5 + reach[i], py + syMax - 0.5 + reach[i]))
            {
                AddClearPoint(probe, sx, sy, acc, hits);
                continue;
            }

            for (var s = 0; s < m; s++)
            {
                var cx = px + sx[s] - 0.5;
                var cy = py + sy[s] - 0.5;
                var a = acc[s];
                var h = hits[s];
                var qx = cx + e0x;
                var qy = cy + e0y;
                var left = double.NaN;
                if (Sees(qx, qy, ux, uy))
                {
                    left = EdgeEnergy(qx, qy, ux, uy);
                    a += left;
                    h++;
                }

                qx = cx + e1x;
                qy = cy + e1y;
                if (Sees(qx, qy, ux, uy))
                {
                    var right = EdgeEnergy(qx, qy, ux, uy);
                    a += right;
                    h++;
                    if (!double.IsNaN(left))
                    {
                        a += pairWeight * Math.Min(left, right);
                    }
                }

                if (centreLine)
                {
                    if (Sees(cx, cy, rx, ry))
                    {
                        a += CentreBand(cx, cy, rx, ry);
                    }

                    acc[s] = a;
                    hits[s] = h;
                    continue;
                }

                qx = cx + r0x;
                qy = cy + r0y;
                if (Sees(qx, qy, rx, ry))
                {
                    a += RailValley(qx, qy, rx, ry);
                }

                qx = cx + r1x;
                qy = cy + r1y;
                if (Sees(qx, qy, rx, ry))
                {
                    a += RailValley(qx, qy, rx, ry);
                }

                acc[s] = a;
                hits[s] = h;
            }
        }

        for (var s = 0; s < m; s++)
        {
            if (count[s] < MinSeenShare * parallelBase || count[s] < minParallelTaps)
            {
                scores[s] = double.NegativeInfinity;
                continue;
            }

            // Parallel tracks fix the shift across them only; ladders, curves and leads fix it along them. Each
            // family gets equal say, so a few ladder points are not drowned by kilometres of parallel track.
            var score = sum[s] / count[s];
            if (transversePoints >= 10 && transverseCount[s] > 0 && transverseCount[s] >= MinSeenShare * transverseBase)
            {
                score += TrackRegistrar.TransverseWeight * transverseSum[s] / transverseCount[s];
            }

            scores[s] = score;
        }
    }

    /// <summary>Point <paramref name="i"/>'s probe (<see cref="Probe"/>).</summary>
    private Probe ProbeOf(int i)
    {
        var t = 4 * i;
        return new Probe(x[i], y[i], edgeX[i], edgeY[i], railX[i], railY[i], tapX[t], tapY[t], tapX[t + 1], tapY[t + 1], tapX[t + 2], tapY[t + 2], tapX[t + 3], tapY[t + 3]);
    }

    /// <summary>
    /// One point in pixels: its centre, the half-steps of its edge probe (U) and rail or centre-band probe (R), and
    /// its two car-side taps (E0, E1) and two rail taps (R0, R1) as offsets from the centre.
    /// </summary>
    private readonly record struct Probe(
        double X, double Y, double Ux, double Uy, double Rx, double Ry,
        double E0x, double E0y, double E1x, double E1y, double R0x, double R0y, double R1x, double R1y);

    private bool AllClear(double x0, double y0, double x1, double y1)
    {
        if (!(x0 >= 0 && y0 >= 0 && x1 < width - 2 && y1 < height - 2))
        {
            return false;
        }

        return table.AllVisible((int)Math.Floor(x0), (int)Math.Floor(y0), (int)Math.Ceiling(x1), (int)Math.Ceiling(y1));
    }

    /// <summary>Brightness step across a car side at (qx, qy), clipped so that a few strong edges (cloud borders, roads) cannot outvote the tracks.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private double EdgeEnergy(double qx, double qy, double ux, double uy) =>
        Math.Min(Math.Abs(Sample(qx + ux, qy + uy) - Sample(qx - ux, qy - uy)), edgeClip);

    /// <summary>Weighted depth of the thin dark line of a rail at (qx, qy): a signature no car side or shadow edge gives.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private double RailValley(double qx, double qy, double rx, double ry)
    {
        var valley = (0.5 * (Sample(qx + rx, qy + ry) + Sample(qx - rx, qy - ry))) - Sample(qx, qy);
        return TrackRegistrar.RailWeight * Math.Clamp(valley, -TrackRegistrar.EdgeClip / 2, TrackRegistrar.EdgeClip);
    }

    /// <summary>
    /// Contrast of the thin band a track shows where its rails are not resolved (rails, sleepers and the bed between
    /// them, dark or bright) against the ground a little beyond it. A car-side-wide probe would fit the wider gap
    /// between evenly spaced tracks as well as the track; this one does not.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private double CentreBand(double qx, double qy, double rx, double ry)
    {
        var band = (0.5 * (Sample(qx + rx, qy + ry) + Sample(qx - rx, qy - ry))) - Sample(qx, qy);
        return TrackRegistrar.CentreWeight * Math.Min(Math.Abs(band), bandClip);
    }

    /// <summary>
    /// Whether a tap and both ends of its probe fall on visible pixels: a probe reaching into masked cloud or nodata
    /// (filled with one grey) would read the mask's border as an edge, and shifts that line taps up along cloud
    /// borders would win.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool Sees(double qx, double qy, double ux, double uy) =>
        IsVisible(qx, qy) && IsVisible(qx + ux, qy + uy) && IsVisible(qx - ux, qy - uy);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool IsVisible(double qx, double qy)
    {
        var xi = (int)Math.Round(qx);
        var yi = (int)Math.Round(qy);
        return xi >= 0 && yi >= 0 && xi < width && yi < height && visible[(yi * width) + xi];
    }

    /// <summary><see cref="Bilinear.Sample"/> without its clamps where they cannot bite (same result).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private float Sample(double qx, double qy)
    {
        if (!(qx >= 0 && qy >= 0 && qx < width - 1 && qy < height - 1))
        {
            return Bilinear.Sample(luma, width, height, qx, qy);
        }

        var x0 = (int)qx;
        var y0 = (int)qy;
        var fx = (float)(qx - x0);
        var fy = (float)(qy - y0);
        var k = (y0 * width) + x0;
        var a = luma[k];
        var b = luma[k + 1];
        var c = luma[k + width];
        var d = luma[k + width + 1];
        return ((a * (1 - fx)) + (b * fx)) * (1 - fy) + (((c * (1 - fx)) + (d * fx)) * fy);
    }
}
