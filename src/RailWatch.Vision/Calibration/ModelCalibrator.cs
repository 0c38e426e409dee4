namespace RailWatch.Vision.Calibration;

using RailWatch.Vision.Model;

/// <summary>
/// Fits the per-resolution corrections of a model from labelled outcomes: the count scale that removes the median
/// bias, then the interval widths as quantiles of the remaining relative error so that the truth falls inside
/// [low, high] on about <see cref="TargetCoverage"/> of scenes.
/// </summary>
public static class ModelCalibrator
{
    public const double TargetCoverage = 0.93;

    public static CounterModel Fit(CounterModel model, IReadOnlyList<SceneOutcome> outcomes, string version)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(outcomes);
        var bands = new List<GsdBand>();
        double previous = 0;
        foreach (var band in model.Bands)
        {
            var inBand = outcomes
                .Where(o => o.Label.GsdMetres > previous && o.Label.GsdMetres <= band.MaxGsdMetres && o.Report.RawTotal is > 0)
                .ToList();
            previous = band.MaxGsdMetres;
            if (inBand.Count < 5)
            {
                bands.Add(band);
                continue;
            }

            var ratios = inBand.Select(o => o.Label.VisibleCount / o.Report.RawTotal!.Value).OrderBy(x => x).ToList();
            var scale = Math.Clamp(Quantile(ratios, 0.5), 0.5, 2.0);
            var residuals = inBand
                .Select(o => (o.Label.VisibleCount - (o.Report.RawTotal!.Value * scale)) / Math.Max(1, o.Report.RawTotal!.Value * scale))
                .OrderBy(x => x)
                .ToList();
            var tail = (1 - TargetCoverage) / 2;
            bands.Add(band with
            {
                CountScale = Math.Round(scale, 4),
                RelativeLow = Math.Round(Math.Max(0.01, -Quantile(residuals, tail)), 4),
                RelativeHigh = Math.Round(Math.Max(0.01, Quantile(residuals, 1 - tail)), 4),
            });
        }

        return model with { Version = version, Bands = bands };
    }

    private static double Quantile(List<double> sorted, double q)
    {
        var pos = q * (sorted.Count - 1);
        var lo = (int)Math.Floor(pos);
        var hi = Math.Min(sorted.Count - 1, lo + 1);
        return sorted[lo] + ((pos - lo) * (sorted[hi] - sorted[lo]));
    }
}
