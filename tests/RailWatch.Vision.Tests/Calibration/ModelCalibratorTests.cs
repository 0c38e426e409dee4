using RailWatch.Vision.Calibration;
using RailWatch.Vision.Model;
using RailWatch.Vision.Tests.Support;

namespace RailWatch.Vision.Tests.Calibration;

public class ModelCalibratorTests
{
    private const double CoarseGsd = 3.0;

    private static SceneOutcome Outcome(int truth, double raw) => CalibrationOutcomes.Scene(truth, raw, CoarseGsd, observedPitches: 100);

    private static GsdBand CoarseBand(CounterModel model) => model.Bands.Single(b => b.MaxGsdMetres > CoarseGsd);

    // Reads of ±5–12% around the truth, in no order the scale could follow.
    private static readonly double[] Noise = [1.05, 0.92, 1.1, 0.95, 1.02, 0.9, 1.08, 0.97, 1.12, 0.94, 1.0, 0.88];

    [Test]
    public void Fit_CoarseScenesReadingTwiceTheirCars_ScalesTheCountByAboutAHalf()
    {
        var outcomes = Noise.Select((f, i) => Outcome(20 + (10 * i), 2 * f * (20 + (10 * i)))).ToList();

        var fitted = ModelCalibrator.Fit(new CounterModel(), outcomes, "test");

        Assert.That(CoarseBand(fitted).CountScale, Is.EqualTo(0.5).Within(0.05));
        Assert.That(CoarseBand(fitted).EmptyOffset, Is.Zero);
    }

    [Test]
    public void Fit_CoarseScenesReadAboutRight_KeepsTheRawCount()
    {
        var outcomes = Noise.Select((f, i) => Outcome(20 + (10 * i), f * (20 + (10 * i)))).ToList();

        var fitted = ModelCalibrator.Fit(new CounterModel(), outcomes, "test");

        Assert.That(CoarseBand(fitted).CountScale, Is.EqualTo(1).Within(0.03));
    }

    [Test]
    public void Fit_OneSceneReadingFarTooMany_DoesNotDragTheScale()
    {
        var outcomes = Noise.Select((f, i) => Outcome(20 + (10 * i), f * (20 + (10 * i)))).ToList();
        outcomes.Add(Outcome(10, 60));

        var fitted = ModelCalibrator.Fit(new CounterModel(), outcomes, "test");

        Assert.That(CoarseBand(fitted).CountScale, Is.EqualTo(1).Within(0.05));
    }

    [Test]
    public void Fit_Intervals_HoldEveryCalibrationTruth()
    {
        var outcomes = Noise.Select((f, i) => Outcome(20 + (10 * i), 2 * f * (20 + (10 * i)))).ToList();

        var band = CoarseBand(ModelCalibrator.Fit(new CounterModel(), outcomes, "test"));

        foreach (var o in outcomes)
        {
            var estimate = band.Estimate(o.Report.RawTotal!.Value, o.Report.ObservedPitches!.Value, o.Report.Evidence);
            Assert.That(o.Label.VisibleCount, Is.InRange(estimate.Low!.Value, estimate.High!.Value), o.Label.Name);
        }
    }
}
