using RailWatch.Core.Flags;
using RailWatch.Web.Storage;
using RailWatch.Web.Tests.Support;

namespace RailWatch.Web.Tests.Server;

/// <summary>What a stored decision changes for the detector and the pages.</summary>
[NonParallelizable]
public sealed class DecisionEffectsTests
{
    [Test]
    public void Dismissed_FlaggedSceneLeftOutOfTheDetectorSeries()
    {
        using var store = TestStore.Create();
        var data = new StoreReviewData(store.Store);
        Assert.That(data.SaveReview(new Review(store.SpikeFlag, ReviewDecision.Dismissed, "Bo", TestServer.Now)), Is.True);
        var series = store.Store.Series("tumangang");
        Assert.That(series.Select(o => o.Acquired), Does.Not.Contain(TestStore.Day0.AddDays(7)));
        Assert.That(series, Has.Count.EqualTo(7));
        Assert.That(data.Flag(store.SpikeFlag)!.Summary.Status, Is.EqualTo(RailWatch.Store.FlagStatus.Dismissed));
    }

    [Test]
    public void CorrectedCount_ReplacesTheCountersFromThenOn()
    {
        using var store = TestStore.Create();
        var data = new StoreReviewData(store.Store);
        data.SaveReview(new Review(store.SpikeFlag, ReviewDecision.Accepted, "Ana", TestServer.Now) { CorrectedCount = 21 });
        var point = store.Store.Series("tumangang").Single(o => o.Acquired == TestStore.Day0.AddDays(7));
        Assert.That(point.Count, Is.EqualTo(21));
        var chartPoint = data.Series("tumangang")!.Points.Single(p => p.Acquired == TestStore.Day0.AddDays(7));
        Assert.That(chartPoint.Count, Is.EqualTo(21));
        Assert.That(chartPoint.Corrected, Is.True);
    }

    [Test]
    public void SaveReview_UnknownFlag_False()
    {
        using var store = TestStore.Create();
        Assert.That(new StoreReviewData(store.Store).SaveReview(new Review(999, ReviewDecision.Accepted, "Ana", TestServer.Now)), Is.False);
    }

    [Test]
    public void Flag_Detail_HasBaselineSceneCarsAndTracks()
    {
        using var store = TestStore.Create();
        var view = new StoreReviewData(store.Store).Flag(store.SpikeFlag)!;
        Assert.That(view.BaselineScene!.SceneId, Is.EqualTo("S2_tumangang_06"));
        Assert.That(view.BaselineChip, Is.Not.Null);
        Assert.That(view.Cars, Has.Count.EqualTo(26));
        Assert.That(view.Tracks.Select(t => t.TrackId), Is.EqualTo(new[] { "t1", "t2" }));
        Assert.That(view.Summary.YardName, Is.EqualTo("Tumangang"));
    }
}
