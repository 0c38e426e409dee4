using RailWatch.Vision.Calibration;
using RailWatch.Vision.Model;
using RailWatch.Vision.Tests.Support;

namespace RailWatch.Vision.Tests.Calibration;

public class IntervalFitTests
{
    private const double FineGsd = 0.4;

    private static SceneOutcome Outcome(int truth, int count, double observedFraction, double unsureCars) =>
        CalibrationOutcomes.Scene(truth, count, FineGsd, observedPitches: 0, observedFraction, unsureCars);

    /// <summary>
    /// Forty clear scenes read within a car or two; every fifth of ten half-hidden scenes reads a third of its cars
    /// low, the others within a few: the error grows with the hidden share.
    /// </summary>
    private static List<SceneOutcome> CloudDrivenOutcomes()
    {
        var outcomes = new List<SceneOutcome>();
        for (var i = 0; i < 40; i++)
        {
            var truth = 40 + i;
            outcomes.Add(Outcome(truth, truth + ((i % 5) - 2), 1.0, 2));
        }

        for (var i = 0; i < 10; i++)
        {
            var truth = 40 + (3 * i);
            outcomes.Add(Outcome(truth, i % 5 == 0 ? (int)(truth * 0.67) : truth - 3 + (i % 3), 0.5, 2));
        }

        return outcomes;
    }

    private static GsdBand FineBand(CounterModel model) => model.Bands.First(b => b.MaxGsdMetres >= FineGsd);

    [Test]
    public void Fit_ErrorsGrowingWithHiddenShare_WidenHiddenScenesAndNarrowClearOnes()
    {
        var outcomes = CloudDrivenOutcomes();

        var perScene = FineBand(ModelCalibrator.Fit(new CounterModel(), outcomes, "test"));
        var countOnly = perScene with { ObservedWeight = 0, UnsureWeight = 0 };
        var countOnlyFitted = FineBand(ModelCalibrator.Fit(new CounterModel(), [.. outcomes.Select(o => Outcome(o.Label.VisibleCount, o.Count!.Value, 1.0, 2))], "test"));

        var clear = perScene.Interval(60, new IntervalEvidence(1.0, 2));
        var hidden = perScene.Interval(60, new IntervalEvidence(0.5, 2));
        var plain = countOnlyFitted.Interval(60, new IntervalEvidence(1.0, 2));
        Assert.Multiple(() =>
        {
            Assert.That(perScene.ObservedWeight, Is.GreaterThan(0));
            Assert.That(hidden.High - hidden.Low, Is.GreaterThan(clear.High - clear.Low));
            Assert.That(clear.High - clear.Low, Is.LessThan(plain.High - plain.Low), "a clear scene's interval is narrower than one fitted without evidence");
            Assert.That(countOnly.Scale(60, new IntervalEvidence(0.5, 30)), Is.EqualTo(60), "zero weights scale with the count alone");
        });
    }

    [Test]
    public void Fit_PerSceneIntervals_HoldEveryCalibrationTruth()
    {
        var outcomes = CloudDrivenOutcomes();

        var band = FineBand(ModelCalibrator.Fit(new CounterModel(), outcomes, "test"));

        foreach (var o in outcomes)
        {
            var estimate = band.Estimate(o.Report.RawTotal!.Value, 0, o.Report.Evidence);
            Assert.That(o.Label.VisibleCount, Is.InRange(estimate.Low!.Value, estimate.High!.Value), o.Label.Name);
        }
    }

    [Test]
    public void Scale_UnsureTrack_WidensInProportionToTheUndecidedCarsPerCarCounted()
    {
        var band = new GsdBand { MaxGsdMetres = 1, RelativeLow = 0.1, RelativeHigh = 0.1, UnsureWeight = 2 };

        Assert.Multiple(() =>
        {
            Assert.That(band.Scale(50, new IntervalEvidence(1, 0)), Is.EqualTo(50));
            Assert.That(band.Scale(50, new IntervalEvidence(1, 25)), Is.EqualTo(100).Within(1e-9));
            Assert.That(band.Scale(0, new IntervalEvidence(1, 5)), Is.EqualTo(3).Within(1e-9), "counts below 5 are scaled as 5, and never below 1");
        });
    }
}
