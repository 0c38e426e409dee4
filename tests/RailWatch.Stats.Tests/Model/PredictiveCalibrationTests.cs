using MathNet.Numerics.Distributions;
using RailWatch.Core.Flags;

namespace RailWatch.Stats.Tests.Model;

public sealed class PredictiveCalibrationTests
{
    [TestCase(4)]
    [TestCase(10)]
    [TestCase(30)]
    public void Assess_AfterAYearOfNegativeBinomialCounts_SpikeLevelIsNotExceededMuchMoreOftenThanNominal(double size)
    {
        // A year of counts every 3 days, NB(mean 40, size); then the exact probability, under that same NB, that a
        // count gets a spike p-value at or below 1%. Estimating the dispersion from a year's counts must not make an
        // overdispersed yard's tail look much thinner than it is (nor a near-Poisson yard's much fatter). One yard's
        // state is one draw of the estimation error, so the rate is averaged over yards.
        const double mean = 40;
        const int yards = 12;
        var truth = new NegativeBinomial(size, size / (size + mean));
        var exceed = 0.0;
        for (var seed = 0; seed < yards; seed++)
        {
            var monitor = new YardMonitor("y", new DetectorOptions());
            foreach (var o in SeriesBuilder.Series("y", 400 + seed, days: 366, mean: _ => mean, size: size, step: 3))
            {
                monitor.Commit(monitor.Assess(o), spikeAccepted: false);
            }

            var at = SeriesBuilder.Start.AddDays(369);
            for (var y = 0; y < 600; y++)
            {
                if (monitor.Assess(new CountObservation("y", at, y)).SpikePValue <= 0.01)
                {
                    exceed += truth.Probability(y) / yards;
                }
            }
        }

        TestContext.Out.WriteLine($"P(p <= 0.01) = {exceed:0.0000}");
        Assert.That(exceed, Is.InRange(0.001, 0.015));
    }
}
