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
            // by the raw count and the observed track length (see GsdBand.EmptyOffset), chosen by cross-validation.
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

    /// <summary>
    /// The coarse correction that predicts held-out scenes best: the raw count as it is, a scale, or a scale and an
    /// empty-track offset (count ≈ a × raw + b × observed pitches). Each is fitted by minimising the mean absolute
    /// relative error, capped at 1 per scene (the targets are relative, and a small yard that reads three times its
    /// cars must not drag the scale of every other one), and the three are compared by that same error on each scene
    /// left out in turn, so that a dozen or two calibration scenes do not buy a parameter that only fits them.
    /// </summary>
    private static GsdBand FitCoarse(GsdBand band, List<SceneOutcome> inBand)
    {
        var scenes = inBand
            .Select(o => new CoarseScene(o.Report.RawTotal!.Value, o.Report.ObservedPitches ?? 0, o.Label.VisibleCount))
            .ToList();
        var fits = new Func<IReadOnlyList<CoarseScene>, (double A, double B)>[]
        {
            _ => (1, 0),
            train => Best(train, Scales, [0.0]),
            train => Best(train, Scales, Offsets),
        };
        var best = (A: 1.0, B: 0.0);
        var bestError = double.PositiveInfinity;
        foreach (var fit in fits)
        {
            var error = 0.0;
            for (var i = 0; i < scenes.Count; i++)
            {
                var (a, b) = fit([.. scenes.Where((_, j) => j != i)]);
                error += scenes[i].Loss(a, b);
            }

            if (error < bestError - 1e-9)
            {
                bestError = error;
                best = fit(scenes);
            }
        }

        return band with { CountScale = Math.Round(best.A, 4), EmptyOffset = Math.Round(best.B, 4) };
    }

    private static readonly double[] Scales = [.. Enumerable.Range(0, 171).Select(i => 0.3 + (i * 0.01))];

    private static readonly double[] Offsets = [.. Enumerable.Range(0, 141).Select(i => -0.5 + (i * 0.005))];

    /// <summary>The (a, b) of the grid with the least total loss; ties keep the first (smallest scale, most negative offset).</summary>
    private static (double A, double B) Best(IReadOnlyList<CoarseScene> scenes, double[] scales, double[] offsets)
    {
        var best = (A: 1.0, B: 0.0);
        var bestLoss = double.PositiveInfinity;
        foreach (var a in scales)
        {
            foreach (var b in offsets)
            {
                var loss = scenes.Sum(s => s.Loss(a, b));
                if (loss < bestLoss - 1e-12)
                {
                    bestLoss = loss;
                    best = (a, b);
                }
            }
        }

        return best;
    }

    private readonly record struct CoarseScene(double Raw, double Pitches, double Truth)
    {
        public double Loss(double a, double b) => Math.Min(1, Math.Abs(Math.Max(0, (a * Raw) + (b * Pitches)) - Truth) / Math.Max(1, Truth));
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
}
