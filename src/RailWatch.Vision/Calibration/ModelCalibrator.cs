namespace RailWatch.Vision.Calibration;

using RailWatch.Vision.Model;

/// <summary>
/// Fits the per-resolution corrections of a model from labelled outcomes: for coarse bands the count correction,
/// then for every band the intervals (<see cref="IntervalFit"/>): split-conformal bounds of the error scaled by each
/// scene's own evidence, so that the truth falls inside [low, high] on at least <see cref="TargetCoverage"/> of new
/// scenes and confident scenes get narrow intervals.
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
            // scaled or not, whichever predicts the scenes left out in turn better (FitCoarse).
            var fitted = band with { CountScale = 1, EmptyOffset = 0 };
            if (band.MaxGsdMetres > model.MaxSegmentationGsdMetres)
            {
                fitted = FitCoarse(band, inBand);
            }

            bands.Add(IntervalFit.Fit(fitted, inBand.Select(Scene).ToList(), TargetCoverage));
        }

        return model with { Version = version, Bands = bands };
    }

    private static IntervalScene Scene(SceneOutcome o) =>
        new(o.Report.RawTotal!.Value, o.Report.ObservedPitches ?? 0, o.Label.VisibleCount, o.Report.Evidence);

    /// <summary>
    /// The coarse correction that predicts held-out scenes best: the raw count as it is or scaled, the scale fitted by
    /// minimising the mean capped log ratio to the truth (<see cref="CoarseScene.Loss"/>), the two compared by that
    /// loss on each scene left out in turn. An empty-track offset (b × observed pitches) is not fitted: learnt on
    /// the calibration yards' sizes it drove the counts of a larger yard to zero.
    /// </summary>
    private static GsdBand FitCoarse(GsdBand band, List<SceneOutcome> inBand)
    {
        var scenes = inBand.Select(o => new CoarseScene(o.Report.RawTotal!.Value, o.Label.VisibleCount)).ToList();
        var fits = new Func<IReadOnlyList<CoarseScene>, double>[] { _ => 1, BestScale };
        var best = 1.0;
        var bestError = double.PositiveInfinity;
        foreach (var fit in fits)
        {
            var error = 0.0;
            for (var i = 0; i < scenes.Count; i++)
            {
                error += scenes[i].Loss(fit([.. scenes.Where((_, j) => j != i)]));
            }

            if (error < bestError - 1e-9)
            {
                bestError = error;
                best = fit(scenes);
            }
        }

        return band with { CountScale = Math.Round(best, 4), EmptyOffset = 0 };
    }

    /// <summary>The scale of 0.30, 0.31, … 2.00 with the least total loss (the smallest of equals).</summary>
    private static double BestScale(IReadOnlyList<CoarseScene> scenes)
    {
        var best = 1.0;
        var bestLoss = double.PositiveInfinity;
        for (var i = 0; i <= 170; i++)
        {
            var scale = 0.3 + (i * 0.01);
            var loss = scenes.Sum(s => s.Loss(scale));
            if (loss < bestLoss - 1e-12)
            {
                bestLoss = loss;
                best = scale;
            }
        }

        return best;
    }

    /// <summary>
    /// One calibration scene of a coarse band. Its loss is the size of the log ratio of corrected count to truth,
    /// capped at a factor of two: symmetric (reading half the cars costs what reading twice as many does, where a
    /// relative error would favour reading too few), and a scene that reads three times its cars counts no more than
    /// one that reads twice as many.
    /// </summary>
    private readonly record struct CoarseScene(double Raw, double Truth)
    {
        private static readonly double Cap = Math.Log(2);

        public double Loss(double scale) => Math.Min(Cap, Math.Abs(Math.Log(((scale * Raw) + 1) / (Truth + 1))));
    }
}
