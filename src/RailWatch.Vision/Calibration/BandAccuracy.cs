namespace RailWatch.Vision.Calibration;

/// <summary>
/// The counter's accuracy over the scenes of one resolution band (<see cref="AccuracyEvaluator.BandName"/>). Shares are
/// fractions (0–1); a metric that has nothing to measure (no observed scene, no separated cars) is null.
/// </summary>
public sealed record BandAccuracy(
    string Band,
    int Scenes,
    double WithinTarget,
    string Target,
    double? TruthInInterval,
    double? MedianIntervalWidth,
    double? CarPrecision,
    double? CarRecall,
    double? MedianAbsoluteError,
    int NullCounts)
{
    /// <summary>The accuracy of each band the outcomes fall in, finest band first.</summary>
    public static IReadOnlyList<BandAccuracy> Of(IReadOnlyList<SceneOutcome> outcomes)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        return [.. outcomes
            .GroupBy(o => AccuracyEvaluator.BandName(o.Label.GsdMetres))
            .OrderBy(g => g.Min(o => o.Label.GsdMetres))
            .Select(g => Of(g.Key, [.. g]))];
    }

    private static BandAccuracy Of(string band, IReadOnlyList<SceneOutcome> list)
    {
        var observed = list.Where(o => o.Count is not null).ToList();
        var tp = list.Sum(o => o.TruePositives);
        var fp = list.Sum(o => o.FalsePositives);
        var fn = list.Sum(o => o.FalseNegatives);
        var separated = list.Any(o => o.Report.Count.Cars.Count > 0);
        return new BandAccuracy(
            band,
            list.Count,
            list.Count(AccuracyEvaluator.MeetsCountTarget) / (double)list.Count,
            TargetOf(band),
            observed.Count == 0 ? null : observed.Count(o => o.WithinInterval) / (double)observed.Count,
            UpperMedian(observed.Select(o => (o.Report.Count.Total.High!.Value - o.Report.Count.Total.Low!.Value) / (double)Math.Max(1, o.Label.VisibleCount))),
            separated && tp + fp > 0 ? tp / (double)(tp + fp) : null,
            separated && tp + fn > 0 ? tp / (double)(tp + fn) : null,
            UpperMedian(observed.Select(o => Math.Abs(o.RelativeError!.Value))),
            list.Count - observed.Count);
    }

    private static string TargetOf(string band) => band switch
    {
        "≤ 0.5 m" => "≥ 95% within ±max(1, 3%)",
        "0.5–1 m" => "≥ 90% within ±8%",
        "1–2 m" => "(none) ±20%",
        _ => "≥ 80% within ±20%",
    };

    /// <summary>The middle value, the upper one of the two middle values for an even count (as the tables always took it).</summary>
    private static double? UpperMedian(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? null : sorted[sorted.Count / 2];
    }
}
