using RailWatch.Core.Flags;
using RailWatch.Stats.Evaluation;

namespace RailWatch.Stats.Tests;

public sealed class IncreaseDetectorTests
{
    private static readonly IncreaseDetector Detector = new(new DetectorOptions());

    [Test]
    public void Evaluate_SurgeFromTwentyToSeventy_IsFlaggedWithinDays()
    {
        // About 20 cars for a year, then a surge to over 70 (as at Tumangang in autumn 2023).
        var series = SeriesBuilder.Series("tumangang", seed: 3, days: 420, mean: d => d < 380 ? 20 : 72);

        var flags = Detector.Evaluate(series);

        Assert.That(flags, Is.Not.Empty);
        var first = flags.Min(f => f.Acquired);
        Assert.That(first, Is.GreaterThanOrEqualTo(SeriesBuilder.Start.AddDays(380)));
        Assert.That(first, Is.LessThanOrEqualTo(SeriesBuilder.Start.AddDays(386)));
        Assert.That(flags[0].Expected, Is.LessThan(30));
        Assert.That(flags[0].Reason, Does.Contain("cars counted against about"));
    }

    [Test]
    public void Evaluate_StableSeries_RaisesNoFlag()
    {
        var series = Enumerable.Range(0, 10)
            .SelectMany(y => SeriesBuilder.Series($"yard{y}", seed: 100 + y, days: 365, mean: _ => 15 + (10 * y)))
            .ToList();

        var flags = Detector.Evaluate(series);

        // The default spike rate is one false alarm per yard-year for a perfectly specified model, and the CUSUM's
        // measured rate is far below its nominal one (docs/stats.md): at most one per yard-year here.
        Assert.That(flags, Has.Count.LessThanOrEqualTo(10));
    }

    [Test]
    public void Evaluate_Decrease_IsNotFlaggedNorItsRecovery()
    {
        // 40 cars, a drop to 15 for 30 days, then back to 40.
        var series = SeriesBuilder.Series("yard", seed: 7, days: 500, mean: d => d is >= 400 and < 430 ? 15 : 40);

        var flags = Detector.Evaluate(series);

        Assert.That(flags.Where(f => f.Acquired >= SeriesBuilder.Start.AddDays(400)), Is.Empty);
    }

    [Test]
    public void Evaluate_CutAtAnyDate_GivesExactlyTheFlagsUpToThatDate()
    {
        var series = SyntheticSeriesGenerator.Generate(new SyntheticSeriesOptions { Yards = 12, Seed = 5 }).Observations;
        var all = Detector.Evaluate(series);
        Assert.That(all, Is.Not.Empty, "the synthetic series carry events");

        foreach (var cutDays in new[] { 200, 400, 455, 530, 601, 700 })
        {
            var cut = DateOnly.FromDateTime(SeriesBuilder.Start.UtcDateTime).AddDays(cutDays);
            var partial = Detector.Evaluate(series.Where(o => DateOnly.FromDateTime(o.Acquired.UtcDateTime) <= cut).ToList());

            Assert.That(partial, Is.EqualTo(all.Where(f => DateOnly.FromDateTime(f.Acquired.UtcDateTime) <= cut)), $"cut at {cut}");
        }
    }

    [Test]
    public void Evaluate_ShuffledInput_GivesTheSameFlags()
    {
        var series = SyntheticSeriesGenerator.Generate(new SyntheticSeriesOptions { Yards = 8, Seed = 6 }).Observations;
        var shuffled = series.OrderBy(_ => Random.Shared.Next()).ToList();

        Assert.That(Detector.Evaluate(shuffled), Is.EqualTo(Detector.Evaluate(series)));
    }

    [Test]
    public void Evaluate_NearlyWholeYardVisible_ReasonDoesNotSayOnlyAHundredPercent()
    {
        var history = SeriesBuilder.Series("yard", seed: 11, days: 300, mean: _ => 30);
        var when = SeriesBuilder.Start.AddDays(301);
        var third = SeriesBuilder.Start.AddDays(302);

        var flags = Detector.Evaluate([
            .. history,
            new CountObservation("yard", when, 95) { ObservedFraction = 0.996 },
            new CountObservation("yard", third, 30) { ObservedFraction = 1 / 3.0 },
        ]);

        Assert.That(flags.Single(f => f.Acquired == when).Reason, Does.Not.Contain("of the yard was visible"));
        Assert.That(flags.Single(f => f.Acquired == third).Reason, Does.Contain("Only 33% of the yard was visible"));
    }

    [Test]
    public void Evaluate_PartialObservation_ScalesExpectationByFraction()
    {
        var history = SeriesBuilder.Series("yard", seed: 11, days: 300, mean: _ => 30);
        var when = SeriesBuilder.Start.AddDays(301);

        // 30 cars on a third of the yard is about 90 on all of it: a surge. 10 cars on a third is normal.
        var surge = Detector.Evaluate([.. history, new CountObservation("yard", when, 30) { ObservedFraction = 1 / 3.0 }]);
        var normal = Detector.Evaluate([.. history, new CountObservation("yard", when, 10) { ObservedFraction = 1 / 3.0 }]);

        Assert.That(surge.Where(f => f.Acquired == when).Single().Expected, Is.EqualTo(10).Within(2.5));
        Assert.That(normal.Where(f => f.Acquired == when), Is.Empty);
    }

    [Test]
    public void Baseline_WideCounterInterval_RaisesThePValue()
    {
        var history = SeriesBuilder.Series("yard", seed: 12, days: 300, mean: _ => 30);
        var when = SeriesBuilder.Start.AddDays(301);

        double PValue(CountObservation last) => Detector.Baseline([.. history, last]).Baseline.Single(b => b.Acquired == when).PValue;

        var sharp = PValue(new CountObservation("yard", when, 60) { Low = 59, High = 61 });
        var vague = PValue(new CountObservation("yard", when, 60) { Low = 35, High = 85 });

        Assert.That(vague, Is.GreaterThan(sharp * 3));
    }

    [Test]
    public void Evaluate_DismissedObservationRemoved_BehavesAsIfNeverSeen()
    {
        // The store drops a dismissed flag's observation (a counter error of 200 cars at a yard of 20) before calling us.
        var history = SeriesBuilder.Series("yard", seed: 13, days: 400, mean: _ => 20);
        var error = new CountObservation("yard", SeriesBuilder.Start.AddDays(200.5), 200);
        var withError = history.Append(error).ToList();

        var flagged = Detector.Evaluate(withError);
        var dismissed = Detector.Evaluate(history);

        Assert.That(flagged.Select(f => f.Acquired), Does.Contain(error.Acquired));
        Assert.That(dismissed.Select(f => f.Acquired), Does.Not.Contain(error.Acquired));
        Assert.That(flagged.Where(f => f.Acquired != error.Acquired), Is.EqualTo(dismissed), "a flagged outlier does not teach the baseline");
    }

    [Test]
    public void Evaluate_CorrectedCount_IsTestedAsCorrected()
    {
        // The store applies the analyst's corrected count (21 instead of the counter's 200) before calling us.
        var history = SeriesBuilder.Series("yard", seed: 14, days: 400, mean: _ => 20);
        var corrected = new CountObservation("yard", SeriesBuilder.Start.AddDays(200.5), 21);

        var flags = Detector.Evaluate(history.Append(corrected).ToList());

        Assert.That(flags.Select(f => f.Acquired), Does.Not.Contain(corrected.Acquired));
    }

    [Test]
    public void Evaluate_YoungYard_FlagsOnlyAfterMinimumHistoryAndLabelsColdStart()
    {
        var start = SeriesBuilder.Start;
        var series = new List<CountObservation>
        {
            new("new", start, 10), new("new", start.AddDays(5), 12), new("new", start.AddDays(9), 14),
            new("new", start.AddDays(14), 11), new("new", start.AddDays(20), 9), new("new", start.AddDays(26), 12),
            new("new", start.AddDays(31), 120),
        };

        var flags = Detector.Evaluate(series);

        Assert.That(flags.Select(f => f.Acquired), Is.EqualTo(new[] { start.AddDays(31) }));
        Assert.That(flags[0].Method, Does.Contain("cold start"));
        Assert.That(flags[0].Reason, Does.Contain("provisional"));
    }

    [Test]
    public void Evaluate_FewerThanMinimumObservations_NeverFlags()
    {
        var start = SeriesBuilder.Start;
        var series = new List<CountObservation> { new("new", start, 10), new("new", start.AddDays(5), 12), new("new", start.AddDays(9), 500) };

        Assert.That(Detector.Evaluate(series), Is.Empty);
    }

    [Test]
    public void Evaluate_NotObservedCount_IsSkipped()
    {
        var history = SeriesBuilder.Series("yard", seed: 15, days: 200, mean: _ => 20);
        var withGap = history.Append(new CountObservation("yard", SeriesBuilder.Start.AddDays(200.5), null)).ToList();

        Assert.That(Detector.Evaluate(withGap), Is.EqualTo(Detector.Evaluate(history)));
    }

    [Test]
    public void Baseline_ObservationsAtTheSameTime_AreReplayedInTimeThenOrdinalYardOrder()
    {
        // Given in reverse time order and mixed yard order; ordinal order puts "B" before "a" before "b".
        var t = SeriesBuilder.Start;
        var input = new List<CountObservation>
        {
            new("b", t.AddDays(1), 3), new("a", t.AddDays(1), 2), new("B", t.AddDays(1), 1),
            new("a", t, 5), new("b", t, 6), new("B", t, 4),
        };

        var points = Detector.Baseline(input).Baseline;

        Assert.That(points.Select(p => (p.YardId, p.Count)), Is.EqualTo(new[]
        {
            ("B", (int?)4), ("a", 5), ("b", 6), ("B", 1), ("a", 2), ("b", 3),
        }));
    }
}
