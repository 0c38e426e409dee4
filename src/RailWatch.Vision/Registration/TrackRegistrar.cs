using RailWatch.Core.Geometry;
using RailWatch.Core.Imaging;
using RailWatch.Vision.Preprocessing;
using RailWatch.Vision.Strips;

namespace RailWatch.Vision.Registration;

/// <summary>
/// Finds where the yard's tracks really are in the image. A track shows edges parallel to its centre line at the
/// rails (±0.72 m) and at the sides of cars (±1.55 m), whatever the colours; the shift that puts the most
/// lateral edge energy at those offsets for all tracks together wins. Track ends, curves and ladders fix the
/// shift along the tracks. Coarse search on a ~1 m image over the whole radius, then a fine search at full size.
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
        var origin = georeference.ToPixel(frame.ToGeo(0, 0));
        var east = georeference.ToPixel(frame.ToGeo(1, 0));
        var north = georeference.ToPixel(frame.ToGeo(0, 1));
        var jacobian = (Ex: east.Column - origin.Column, Ey: east.Row - origin.Row, Nx: north.Column - origin.Column, Ny: north.Row - origin.Row);

        var factor = Math.Max(1, (int)Math.Floor(1.0 / gsd));
        var coarseGsd = gsd * factor;
        var coarse = Level.Downsampled(planes, factor, gsd);
        var fine = Level.Full(planes, gsd);

        var coarsePoints = SamplePoints(georeference, frame, paths, Math.Max(2.0, coarseGsd));
        var finePoints = SamplePoints(georeference, frame, paths, Math.Max(1.0, gsd));
        if (coarsePoints.Count == 0)
        {
            return new RegistrationResult((0, 0), 0);
        }

        var coarseStep = Math.Max(1.0, coarseGsd / 2);
        var (best, bestScore, scores) = Search(coarse, coarsePoints, jacobian, (0, 0), radiusMetres, coarseStep, radiusMetres, ct);
        if (double.IsNegativeInfinity(bestScore))
        {
            return new RegistrationResult((0, 0), 0);
        }

        var fineStep = Math.Max(0.2, gsd / 3);
        var (refined, refinedScore, _) = Search(fine, finePoints, jacobian, best, coarseStep * 1.5, fineStep, radiusMetres, ct);
        if (!double.IsNegativeInfinity(refinedScore))
        {
            best = refined;
        }

        // Contrast of the peak over the whole search: near zero means the image showed no track structure.
        var finite = scores.Where(double.IsFinite).OrderBy(x => x).ToList();
        var median = finite.Count > 0 ? finite[finite.Count / 2] : 0;
        var confidence = bestScore > 0 ? Math.Clamp((bestScore - median) / bestScore, 0, 1) : 0;
        return new RegistrationResult(best, confidence);
    }

    private static ((double East, double North) Best, double Score, List<double> Scores) Search(
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
        var best = centre;
        var bestScore = double.NegativeInfinity;
        var scores = new List<double>();
        for (var i = -n; i <= n; i++)
        {
            ct.ThrowIfCancellationRequested();
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
                scores.Add(raw);
                // A slight preference for small shifts breaks ties where the image cannot tell.
                var score = raw * (1 - (0.002 * r2));
                if (score > bestScore)
                {
                    bestScore = score;
                    best = (de, dn);
                }
            }
        }

        return (best, bestScore, scores);
    }

    private static double Score(Level level, List<Point> points, (double Ex, double Ey, double Nx, double Ny) j, double de, double dn)
    {
        var sx = ((de * j.Ex) + (dn * j.Nx)) * level.Scale;
        var sy = ((de * j.Ey) + (dn * j.Ny)) * level.Scale;
        double sum = 0;
        var count = 0;
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
                sum += Math.Min(Math.Abs(d), EdgeClip);
                count++;
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
                sum += RailWeight * Math.Clamp(valley, -EdgeClip / 2, EdgeClip);
            }
        }

        return count < 0.3 * points.Count * EdgeOffsets.Length || count == 0 ? double.NegativeInfinity : sum / count;
    }

    private static List<Point> SamplePoints(IPixelGeoreference georeference, LocalMetricFrame frame, IReadOnlyList<TrackPath> paths, double step)
    {
        var list = new List<Point>();
        foreach (var path in paths)
        {
            for (var s = step / 2; s < path.Length; s += step)
            {
                var (x, y, nx, ny) = StripSampler.PixelFrame(georeference, frame, path, s, (0, 0));
                list.Add(new Point(x, y, nx, ny));
            }
        }

        return list;
    }

    private readonly record struct Point(double X, double Y, double Nx, double Ny);

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

        public static Level Downsampled(ScenePlanes p, int factor, double gsd)
        {
            if (factor <= 1)
            {
                return Full(p, gsd);
            }

            var (luma, w, h) = PlaneOps.Downsample(p.Luma, p.Width, p.Height, factor);
            var vis = new float[p.Visible.Length];
            for (var i = 0; i < vis.Length; i++)
            {
                vis[i] = p.Visible[i] ? 1 : 0;
            }

            var (v2, _, _) = PlaneOps.Downsample(vis, p.Width, p.Height, factor);
            var mask = v2.Select(v => v > 0.5f).ToArray();
            return new Level(luma, mask, w, h, (double)w / p.Width, gsd);
        }

        public bool IsVisible(double x, double y)
        {
            var xi = (int)Math.Round(x);
            var yi = (int)Math.Round(y);
            return xi >= 0 && yi >= 0 && xi < Width && yi < Height && visible[(yi * Width) + xi];
        }
    }
}

/// <summary>The shift (east, north, metres) from the yard's nominal tracks to where the image shows them.</summary>
internal sealed record RegistrationResult((double East, double North) Shift, double Confidence);
