using RailWatch.Core.Flags;
using RailWatch.Store.Tests.TestSupport;

namespace RailWatch.Store.Tests.Observations;

public class SeriesTests
{
    private static (RailWatchStore Store, long Run) Filled(TempStore temp, params int?[] counts)
    {
        var store = temp.Open();
        var run = Samples.Prepare(store);
        // Saved out of time order on purpose.
        foreach (var i in Enumerable.Range(0, counts.Length).Reverse())
        {
            store.SaveObservation(Samples.Observation("tumangang", $"S{i}", Samples.Day0.AddDays(i), counts[i], run));
        }

        return (store, run);
    }

    [Test]
    public void Series_ReturnsTotalsInTimeOrderWithIntervals()
    {
        using var temp = new TempStore();
        var (store, _) = Filled(temp, 10, null, 12);
        using (store)
        {
            var series = store.Series("tumangang");

            Assert.That(series.Select(s => s.Acquired), Is.Ordered);
            Assert.That(series.Select(s => s.Count), Is.EqualTo(new int?[] { 10, null, 12 }));
            Assert.That((series[0].Low, series[0].High, series[0].ObservedFraction), Is.EqualTo(((int?)8, (int?)13, 1.0)));
            Assert.That(series.Select(s => s.YardId).Distinct(), Is.EqualTo(new[] { "tumangang" }));
        }
    }

    [Test]
    public void Series_DismissedFlag_LeavesItsObservationOut()
    {
        using var temp = new TempStore();
        var (store, run) = Filled(temp, 10, 40, 12);
        using (store)
        {
            store.SaveFlags([Samples.Flag("tumangang", Samples.Day0.AddDays(1), 40)], run);
            var flagId = store.Flags().Single().Id;

            store.SaveReview(new Review(flagId, ReviewDecision.Dismissed, "ana", Samples.Day0.AddDays(5)) { Note = "cloud shadow counted as cars" });

            Assert.That(store.Series("tumangang").Select(s => s.Count), Is.EqualTo(new int?[] { 10, 12 }));
            // The listing still shows it: dismissal changes the series the detector reads, not the record.
            Assert.That(store.Observations(new ObservationQuery { IncludeTracks = false }), Has.Count.EqualTo(3));
        }
    }

    [Test]
    public void Series_DismissalLaterReversed_BringsTheObservationBack()
    {
        using var temp = new TempStore();
        var (store, run) = Filled(temp, 10, 40, 12);
        using (store)
        {
            store.SaveFlags([Samples.Flag("tumangang", Samples.Day0.AddDays(1), 40)], run);
            var flagId = store.Flags().Single().Id;
            store.SaveReview(new Review(flagId, ReviewDecision.Dismissed, "ana", Samples.Day0.AddDays(5)));

            store.SaveReview(new Review(flagId, ReviewDecision.Accepted, "lead", Samples.Day0.AddDays(6)));

            Assert.That(store.Series("tumangang").Select(s => s.Count), Is.EqualTo(new int?[] { 10, 40, 12 }));
        }
    }

    [Test]
    public void Series_CorrectedCount_ReplacesTheCountersWithExactInterval()
    {
        using var temp = new TempStore();
        var (store, run) = Filled(temp, 10, 40, 12);
        using (store)
        {
            store.SaveFlags([Samples.Flag("tumangang", Samples.Day0.AddDays(1), 40)], run);
            var flagId = store.Flags().Single().Id;

            store.SaveReview(new Review(flagId, ReviewDecision.Accepted, "ana", Samples.Day0.AddDays(5)) { CorrectedCount = 33 });

            var corrected = store.Series("tumangang")[1];
            Assert.That((corrected.Count, corrected.Low, corrected.High), Is.EqualTo(((int?)33, (int?)33, (int?)33)));
            var total = store.Observations(new ObservationQuery { IncludeTracks = false })[1];
            Assert.That((total.Count, total.CorrectedCount, total.EffectiveCount), Is.EqualTo(((int?)40, (int?)33, (int?)33)));
            Assert.That(store.Flags().Single().CorrectedCount, Is.EqualTo(33));
        }
    }

    [Test]
    public void Series_LaterReviewWithoutCount_KeepsTheEarlierCorrection()
    {
        using var temp = new TempStore();
        var (store, run) = Filled(temp, 10, 40);
        using (store)
        {
            store.SaveFlags([Samples.Flag("tumangang", Samples.Day0.AddDays(1), 40)], run);
            var flagId = store.Flags().Single().Id;
            store.SaveReview(new Review(flagId, ReviewDecision.NeedsMoreImagery, "ana", Samples.Day0.AddDays(5)) { CorrectedCount = 31 });
            store.SaveReview(new Review(flagId, ReviewDecision.Accepted, "ana", Samples.Day0.AddDays(6)) { CorrectedCount = 35 });

            store.SaveReview(new Review(flagId, ReviewDecision.Accepted, "lead", Samples.Day0.AddDays(7)) { Note = "agree" });

            Assert.That(store.Series("tumangang")[1].Count, Is.EqualTo(35));
        }
    }

    [Test]
    public void Series_DismissedWithCorrectedCount_KeepsTheCorrectedObservation()
    {
        using var temp = new TempStore();
        var (store, run) = Filled(temp, 10, 40, 12);
        using (store)
        {
            store.SaveFlags([Samples.Flag("tumangang", Samples.Day0.AddDays(1), 40)], run);
            var flagId = store.Flags().Single().Id;

            store.SaveReview(new Review(flagId, ReviewDecision.Dismissed, "ana", Samples.Day0.AddDays(5)) { CorrectedCount = 11 });

            Assert.That(store.Series("tumangang").Select(s => s.Count), Is.EqualTo(new int?[] { 10, 11, 12 }));
        }
    }

    [Test]
    public void Series_UnknownYard_IsEmpty()
    {
        using var temp = new TempStore();
        using var store = temp.Open();

        Assert.That(store.Series("nowhere"), Is.Empty);
    }
}
