using RailWatch.Core.Flags;
using RailWatch.Store.Tests.TestSupport;

namespace RailWatch.Store.Tests.Schema;

public class SharedFileTests
{
    [Test]
    public void TwoStoresOnOneFile_WritesOfEachAreSeenByTheOther()
    {
        // The nightly job and the web server open the same file: WAL lets them read while the other writes.
        using var temp = new TempStore();
        using var job = temp.Open();
        using var web = temp.Open();
        var run = Samples.Prepare(job);
        job.SaveObservation(Samples.Observation("tumangang", "S1", Samples.Day0, 40, run));
        job.SaveFlags([Samples.Flag("tumangang", Samples.Day0, 40)], run);

        var flag = web.Flags().Single();
        web.SaveReview(new Review(flag.Id, ReviewDecision.Dismissed, "ana", Samples.Day0.AddDays(1)));

        Assert.That(job.Series("tumangang"), Is.Empty);
        Assert.That(job.Flags().Single().Status, Is.EqualTo(FlagStatus.Dismissed));
    }

    [Test]
    public void Dispose_ThenUse_Throws()
    {
        using var temp = new TempStore();
        var store = temp.Open();
        store.Dispose();
        store.Dispose();

        Assert.Throws<ObjectDisposedException>(() => store.Yards());
    }
}
