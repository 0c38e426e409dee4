using RailWatch.Core.Geometry;
using RailWatch.Core.Imaging;
using RailWatch.Vision.Preprocessing;
using RailWatch.Vision.Strips;

namespace RailWatch.Vision.Registration;

/// <summary>
/// Finds where the yard's tracks really are in the image. A track shows edges parallel to its centre line at the
/// rails (±0.72 m) and at the sides of cars (±1.55 m), whatever the colours; the shift that puts the most
/// lateral edge energy at those offsets for all tracks together wins. Parallel tracks fix the shift across them;
/// ladders, curves and leads (tracks at an angle to the main direction) fix it along them and are scored as a
/// family of their own. The whole radius is searched at full resolution on sparse points (the rails tell
/// neighbouring peaks apart), then the best few local peaks are refined on dense points.
/// </summary>
internal static class TrackRegistrar
{
    private static readonly double[] EdgeOffsets = [-1.55, 1.55];
    private static readonly double[] RailOffsets = [-0.76, 0.76];
    private const double RailWeight = 2.0;
    private const double EdgeClip = 1.0;

    public static RegistrationResult Register(
        ScenePlanes planes,
        IPixelGeoreference georeference,
        LocalMetricFrame frame,
        IReadOnlyList<TrackPath> paths,
        double radiusMetres,
        CancellationToken ct)
    {
        var gsd = Math.Max(0.05, georeference.GsdMetres);
        var jacobian = RegistrationResult.PixelsPerMetre(georeference, frame);

        var fine = Level.Full(planes, gsd);
        var widePoints = SamplePoints(georeference, frame, paths, Math.Max(2.0, gsd));
        var finePoints = SamplePoints(georeference, frame, paths, Math.Max(1.0, gsd));
        if (widePoints.Count == 0)
        {
            return new RegistrationResult((0, 0), 0);
        }

        // The whole radius at full resolution (the rails are what tells neighbouring peaks apart: track spacing,
        // car pitch), on sparse points and a step of about a pixel; then the best few peaks are refined.
        var wideStep = Math.Max(0.25, gsd * 0.75);
        var (best, bestScore, scores) = Search(fine, widePoints, jacobian, (0, 0), radiusMetres, wideStep, radiusMetres, ct);
        if (double.IsNegativeInfinity(bestScore))
        {
            return new RegistrationResult((0, 0), 0);
        }

        var fineStep = Math.Max(0.1, gsd / 3);
        var refinedBest = double.NegativeInfinity;
        foreach (var candidate in Peaks(scores, RefinedPeaks, wideStep))
        {
            var (refined, refinedScore, _) = Search(fine, finePoints, jacobian, candidate, Math.Max(1.0, wideStep), fineStep, radiusMetres, ct);
            if (refinedScore > refinedBest)
            {
                refinedBest = refinedScore;
                best = refined;
            }
        }

        return RegistrationResult.FromSearch(best, bestScore, scores.Select(x => x.Score));
    }

    private const int RefinedPeaks = 4;

    /// <summary>The <paramref name="count"/> best local maxima of the score grid (spacing <paramref name="step"/>).</summary>
    private static List<(double East, double North)> Peaks(List<(double East, double North, double Score)> scores, int count, double step)
    {
        var grid = new Dictionary<(long, long), double>();
        foreach (var (e, n, score) in scores)
        {
            grid[((long)Math.Round(e / step), (long)Math.Round(n / step))] = score;
        }

        bool IsLocalMaximum(double e, double n, double score)
        {
            var (i, j) = ((long)Math.Round(e / step), (long)Math.Round(n / step));
            for (var di = -1; di <= 1; di++)
            {
                for (var dj = -1; dj <= 1; dj++)
                {
                    if ((di != 0 || dj != 0) && grid.TryGetValue((i + di, j + dj), out var other) && other > score)
                    {
                        return false;
                    }
                }
            }

            return true;
        }

        return scores
            .Where(x => double.IsFinite(x.Score) && IsLocalMaximum(x.East, x.North, x.Score))
            .OrderByDescending(x => x.Score)
            .Take(count)
            .Select(x => (x.East, x.North))
            .ToList();
    }

    private static ((double East, double North) Best, double Score, List<(double East, double North, double Score)> Scores) Search(
        Level level,
        List<Point> points,
        (double Ex, double Ey, double Nx, double Ny) jacobian,
        (double East, double North) centre,
        double halfRange,
        double step,
        double radius,
        CancellationToken ct)
    {
        var n = (int)Math.Round(halfRange / step);
        var rows = new List<(double East, double North, double Raw, double Score)>[(2 * n) + 1];
        Parallel.For(-n, n + 1, new ParallelOptions { CancellationToken = ct }, i =>
        {
            var row = new List<(double, double, double, double)>((2 * n) + 1);
            for (var j = -n; j <= n; j++)
            {
                var de = centre.East + (i * step);
                var dn = centre.North + (j * step);
                var r2 = ((de * de) + (dn * dn)) / (radius * radius);
                if (r2 > 1.0001)
                {
                    continue;
                }

                var raw = Score(level, points, jacobian, de, dn);
                // A slight preference for small shifts breaks ties where the image cannot tell.
                row.Add((de, dn, raw, raw * (1 - (0.002 * r2))));
            }

            rows[i + n] = row;
        });

        var best = centre;
        var bestScore = double.NegativeInfinity;
        var scores = new List<(double East, double North, double Score)>();
        foreach (var (de, dn, raw, score) in rows.SelectMany(r => r))
        {
            scores.Add((de, dn, raw));
            if (score > bestScore)
            {
                bestScore = score;
                best = (de, dn);
            }
        }

        return (best, bestScore, scores);
    }

    private static double Score(Level level, List<Point> points, (double Ex, double Ey, double Nx, double Ny) j, double de, double dn)
    {
        var sx = ((de * j.Ex) + (dn * j.Nx)) * level.Scale;
        var sy = ((de * j.Ey) + (dn * j.Ny)) * level.Scale;
        double sum = 0, transverseSum = 0;
        int count = 0, transverseCount = 0, parallelPoints = 0, transversePoints = 0;
        const double h = 0.7;
        var railH = Math.Max(0.7, 0.3 * level.PixelsPerMetre);
        foreach (var p in points)
        {
            var cx = (p.X * level.Scale) + sx - 0.5;
            var cy = (p.Y * level.Scale) + sy - 0.5;
            var nx = p.Nx * level.Scale;
            var ny = p.Ny * level.Scale;
            var nn = Math.Sqrt((nx * nx) + (ny * ny));
            var ux = nx / nn * h;
            var uy = ny / nn * h;
            foreach (var o in EdgeOffsets)
            {
                var qx = cx + (o * nx);
                var qy = cy + (o * ny);
                if (!level.IsVisible(qx, qy))
                {
                    continue;
                }

                var d = Bilinear.Sample(level.Luma, level.Width, level.Height, qx + ux, qy + uy)
                    - Bilinear.Sample(level.Luma, level.Width, level.Height, qx - ux, qy - uy);
                // Clipped so that a few strong edges (cloud borders, roads) cannot outvote the tracks.
                if (p.Transverse)
                {
                    transverseSum += Math.Min(Math.Abs(d), EdgeClip);
                    transverseCount++;
                }
                else
                {
                    sum += Math.Min(Math.Abs(d), EdgeClip);
                    count++;
                }
            }

            // Rails: thin dark lines either side of the centre, a signature no car side or shadow edge gives.
            var rx = nx / nn * railH;
            var ry = ny / nn * railH;
            foreach (var o in RailOffsets)
            {
                var qx = cx + (o * nx);
                var qy = cy + (o * ny);
                if (!level.IsVisible(qx, qy))
                {
                    continue;
                }

                var valley = (0.5 * (Bilinear.Sample(level.Luma, level.Width, level.Height, qx + rx, qy + ry)
                    + Bilinear.Sample(level.Luma, level.Width, level.Height, qx - rx, qy - ry)))
                    - Bilinear.Sample(level.Luma, level.Width, level.Height, qx, qy);
                if (p.Transverse)
                {
                    transverseSum += RailWeight * Math.Clamp(valley, -EdgeClip / 2, EdgeClip);
                }
                else
                {
                    sum += RailWeight * Math.Clamp(valley, -EdgeClip / 2, EdgeClip);
                }
            }

            if (p.Transverse)
            {
                transversePoints++;
            }
            else
            {
                parallelPoints++;
            }
        }

        if (count < 0.3 * parallelPoints * EdgeOffsets.Length || count == 0)
        {
            return double.NegativeInfinity;
        }

        // Parallel tracks fix the shift across them only; ladders, curves and leads fix it along them. Each
        // family gets equal say, so a few ladder points are not drowned by kilometres of parallel track.
        var score = sum / count;
        if (transversePoints >= 10 && transverseCount >= 0.3 * transversePoints * EdgeOffsets.Length)
        {
            score += TransverseWeight * transverseSum / transverseCount;
        }

        return score;
    }

    private static List<Point> SamplePoints(IPixelGeoreference georeference, LocalMetricFrame frame, IReadOnlyList<TrackPath> paths, double step)
    {
        var dominant = DominantDirection(paths);
        var list = new List<Point>();
        foreach (var path in paths)
        {
            for (var s = step / 2; s < path.Length; s += step)
            {
                var (x, y, nx, ny) = StripSampler.PixelFrame(georeference, frame, path, s, (0, 0));
                var (tx, ty) = path.TangentAt(s, 3);
                var alignment = Math.Abs((tx * dominant.X) + (ty * dominant.Y));
                list.Add(new Point(x, y, nx, ny, alignment < Math.Cos(TransverseDegrees * Math.PI / 180)));
            }
        }

        return list;
    }

    private const double TransverseDegrees = 8;

    /// <summary>Weight of the ladders, curves and leads against the parallel tracks (measured on development scenes).</summary>
    private const double TransverseWeight = 0.3;

    /// <summary>The yard's main track direction: length-weighted mean of tangent directions (as axes, doubled angles).</summary>
    private static (double X, double Y) DominantDirection(IReadOnlyList<TrackPath> paths)
    {
        double c = 0, s2 = 0;
        foreach (var path in paths)
        {
            for (var s = 0.5; s < path.Length; s += 1)
            {
                var (tx, ty) = path.TangentAt(s, 0.5);
                var angle = 2 * Math.Atan2(ty, tx);
                c += Math.Cos(angle);
                s2 += Math.Sin(angle);
            }
        }

        var theta = Math.Atan2(s2, c) / 2;
        return (Math.Cos(theta), Math.Sin(theta));
    }

    private readonly record struct Point(double X, double Y, double Nx, double Ny, bool Transverse);

    private sealed class Level
    {
        private readonly bool[] visible;

        private Level(float[] luma, bool[] visible, int width, int height, double scale, double gsd)
        {
            PixelsPerMetre = scale / gsd;
            Luma = luma;
            this.visible = visible;
            Width = width;
            Height = height;
            Scale = scale;
        }

        public float[] Luma { get; }

        public int Width { get; }

        public int Height { get; }

        /// <summary>Level pixels per full-resolution pixel.</summary>
        public double Scale { get; }

        public double PixelsPerMetre { get; }

        public static Level Full(ScenePlanes p, double gsd) => new(p.Luma, p.Visible, p.Width, p.Height, 1.0, gsd);

        public bool IsVisible(double x, double y)
        {
            var xi = (int)Math.Round(x);
            var yi = (int)Math.Round(y);
            return xi >= 0 && yi >= 0 && xi < Width && yi < Height && visible[(yi * Width) + xi];
        }
    }
}

/// <summary>The shift (east, north, metres) from the yard's nominal tracks to where the image shows them.</summary>
internal sealed record RegistrationResult((double East, double North) Shift, double Confidence)
{
    /// <summary>
    /// The best shift with the contrast of its score over the whole search (near zero: the image showed nothing
    /// to register on).
    /// </summary>
    public static RegistrationResult FromSearch((double East, double North) best, double bestScore, IEnumerable<double> scores)
    {
        var finite = scores.Where(double.IsFinite).OrderBy(x => x).ToList();
        var median = finite.Count > 0 ? finite[finite.Count / 2] : 0;
        var confidence = bestScore > 0 ? Math.Clamp((bestScore - median) / bestScore, 0, 1) : 0;
        return new RegistrationResult(best, confidence);
    }

    /// <summary>Pixels moved by one metre east and one metre north of the frame's origin.</summary>
    public static (double Ex, double Ey, double Nx, double Ny) PixelsPerMetre(IPixelGeoreference georeference, LocalMetricFrame frame)
    {
        var origin = georeference.ToPixel(frame.ToGeo(0, 0));
        var east = georeference.ToPixel(frame.ToGeo(1, 0));
        var north = georeference.ToPixel(frame.ToGeo(0, 1));
        return (east.Column - origin.Column, east.Row - origin.Row, north.Column - origin.Column, north.Row - origin.Row);
    }
}
