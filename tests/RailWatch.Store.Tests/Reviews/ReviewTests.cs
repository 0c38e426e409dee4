using RailWatch.Core.Errors;
using RailWatch.Core.Flags;
using RailWatch.Store.Tests.TestSupport;

namespace RailWatch.Store.Tests.Reviews;

public class ReviewTests
{
    private static (RailWatchStore Store, long FlagId) WithFlag(TempStore temp)
    {
        var store = temp.Open();
        var run = Samples.Prepare(store);
        store.SaveObservation(Samples.Observation("tumangang", "S1", Samples.Day0, 40, run));
        store.SaveFlags([Samples.Flag("tumangang", Samples.Day0, 40)], run);
        return (store, store.Flags().Single().Id);
    }

    [Test]
    public void SaveReview_LatestDecisionByTime_IsTheFlagStatus()
    {
        using var temp = new TempStore();
        var (store, id) = WithFlag(temp);
        using (store)
        {
            // Saved out of time order: the decision time, not the insertion order, decides.
            store.SaveReview(new Review(id, ReviewDecision.Dismissed, "lead", Samples.Day0.AddDays(9)));
            store.SaveReview(new Review(id, ReviewDecision.Accepted, "ana", Samples.Day0.AddDays(8)));

            Assert.That(store.Flags().Single().Status, Is.EqualTo(FlagStatus.Dismissed));
            Assert.That(store.Reviews(id).Select(r => r.Reviewer), Is.EqualTo(new[] { "ana", "lead" }));
        }
    }

    [Test]
    public void SaveReview_RoundTripsEveryField()
    {
        using var temp = new TempStore();
        var (store, id) = WithFlag(temp);
        using (store)
        {
            var review = new Review(id, ReviewDecision.NeedsMoreImagery, "ana", Samples.Day0.AddDays(2)) { Note = "tab\there", CorrectedCount = 0 };

            var reviewId = store.SaveReview(review);

            Assert.That(reviewId, Is.Positive);
            Assert.That(store.Reviews(id).Single(), Is.EqualTo(review));
            Assert.That(store.Flags().Single().Status, Is.EqualTo(FlagStatus.NeedsMoreImagery));
        }
    }

    [Test]
    public void SaveReview_UnknownFlag_ThrowsUsage()
    {
        using var temp = new TempStore();
        var (store, id) = WithFlag(temp);
        using (store)
        {
            var e = Assert.Throws<UsageException>(() => store.SaveReview(new Review(id + 100, ReviewDecision.Accepted, "ana", Samples.Day0)));

            Assert.That(e.Message, Does.Contain((id + 100).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
    }

    [Test]
    public void SaveReview_NegativeCorrectedCount_Throws()
    {
        using var temp = new TempStore();
        var (store, id) = WithFlag(temp);
        using (store)
        {
            Assert.Throws<ArgumentException>(() => store.SaveReview(new Review(id, ReviewDecision.Accepted, "ana", Samples.Day0) { CorrectedCount = -1 }));
        }
    }
}
