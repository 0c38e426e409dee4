using RailWatch.Vision.Calibration;

namespace RailWatch.Cli.Commands.Calibrate;

/// <summary>The <c>evaluate --format json</c> document: the model, where its scenes came from (source), each band's accuracy and every scene.</summary>
internal sealed record EvaluationJson(string Model, string Source, IReadOnlyList<BandAccuracy> Bands, IReadOnlyList<EvaluatedSceneJson> Scenes)
{
    public static EvaluationJson From(string model, string source, IReadOnlyList<SceneOutcome> outcomes) =>
        new(model, source, BandAccuracy.Of(outcomes), [.. outcomes.Select(EvaluatedSceneJson.From)]);
}

/// <summary>One scene: its truth, the count with its interval, whether it meets the band's target, and the car matches.</summary>
internal sealed record EvaluatedSceneJson(
    string Name,
    double GsdM,
    string Band,
    int Truth,
    int? Count,
    int? Low,
    int? High,
    bool WithinTarget,
    bool? TruthInInterval,
    double ObservedFraction,
    int TruePositives,
    int FalsePositives,
    int FalseNegatives,
    double[] ShiftM,
    double[] TrueShiftM)
{
    public static EvaluatedSceneJson From(SceneOutcome o)
    {
        var count = o.Report.Count;
        return new(
            o.Label.Name,
            o.Label.GsdMetres,
            AccuracyEvaluator.BandName(o.Label.GsdMetres),
            o.Label.VisibleCount,
            o.Count,
            count.Total.Low,
            count.Total.High,
            AccuracyEvaluator.MeetsCountTarget(o),
            o.Count is null ? null : o.WithinInterval,
            count.ObservedFraction,
            o.TruePositives,
            o.FalsePositives,
            o.FalseNegatives,
            [count.ShiftMetres.East, count.ShiftMetres.North],
            [o.Label.TrueShiftMetres.East, o.Label.TrueShiftMetres.North]);
    }
}
