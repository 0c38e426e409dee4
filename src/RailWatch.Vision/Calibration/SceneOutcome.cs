using RailWatch.Core.Labels;

namespace RailWatch.Vision.Calibration;

/// <summary>How the counter did on one labelled scene.</summary>
public sealed record SceneOutcome(SceneLabel Label, CountReport Report, int TruePositives, int FalsePositives, int FalseNegatives)
{
    public int? Count => Report.Count.Total.Count;

    public bool WithinInterval => Report.Count.Total.Low <= Label.VisibleCount && Label.VisibleCount <= Report.Count.Total.High;

    /// <summary>Relative error of the count against the visible truth (null when not observed).</summary>
    public double? RelativeError => Count is { } c ? (c - Label.VisibleCount) / (double)Math.Max(1, Label.VisibleCount) : null;
}
