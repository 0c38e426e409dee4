using RailWatch.Core.Flags;

namespace RailWatch.Stats.Tests;

public sealed class YardMonitorTests
{
    [Test]
    public void Assess_OutOfOrder_Throws()
    {
        var monitor = new YardMonitor("a", new DetectorOptions());
        var t = SeriesBuilder.Start;
        monitor.Commit(monitor.Assess(new CountObservation("a", t, 10)), spikeAccepted: false);

        Assert.That(() => monitor.Assess(new CountObservation("a", t, 11)), Throws.ArgumentException);
    }

    [Test]
    public void Commit_WithoutMatchingAssess_Throws()
    {
        var monitor = new YardMonitor("a", new DetectorOptions());
        var a = monitor.Assess(new CountObservation("a", SeriesBuilder.Start, 10));
        monitor.Commit(a, spikeAccepted: false);

        Assert.That(() => monitor.Commit(a, spikeAccepted: false), Throws.InvalidOperationException);
    }

    [Test]
    public void Assess_DoesNotChangeState()
    {
        var series = SeriesBuilder.Series("a", seed: 2, days: 120, mean: _ => 25);
        var monitor = new YardMonitor("a", new DetectorOptions());
        foreach (var o in series)
        {
            monitor.Commit(monitor.Assess(o), spikeAccepted: false);
        }

        var next = new CountObservation("a", SeriesBuilder.Start.AddDays(130), 27);
        var first = monitor.Assess(next);
        var second = monitor.Assess(next);

        Assert.That(second.Expected, Is.EqualTo(first.Expected));
        Assert.That(second.SpikePValue, Is.EqualTo(first.SpikePValue));
        Assert.That(first.Expected, Is.EqualTo(25).Within(5));
    }
}
