namespace RailWatch.Vision.Calibration;

using RailWatch.Vision.Model;

/// <summary>
/// Fits the per-resolution corrections of a model from labelled outcomes: for coarse bands the count correction
/// (least squares on the raw count and the observed track length), then for every band the interval widths as
/// split-conformal bounds of the remaining relative error, so that the truth falls inside [low, high] on at least
/// <see cref="TargetCoverage"/> of new scenes.
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

            // Where cars are segmented one by one the count is an integer that is exactly right or off by the cars
            // missed or added: scaling it would move the right counts too, so only coarse bands are corrected —
            // by least squares on the raw count and the observed track length (see GsdBand.EmptyOffset).
            var fitted = band with { CountScale = 1, EmptyOffset = 0 };
            if (band.MaxGsdMetres > model.MaxSegmentationGsdMetres)
            {
                fitted = FitCoarse(band, inBand);
            }

            var residuals = inBand
                .Select(o =>
                {
                    var estimate = fitted.Apply(o.Report.RawTotal!.Value, o.Report.ObservedPitches ?? 0);
                    return (o.Label.VisibleCount - estimate) / Math.Max(1, estimate);
                })
                .OrderBy(x => x)
                .ToList();
            var tail = (1 - TargetCoverage) / 2;
            bands.Add(fitted with
            {
                RelativeLow = Math.Round(Math.Max(0.01, -ConformalLower(residuals, tail)), 4),
                RelativeHigh = Math.Round(Math.Max(0.01, ConformalUpper(residuals, tail)), 4),
            });
        }

        return model with { Version = version, Bands = bands };
    }

    /// <summary>count ≈ a × raw + b × observed pitches, least squares; the median ratio alone where that is ill-posed.</summary>
    private static GsdBand FitCoarse(GsdBand band, List<SceneOutcome> inBand)
    {
        double sxx = 0, sxy = 0, syy = 0, sxt = 0, syt = 0;
        foreach (var o in inBand)
        {
            var x = o.Report.RawTotal!.Value;
            var y = o.Report.ObservedPitches ?? 0;
            var t = (double)o.Label.VisibleCount;
            sxx += x * x;
            sxy += x * y;
            syy += y * y;
            sxt += x * t;
            syt += y * t;
        }

        var det = (sxx * syy) - (sxy * sxy);
        if (Math.Abs(det) > 1e-9 * Math.Max(1, sxx * syy))
        {
            var a = ((sxt * syy) - (syt * sxy)) / det;
            var b = ((sxx * syt) - (sxy * sxt)) / det;
            if (a is > 0.3 and < 4)
            {
                return band with { CountScale = Math.Round(a, 4), EmptyOffset = Math.Round(b, 4) };
            }
        }

        var ratios = inBand.Select(o => o.Label.VisibleCount / o.Report.RawTotal!.Value).OrderBy(x => x).ToList();
        return band with { CountScale = Math.Round(Math.Clamp(Quantile(ratios, 0.5), 0.5, 2.0), 4), EmptyOffset = 0 };
    }

    /// <summary>
    /// Split-conformal bounds: with n calibration residuals, the ⌈(n + 1)(1 − tail)⌉-th smallest (largest) keeps a
    /// new scene above (below) it with probability at least 1 − tail — a plain quantile of a few dozen scenes
    /// falls short of that on new ones.
    /// </summary>
    private static double ConformalUpper(List<double> sorted, double tail)
    {
        var rank = (int)Math.Ceiling((sorted.Count + 1) * (1 - tail));
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }

    private static double ConformalLower(List<double> sorted, double tail)
    {
        var rank = (int)Math.Floor((sorted.Count + 1) * tail);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }

    private static double Quantile(List<double> sorted, double q)
    {
        var pos = q * (sorted.Count - 1);
        var lo = (int)Math.Floor(pos);
        var hi = Math.Min(sorted.Count - 1, lo + 1);
        return sorted[lo] + ((pos - lo) * (sorted[hi] - sorted[lo]));
    }
}
