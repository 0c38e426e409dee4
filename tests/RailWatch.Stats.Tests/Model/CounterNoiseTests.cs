using RailWatch.Stats.Model;

namespace RailWatch.Stats.Tests.Model;

public sealed class CounterNoiseTests
{
    [Test]
    public void NullSd_IntervalsGrowingWithCount_GivesTheSdAtTheExpectedCount()
    {
        var noise = new CounterNoise();
        for (var i = 0; i < 60; i++)
        {
            var count = 20 + (i % 21);             // 20..40
            noise.Add(count, 0.5 + (0.1 * count)); // SD = 0.5 + 0.1 · count
        }

        // A surge counted at 120 reports SD 12.5; at the baseline of 30 the counter's SD would have been 3.5.
        Assert.That(noise.NullSd(observedSd: 12.5, mean: 30), Is.EqualTo(3.5).Within(0.01));
    }

    [Test]
    public void NullSd_BeforeFiveIntervals_IsTheObservationsOwn()
    {
        var noise = new CounterNoise();
        noise.Add(30, 3.5);
        noise.Add(35, 4.0);

        Assert.That(noise.NullSd(observedSd: 12.5, mean: 30), Is.EqualTo(12.5));
    }

    [Test]
    public void NullSd_NoInterval_IsZero()
    {
        var noise = new CounterNoise();
        for (var i = 0; i < 20; i++)
        {
            noise.Add(20 + i, 2 + (0.1 * i));
        }

        Assert.That(noise.NullSd(observedSd: 0, mean: 30), Is.Zero);
    }
}
