using System.Globalization;
using System.Text;
using RailWatch.Core.Geometry;
using RailWatch.Core.Labels;

namespace RailWatch.Vision.Calibration;

/// <summary>Scores counts against labels: count tolerances per resolution band, car-centre matching, interval coverage.</summary>
public static class AccuracyEvaluator
{
    /// <summary>A detected centre matches a true one within this distance.</summary>
    public const double MatchDistanceMetres = 6.0;

    public static SceneOutcome Score(SceneLabel label, CountReport report)
    {
        ArgumentNullException.ThrowIfNull(label);
        ArgumentNullException.ThrowIfNull(report);
        var (matched, nearAmbiguous) = Match(label, report);
        var tp = matched.Count(m => m);
        var fp = matched.Where((m, f) => !m && !nearAmbiguous[f]).Count();
        return new SceneOutcome(label, report, tp, fp, label.VisibleCarCentres.Count - tp);
    }

    /// <summary>
    /// For each car found, whether it is a true car's match (one-to-one, nearest pairs first, within
    /// <see cref="MatchDistanceMetres"/>) or, failing that, lies near a car whose visibility is ambiguous (neither
    /// true nor false).
    /// </summary>
    public static (bool[] Matched, bool[] NearAmbiguous) Match(SceneLabel label, CountReport report)
    {
        ArgumentNullException.ThrowIfNull(label);
        ArgumentNullException.ThrowIfNull(report);
        var found = report.Count.Cars.Select(c => c.Center).ToList();
        if (found.Count == 0)
        {
            return ([], []);
        }

        var frame = new LocalMetricFrame(label.VisibleCarCentres.Concat(found).First());
        return Match([.. found.Select(frame.ToMetres)], label, frame);
    }

    /// <summary><see cref="Match(SceneLabel, CountReport)"/> for points already in <paramref name="frame"/>'s metres.</summary>
    internal static (bool[] Matched, bool[] NearAmbiguous) Match(IReadOnlyList<(double X, double Y)> found, SceneLabel label, LocalMetricFrame frame)
    {
        var (matched, _) = PairNearest(found, [.. label.VisibleCarCentres.Select(frame.ToMetres)]);
        var ambiguous = label.AmbiguousCarCentres.Select(frame.ToMetres).ToList();
        var nearAmbiguous = new bool[found.Count];
        for (var f = 0; f < found.Count; f++)
        {
            nearAmbiguous[f] = !matched[f] && ambiguous.Any(a => Distance(a, found[f]) <= MatchDistanceMetres);
        }

        return (matched, nearAmbiguous);
    }

    /// <summary>
    /// Pairs found points with true ones (metres): one-to-one, nearest pairs first, within
    /// <see cref="MatchDistanceMetres"/>. Says for each found and each true point whether it was paired.
    /// </summary>
    public static (bool[] Found, bool[] Truth) PairNearest(IReadOnlyList<(double X, double Y)> found, IReadOnlyList<(double X, double Y)> truth)
    {
        ArgumentNullException.ThrowIfNull(found);
        ArgumentNullException.ThrowIfNull(truth);
        var pairs = new List<(double D, int T, int F)>();
        for (var t = 0; t < truth.Count; t++)
        {
            for (var f = 0; f < found.Count; f++)
            {
                var d = Distance(truth[t], found[f]);
                if (d <= MatchDistanceMetres)
                {
                    pairs.Add((d, t, f));
                }
            }
        }

        var usedT = new bool[truth.Count];
        var usedF = new bool[found.Count];
        foreach (var (_, t, f) in pairs.OrderBy(p => p.D))
        {
            if (!usedT[t] && !usedF[f])
            {
                usedT[t] = usedF[f] = true;
            }
        }

        return (usedF, usedT);
    }

    private static double Distance((double X, double Y) a, (double X, double Y) b) =>
        Math.Sqrt(((a.X - b.X) * (a.X - b.X)) + ((a.Y - b.Y) * (a.Y - b.Y)));

    /// <summary>The issue's target for a scene: within ±max(1 car, 3%) at ≤ 0.5 m, ±8% to 1 m, ±20% coarser.</summary>
    public static bool MeetsCountTarget(SceneOutcome o)
    {
        ArgumentNullException.ThrowIfNull(o);
        if (o.Count is not { } c)
        {
            return false;
        }

        return Math.Abs(c - o.Label.VisibleCount) <= CountTolerance(o.Label.GsdMetres, o.Label.VisibleCount) + 1e-9;
    }

    /// <summary>How far a count may miss <paramref name="truth"/> and meet the issue's target at this resolution.</summary>
    public static double CountTolerance(double gsd, int truth) =>
        gsd <= 0.5 + 1e-9 ? Math.Max(1, 0.03 * truth) : gsd <= 1.0 + 1e-9 ? 0.08 * truth : 0.2 * truth;

    public static string BandName(double gsd) => gsd <= 0.5 + 1e-9 ? "≤ 0.5 m" : gsd <= 1.0 + 1e-9 ? "0.5–1 m" : gsd <= 2.0 ? "1–2 m" : "3 m (> 2 m)";

    /// <summary>A Markdown table of <see cref="BandAccuracy"/> per resolution band (interval width: (high − low) / truth, median over scenes).</summary>
    public static string MarkdownTable(IReadOnlyList<SceneOutcome> outcomes)
    {
        var sb = new StringBuilder();
        sb.AppendLine("| GSD band | scenes | count within target | target | truth in [low, high] | median interval width | car precision | car recall | median abs. error | null counts |");
        sb.AppendLine("|---|---|---|---|---|---|---|---|---|---|");
        foreach (var b in BandAccuracy.Of(outcomes))
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"| {b.Band} | {b.Scenes} | {P1(b.WithinTarget)} | {b.Target} | {P1(b.TruthInInterval)} | {P(b.MedianIntervalWidth, "P0")} | {P1(b.CarPrecision)} | {P1(b.CarRecall)} | {P1(b.MedianAbsoluteError)} | {b.NullCounts} |");
        }

        return sb.ToString();
    }

    private static string P1(double? x) => P(x, "P1");

    private static string P(double? x, string format) => x is { } v ? v.ToString(format, CultureInfo.InvariantCulture) : "–";
}
