using RailWatch.Core.Flags;
using RailWatch.Store.Tests.TestSupport;

namespace RailWatch.Store.Tests.Flags;

public class SaveFlagsTests
{
    [Test]
    public void SaveFlags_SameFlagsAgain_AddsNothingAndKeepsTheFirst()
    {
        using var temp = new TempStore();
        using var store = temp.Open();
        var run = Samples.Prepare(store);
        store.SaveObservation(Samples.Observation("tumangang", "S1", Samples.Day0, 40, run));
        var flags = new[] { Samples.Flag("tumangang", Samples.Day0, 40), Samples.Flag("tumangang", Samples.Day0, 40, FlagKind.Sustained) };

        Assert.That(store.SaveFlags(flags, run), Is.EqualTo(2));
        var dump = store.Dump();

        Assert.That(store.SaveFlags(flags.Select(f => f with { Reason = "re-evaluated", PValue = 0.5 }), run), Is.Zero);
        Assert.That(store.Dump(), Is.EqualTo(dump));
        Assert.That(store.Flags().Select(f => f.Reason).Distinct(), Is.EqualTo(new[] { "count 40 above upper 27.25" }));
    }

    [Test]
    public void SaveFlags_LinksEachFlagToTheSceneObservedAtThatTime()
    {
        using var temp = new TempStore();
        using var store = temp.Open();
        var run = Samples.Prepare(store);
        store.SaveObservation(Samples.Observation("tumangang", "S1", Samples.Day0, 10, run));
        store.SaveObservation(Samples.Observation("tumangang", "S2", Samples.Day0.AddDays(1), 40, run, gsd: 3.0));

        // A flag as the detector makes it, from the series the store gave it.
        var point = store.Series("tumangang")[1];
        store.SaveFlags([Samples.Flag(point.YardId, point.Acquired, point.Count!.Value)], run);

        var flag = store.Flags().Single();
        Assert.That((flag.Provider, flag.SceneId, flag.GsdMetres, flag.Sensor, flag.Status), Is.EqualTo(("folder", "S2", (double?)3.0, "PlanetScope", FlagStatus.Open)));
        Assert.That(flag.ChipId, Is.Not.Null);
        Assert.That(store.Chip(flag.ChipId!.Value)!.SceneId, Is.EqualTo("S2"));
        Assert.That(flag.Severity, Is.EqualTo(4.0).Within(1e-12));
        Assert.That(flag.Key, Is.EqualTo("tumangang|2025-03-02T01:45:10Z|spike"));
    }

    [Test]
    public void SaveFlags_NoObservationAtThatTime_ThrowsAndSavesNoneOfTheBatch()
    {
        using var temp = new TempStore();
        using var store = temp.Open();
        var run = Samples.Prepare(store);
        store.SaveObservation(Samples.Observation("tumangang", "S1", Samples.Day0, 40, run));

        Assert.Throws<InvalidOperationException>(() => store.SaveFlags([Samples.Flag("tumangang", Samples.Day0, 40), Samples.Flag("tumangang", Samples.Day0.AddDays(9), 41)], run));

        Assert.That(store.Flags(), Is.Empty);
    }

    [Test]
    public void Flags_Filters_SelectByYardStatusAndSince()
    {
        using var temp = new TempStore();
        using var store = temp.Open();
        var run = Samples.Prepare(store, "khasan", "tumangang");
        for (var i = 0; i < 3; i++)
        {
            store.SaveObservation(Samples.Observation("tumangang", $"S{i}", Samples.Day0.AddDays(i), 40 + i, run));
            store.SaveObservation(Samples.Observation("khasan", $"S{i}", Samples.Day0.AddDays(i), 50 + i, run));
        }

        store.SaveFlags(Enumerable.Range(0, 3).SelectMany(i => new[]
        {
            Samples.Flag("tumangang", Samples.Day0.AddDays(i), 40 + i),
            Samples.Flag("khasan", Samples.Day0.AddDays(i), 50 + i),
        }), run);
        var first = store.Flags(new FlagQuery { YardId = "tumangang" })[0];
        store.SaveReview(new Review(first.Id, ReviewDecision.Dismissed, "ana", Samples.Day0.AddDays(10)));

        Assert.That(store.Flags(new FlagQuery { YardId = "tumangang" }).Select(f => f.SceneId), Is.EqualTo(new[] { "S0", "S1", "S2" }));
        Assert.That(store.Flags(new FlagQuery { Status = FlagStatus.Dismissed }).Select(f => f.Id), Is.EqualTo(new[] { first.Id }));
        Assert.That(store.Flags(new FlagQuery { Status = FlagStatus.Open }), Has.Count.EqualTo(5));
        Assert.That(store.Flags(new FlagQuery { Since = Samples.Day0.AddDays(2) }).Select(f => f.YardId), Is.EqualTo(new[] { "khasan", "tumangang" }));
    }
}
