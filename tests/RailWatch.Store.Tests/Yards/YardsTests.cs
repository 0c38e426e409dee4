using RailWatch.Core.Flags;
using RailWatch.Store.Tests.TestSupport;

namespace RailWatch.Store.Tests.Yards;

public class YardsTests
{
    [Test]
    public void FindYard_AfterUpsert_ReturnsTheSameGeometry()
    {
        using var temp = new TempStore();
        using var store = temp.Open();
        var yard = Samples.Yard("tumangang", tracks: 3);

        store.UpsertYard(yard);
        store.UpsertYard(yard with { Name = "Tumangang station" });

        var back = store.FindYard("tumangang")!;
        Assert.That(back.Name, Is.EqualTo("Tumangang station"));
        // Yard GeoJSON keeps 8 decimals of a degree (about a millimetre).
        Assert.That(back.Polygon.Zip(yard.Polygon).Max(p => Math.Max(Math.Abs(p.First.Lon - p.Second.Lon), Math.Abs(p.First.Lat - p.Second.Lat))), Is.LessThan(1e-8));
        Assert.That(back.Polygon, Has.Count.EqualTo(yard.Polygon.Count));
        Assert.That(back.Tracks.Select(t => (t.Id, t.Points.Count)), Is.EqualTo(yard.Tracks.Select(t => (t.Id, t.Points.Count))));
        Assert.That((back.Description, back.SourcePath), Is.EqualTo((yard.Description, yard.SourcePath)));
        Assert.That(store.FindYard("nowhere"), Is.Null);
    }

    [Test]
    public void Yards_SummarisesLastObservationScenesAndOpenFlags()
    {
        using var temp = new TempStore();
        using var store = temp.Open();
        var run = Samples.Prepare(store, "khasan", "tumangang");
        store.SaveObservation(Samples.Observation("tumangang", "S2", Samples.Day0.AddDays(2), 44, run));
        store.SaveObservation(Samples.Observation("tumangang", "S1", Samples.Day0.AddDays(1), 41, run));
        store.SaveObservation(Samples.Observation("tumangang", "S0", Samples.Day0, 10, run));
        store.SaveFlags([Samples.Flag("tumangang", Samples.Day0.AddDays(1), 41), Samples.Flag("tumangang", Samples.Day0.AddDays(2), 44)], run);
        store.SaveReview(new Review(store.Flags()[1].Id, ReviewDecision.Accepted, "ana", Samples.Day0.AddDays(3)) { CorrectedCount = 43 });

        var yards = store.Yards();

        Assert.That(yards.Select(y => y.YardId), Is.EqualTo(new[] { "khasan", "tumangang" }));
        Assert.That((yards[0].Scenes, yards[0].OpenFlags, yards[0].LastAcquired), Is.EqualTo((0, 0, (DateTimeOffset?)null)));
        var t = yards[1];
        Assert.That((t.Name, t.TrackCount, t.Scenes, t.OpenFlags), Is.EqualTo(("Yard tumangang", 2, 3, 1)));
        Assert.That((t.LastAcquired, t.LastCount, t.LastProvider, t.LastSceneId), Is.EqualTo(((DateTimeOffset?)Samples.Day0.AddDays(2), (int?)43, "folder", "S2")));
    }
}
