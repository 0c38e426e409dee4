using RailWatch.Core.Geometry;
using RailWatch.Core.Imaging;
using RailWatch.Vision.Preprocessing;
using RailWatch.Vision.Strips;

namespace RailWatch.Vision.Registration;

/// <summary>
/// Finds where the yard's tracks really are in the image. A track shows edges parallel to its centre line at the
/// rails (±0.72 m) and at the sides of cars (±1.55 m), whatever the colours; the shift that puts the most
/// lateral edge energy at those offsets for all tracks together wins; below a metre per pixel a point whose two sides
/// both show an edge (a car centred on the probe) counts more than one that shows either side alone. From
/// <see cref="CentreLineGsd"/> on the rails
/// are not resolved and a track's one thin centre band (rails, sleepers) replaces them: in a bundle of evenly spaced
/// empty tracks the gap between two tracks is about as wide as a car, so the car-side term alone fits the gaps as
/// well as the tracks and put such yards half a spacing off; at that GSD the car-side and centre-band terms are also
/// each clipped at its own median over the nominal positions, so that buildings and cloud fringes near the
/// yard cannot outvote an empty yard's faint tracks. A tap counts only where it and both ends of its probe are
/// visible (a probe into masked cloud reads the mask's border as an edge). Parallel tracks fix the shift across
/// them; ladders, curves and leads (tracks at an angle to the main direction) fix it along them and are scored as a
/// family of their own. The whole radius is searched at full resolution on sparse points (the rails tell
/// neighbouring peaks apart), then the best few local peaks are refined on dense points. The wide grid is searched
/// coarse-to-fine (<see cref="ShiftSearch"/>): every shift on a quarter of the points, then the neighbourhoods of
/// the best of those on all points.
/// </summary>
internal static class TrackRegistrar
{
    internal static readonly double[] EdgeOffsets = [-1.55, 1.55];
    internal static readonly double[] RailOffsets = [-0.76, 0.76];
    internal const double RailWeight = 2.0;

    /// <summary>Upper bound of one tap's edge energy, rail valley or centre band (luminance is stretched to 0–1).</summary>
    internal const double EdgeClip = 1.0;

    /// <summary>
    /// From this GSD on the two rails (1.435 m apart) are not resolved: the track's centre band replaces the rail
    /// valleys, and the car-side and centre-band terms are clipped at the scene's own edge level
    /// (<see cref="TrackTaps.SceneClips"/>). Measured on the sample series and development seeds 300–419.
    /// </summary>
    internal const double CentreLineGsd = 0.6;

    /// <summary>Half-width (metres) of the centre band's probe: beyond the rails, short of the gap between tracks.</summary>
    internal const double CentreHalfWidth = 1.5;

    internal const double CentreWeight = 2.0;

    /// <summary>Quantile of each term's values at the nominal positions used as its clip at coarse GSD.</summary>
    internal const double EdgeClipQuantile = 0.5;

    public static RegistrationResult Register(
        ScenePlanes planes,
        IPixelGeoreference georeference,
        LocalMetricFrame frame,
        IReadOnlyList<TrackPath> paths,
        double radiusMetres,
        CancellationToken ct) =>
        Register(planes, georeference, frame, paths, radiusMetres, ShiftSearch.CoarseToFine, ct);

    internal static RegistrationResult Register(
        ScenePlanes planes,
        IPixelGeoreference georeference,
        LocalMetricFrame frame,
        IReadOnlyList<TrackPath> paths,
        double radiusMetres,
        ShiftSearch search,
        CancellationToken ct)
    {
        var gsd = Math.Max(0.05, georeference.GsdMetres);
        var jacobian = RegistrationResult.PixelsPerMetre(georeference, frame);

        var wideList = SamplePoints(georeference, frame, paths, Math.Max(2.0, gsd));
        var fineList = SamplePoints(georeference, frame, paths, Math.Max(1.0, gsd));
        if (wideList.Count == 0)
        {
            return new RegistrationResult((0, 0), 0);
        }

        var table = new VisibilityTable(planes);
        var clips = TrackTaps.SceneClips(planes, table, gsd, fineList);
        return Search(TapShare.OfAll) ?? Search(TapShare.OfSeenAtNominal) ?? new RegistrationResult((0, 0), 0);

        // A shift must see a share of all taps; where a cloud hides so much of the yard that no shift does, a share of
        // those the nominal position sees (so the part in view still registers the scene).
        RegistrationResult? Search(TapShare share)
        {
            var widePoints = TrackTaps.Of(planes, table, gsd, wideList, clips, share);
            var finePoints = TrackTaps.Of(planes, table, gsd, fineList, clips, share);
            var wideSubset = Subset(planes, table, gsd, wideList, search, clips, share);

            // The whole radius at full resolution (the rails are what tells neighbouring peaks apart: track spacing,
            // car pitch), on sparse points and a step of about a pixel; then the best few peaks are refined.
            var wideStep = Math.Max(0.25, gsd * 0.75);
            var wide = new ShiftGrid((0, 0), radiusMetres, wideStep, radiusMetres);
            Score(wide, widePoints, wideSubset, jacobian, search.WideKeep, search.WideReach, ct);
            var (best, bestScore) = wide.Best((0, 0));
            if (double.IsNegativeInfinity(bestScore))
            {
                return null;
            }

            var fineStep = Math.Max(0.1, gsd / 3);
            var refinedBest = double.NegativeInfinity;
            foreach (var candidate in wide.Peaks(RefinedPeaks))
            {
                var window = new ShiftGrid(candidate, Math.Max(1.0, wideStep), fineStep, radiusMetres);
                window.ScoreAll(finePoints, jacobian, ct);
                var (refined, refinedScore) = window.Best(candidate);
                if (refinedScore > refinedBest)
                {
                    refinedBest = refinedScore;
                    best = refined;
                }
            }

            return RegistrationResult.FromSearch(best, bestScore, wide.Scores());
        }
    }

    private const int RefinedPeaks = 4;

    /// <summary>Scores of the given shifts on the dense (1 m) points, as the refinement scores them (diagnostics).</summary>
    internal static double[] ScoreShifts(
        ScenePlanes planes,
        IPixelGeoreference georeference,
        LocalMetricFrame frame,
        IReadOnlyList<TrackPath> paths,
        IReadOnlyList<(double East, double North)> shifts,
        bool checkEveryTap = false)
    {
        var gsd = Math.Max(0.05, georeference.GsdMetres);
        var list = SamplePoints(georeference, frame, paths, Math.Max(1.0, gsd));
        var table = new VisibilityTable(planes);
        var points = TrackTaps.Of(planes, table, gsd, list, TrackTaps.SceneClips(planes, table, gsd, list), TapShare.OfAll);
        var scores = new double[shifts.Count];
        points.Score(RegistrationResult.PixelsPerMetre(georeference, frame), shifts.Select(s => s.East).ToArray(), shifts.Select(s => s.North).ToArray(), scores, checkEveryTap);
        return scores;
    }

    private static void Score(ShiftGrid grid, TrackTaps points, TrackTaps? subset, (double Ex, double Ey, double Nx, double Ny) jacobian, int keep, int reach, CancellationToken ct)
    {
        if (subset is null)
        {
            grid.ScoreAll(points, jacobian, ct);
        }
        else
        {
            grid.ScoreCoarseToFine(points, subset, jacobian, keep, reach, ct);
        }
    }

    /// <summary>Every SubsetStride-th parallel point and all transverse ones; null (search exhaustively) where that leaves too few.</summary>
    private static TrackTaps? Subset(ScenePlanes planes, VisibilityTable table, double gsd, List<Point> points, ShiftSearch search, (double Edge, double Band) clips, TapShare share)
    {
        var parallel = points.Count(p => !p.Transverse);
        if (search.IsExhaustive || parallel / search.SubsetStride < search.MinSubsetPoints)
        {
            return null;
        }

        var subset = new List<Point>();
        var k = 0;
        foreach (var p in points)
        {
            if (p.Transverse || (k++ % search.SubsetStride) == 0)
            {
                subset.Add(p);
            }
        }

        return TrackTaps.Of(planes, table, gsd, subset, clips, share);
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
    internal const double TransverseWeight = 0.3;

    /// <summary>The yard's main track direction: length-weighted mean of tangent directions (as axes, doubled angles).</summary>
    internal static (double X, double Y) DominantDirection(IReadOnlyList<TrackPath> paths)
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

    internal readonly record struct Point(double X, double Y, double Nx, double Ny, bool Transverse);
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
