using RailWatch.Core.Flags;
using RailWatch.Stats.Evaluation;

namespace RailWatch.Stats.Tests.Evaluation;

public sealed class BenchmarkScorerTests
{
    [Test]
    public void Score_HandMadeCase_CountsRecallDelayFalseAlarmsAndPrecision()
    {
        var o = new SyntheticSeriesOptions { Yards = 1, Days = 730, BurnInDays = 365 };
        var d0 = o.Start.AddDays(400);
        DateTimeOffset At(int day) => new(o.Start.AddDays(day).ToDateTime(new TimeOnly(2, 0)), TimeSpan.Zero);
        var observations = new[] { 395, 400, 403, 420, 500, 510, 600 }.Select(d => new CountObservation("y", At(d), 10)).ToList();
        var events = new List<LabelledEvent>
        {
            new("y", EventKind.Sustained, d0, d0.AddDays(9), 2),            // days 400–409, observed on 400 and 403
            new("y", EventKind.Spike, o.Start.AddDays(500), o.Start.AddDays(500), 3),  // observed
            new("y", EventKind.Spike, o.Start.AddDays(550), o.Start.AddDays(551), 3),  // never observed
            new("y", EventKind.Decrease, o.Start.AddDays(600), o.Start.AddDays(620), 0.5),
        };
        var series = new SyntheticSeries(o, observations, events);
        var flags = new[] { 403, 405, 412, 510, 600, 100 }.Select(d => ("y", o.Start.AddDays(d)));

        var s = BenchmarkScorer.Score("m", series, flags);

        Assert.That((s.RisesDetected, s.RisesObservable), Is.EqualTo((1, 1)));
        Assert.That((s.SpikesDetected, s.SpikesObservable, s.SpikesTotal), Is.EqualTo((0, 1, 2)));
        Assert.That(s.MedianRiseDelayDays, Is.EqualTo(3));
        Assert.That(s.RisesFlaggedWithinThreeDays, Is.EqualTo(1), "flagged on day 403, three days after its start");
        Assert.That(s.MedianRiseWaitDays, Is.EqualTo(0), "observed on its first day");
        Assert.That((s.TrueFlags, s.FalseFlags), Is.EqualTo((2, 2)), "412 is in the grace; 510 and 600 (a decrease) are false; 100 is burn-in");
        Assert.That(s.FlagsDuringDecreases, Is.EqualTo(1));
        Assert.That(s.Precision, Is.EqualTo(0.5));
        Assert.That(s.FalseAlarmsPerYardYear, Is.EqualTo(2 / (365 / 365.25)).Within(1e-9));
        Assert.That(s.BurnInFalseAlarmsPerYardYear, Is.EqualTo(1 / (365 / 365.25)).Within(1e-9));
    }

    [Test]
    public void Score_RiseFirstSeenAfterItsStart_SplitsDelayIntoWaitAndDetection()
    {
        var o = new SyntheticSeriesOptions { Yards = 1, Days = 730, BurnInDays = 365 };
        DateTimeOffset At(int day) => new(o.Start.AddDays(day).ToDateTime(new TimeOnly(2, 0)), TimeSpan.Zero);
        var observations = new[] { 390, 404, 407, 411, 420 }.Select(d => new CountObservation("y", At(d), 10)).ToList();
        var rise = new LabelledEvent("y", EventKind.Sustained, o.Start.AddDays(400), o.Start.AddDays(429), 2);
        var series = new SyntheticSeries(o, observations, [rise]);

        var s = BenchmarkScorer.Score("m", series, [("y", o.Start.AddDays(411))]);

        Assert.That(s.MedianRiseDelayDays, Is.EqualTo(11), "from the rise's start (day 400)");
        Assert.That(s.MedianRiseDelayFromFirstObservationDays, Is.EqualTo(7), "from its first observation (day 404)");
        Assert.That(s.MedianRiseObservationsToFlag, Is.EqualTo(3), "404, 407 and 411");
        Assert.That(s.MedianRiseWaitDays, Is.EqualTo(4), "first seen on day 404");
        Assert.That(s.RisesFlaggedWithinThreeDays, Is.EqualTo(0), "flagged 11 days after its start");
    }
}
