using RailWatch.Store.Tests.TestSupport;

namespace RailWatch.Store.Tests.Scenes;

public class FailureTests
{
    [Test]
    public void RecordFailure_Twice_CountsAttemptsKeepsFirstRunAndLatestError()
    {
        using var temp = new TempStore();
        using var store = temp.Open();
        var run1 = Samples.Prepare(store);
        var run2 = store.BeginRun(Samples.Day0.AddDays(101), null);
        var scene = Samples.Scene("S1", Samples.Day0);

        store.RecordFailure("tumangang", scene, "HTTP 503", run1);
        store.RecordFailure("tumangang", scene, "HTTP 504", run2);

        var failure = store.Failures().Single();
        Assert.That((failure.YardId, failure.Error, failure.Attempts, failure.FirstRunId, failure.LastRunId),
            Is.EqualTo(("tumangang", "HTTP 504", 2, run1, run2)));
        Assert.That(failure.Scene, Is.EqualTo(scene), "the failure keeps everything needed to retry the scene");
        Assert.That(store.HasScene("tumangang", "folder", "S1"), Is.False);
        Assert.That(store.Observations(), Is.Empty);
    }

    [Test]
    public void SaveObservation_AfterFailure_ClearsTheFailure()
    {
        using var temp = new TempStore();
        using var store = temp.Open();
        var run = Samples.Prepare(store);
        store.RecordFailure("tumangang", Samples.Scene("S1", Samples.Day0), "timeout", run);
        store.RecordFailure("tumangang", Samples.Scene("S2", Samples.Day0.AddDays(1)), "timeout", run);

        store.SaveObservation(Samples.Observation("tumangang", "S1", Samples.Day0, 7, run));

        Assert.That(store.Failures().Select(f => f.Scene.SceneId), Is.EqualTo(new[] { "S2" }));
    }

    [Test]
    public void RecordFailure_OfAStoredScene_ChangesNothing()
    {
        using var temp = new TempStore();
        using var store = temp.Open();
        var run = Samples.Prepare(store);
        store.SaveObservation(Samples.Observation("tumangang", "S1", Samples.Day0, 7, run));

        store.RecordFailure("tumangang", Samples.Scene("S1", Samples.Day0), "late failure", run);

        Assert.That(store.Failures(), Is.Empty);
    }

    [Test]
    public void RecordFailure_SameSceneOtherYard_IsSeparate()
    {
        using var temp = new TempStore();
        using var store = temp.Open();
        var run = Samples.Prepare(store, "khasan", "tumangang");
        store.SaveObservation(Samples.Observation("khasan", "S1", Samples.Day0, 7, run));

        store.RecordFailure("tumangang", Samples.Scene("S1", Samples.Day0), "window outside raster", run);

        Assert.That(store.Failures().Select(f => f.YardId), Is.EqualTo(new[] { "tumangang" }));
    }
}
