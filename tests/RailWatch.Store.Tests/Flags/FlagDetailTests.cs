using RailWatch.Core.Flags;
using RailWatch.Store.Tests.TestSupport;

namespace RailWatch.Store.Tests.Flags;

public class FlagDetailTests
{
    private static long FlagAt(RailWatchStore store, long run, int day, int count)
    {
        store.SaveFlags([Samples.Flag("tumangang", Samples.Day0.AddDays(day), count)], run);
        return store.Flags().Single(f => f.Acquired == Samples.Day0.AddDays(day)).Id;
    }

    [Test]
    public void FlagDetail_HasSceneChipCountsCarsAndLatestReview()
    {
        using var temp = new TempStore();
        using var store = temp.Open();
        var run = Samples.Prepare(store);
        store.SaveObservation(Samples.Observation("tumangang", "S1", Samples.Day0, 6, run));
        var id = FlagAt(store, run, 0, 6);
        store.SaveReview(new Review(id, ReviewDecision.NeedsMoreImagery, "ana", Samples.Day0.AddDays(3)) { Note = "haze" });
        store.SaveReview(new Review(id, ReviewDecision.Accepted, "lead", Samples.Day0.AddDays(4)) { Note = "confirmed" });

        var detail = store.FlagDetail(id)!;

        Assert.That(detail.Flag.Status, Is.EqualTo(FlagStatus.Accepted));
        Assert.That((detail.Scene.SceneId, detail.Scene.Href, detail.Scene.CloudCoverPercent), Is.EqualTo(("S1", "/scenes/S1.tif", (double?)5)));
        Assert.That(detail.Chip!.Id, Is.EqualTo(detail.Flag.ChipId));
        Assert.That(detail.Counts.Select(c => c.Track), Is.EqualTo(new[] { "*", "t1", "t2" }));
        Assert.That(detail.Cars, Has.Count.EqualTo(6));
        Assert.That(detail.Cars.All(c => c.OnPreview is not null), Is.True);
        Assert.That(detail.LatestReview!.Note, Is.EqualTo("confirmed"));
        Assert.That(detail.BaselineScene, Is.Null, "no earlier scene");
        Assert.That(store.FlagDetail(12345), Is.Null);
    }

    [Test]
    public void FlagDetail_BaselineScene_IsTheMostRecentUnflaggedWellObservedSceneOfSimilarGsd()
    {
        using var temp = new TempStore();
        using var store = temp.Open();
        var run = Samples.Prepare(store);
        store.SaveObservation(Samples.Observation("tumangang", "old-good", Samples.Day0, 10, run, gsd: 0.5));
        store.SaveObservation(Samples.Observation("tumangang", "good", Samples.Day0.AddDays(1), 11, run, gsd: 0.55));
        store.SaveObservation(Samples.Observation("tumangang", "coarse", Samples.Day0.AddDays(2), 12, run, gsd: 3.0));
        store.SaveObservation(Samples.Observation("tumangang", "half-seen", Samples.Day0.AddDays(3), 9, run, gsd: 0.5, observedFraction: 0.5));
        store.SaveObservation(Samples.Observation("tumangang", "flagged", Samples.Day0.AddDays(4), 30, run, gsd: 0.5));
        store.SaveObservation(Samples.Observation("tumangang", "now", Samples.Day0.AddDays(5), 45, run, gsd: 0.5));
        store.SaveObservation(Samples.Observation("tumangang", "later", Samples.Day0.AddDays(6), 10, run, gsd: 0.5));
        FlagAt(store, run, 4, 30);
        var id = FlagAt(store, run, 5, 45);

        var baseline = store.FlagDetail(id)!.BaselineScene!;

        Assert.That(baseline.Scene.SceneId, Is.EqualTo("good"));
        Assert.That(baseline.Total.Count, Is.EqualTo(11));
        Assert.That(baseline.Chip.GeoTiffPath, Is.EqualTo("tumangang/good.tif"));
    }

    [Test]
    public void FlagDetail_NoEarlierSceneOfSimilarGsd_TakesTheClosestGsd()
    {
        using var temp = new TempStore();
        using var store = temp.Open();
        var run = Samples.Prepare(store);
        store.SaveObservation(Samples.Observation("tumangang", "very-coarse", Samples.Day0, 10, run, gsd: 10));
        store.SaveObservation(Samples.Observation("tumangang", "coarse", Samples.Day0.AddDays(1), 11, run, gsd: 3.0));
        store.SaveObservation(Samples.Observation("tumangang", "sharp-but-newest", Samples.Day0.AddDays(2), 12, run, gsd: 0.3));
        store.SaveObservation(Samples.Observation("tumangang", "now", Samples.Day0.AddDays(3), 40, run, gsd: 5.0));
        var id = FlagAt(store, run, 3, 40);

        Assert.That(store.FlagDetail(id)!.BaselineScene!.Scene.SceneId, Is.EqualTo("coarse"));
    }
}
