using RailWatch.Core.Counting;
using RailWatch.Store.Tests.TestSupport;

namespace RailWatch.Store.Tests.Observations;

public class SaveObservationTests
{
    [Test]
    public void SaveObservation_SameSceneTwice_ReturnsFalseAndAddsNothing()
    {
        using var temp = new TempStore();
        using var store = temp.Open();
        var run = Samples.Prepare(store);
        var observation = Samples.Observation("tumangang", "S1", Samples.Day0, 12, run);

        Assert.That(store.SaveObservation(observation), Is.True);
        var dump = store.Dump();
        var second = store.BeginRun(Samples.Day0.AddDays(101), null);

        Assert.That(store.SaveObservation(observation with { RunId = second, Count = observation.Count with { Total = new(99, 90, 110) } }), Is.False);
        Assert.That(store.Dump(), Is.EqualTo(dump));
        Assert.That(store.HasScene("tumangang", "folder", "S1"), Is.True);
    }

    [Test]
    public void SaveObservation_StoresTotalTracksCarsAndChip()
    {
        using var temp = new TempStore();
        using var store = temp.Open();
        var run = Samples.Prepare(store);

        store.SaveObservation(Samples.Observation("tumangang", "S1", Samples.Day0, 5, run, gsd: 0.7, observedFraction: 0.85));

        var rows = store.Observations();
        Assert.That(rows.Select(r => r.Track), Is.EqualTo(new[] { "*", "t1", "t2" }));
        var total = rows[0];
        Assert.That((total.Count, total.Low, total.High), Is.EqualTo(((int?)5, (int?)3, (int?)8)));
        Assert.That(total.ObservedFraction, Is.EqualTo(0.85));
        Assert.That(total.GsdMetres, Is.EqualTo(0.7));
        Assert.That(total.Acquired, Is.EqualTo(new DateTimeOffset(2025, 3, 1, 1, 45, 10, TimeSpan.Zero)));
        Assert.That((total.Algorithm, total.ModelVersion, total.Sensor), Is.EqualTo(("template-matcher", "2025.1", "SkySat")));
        Assert.That((rows[1].Count, rows[2].Count), Is.EqualTo(((int?)2, (int?)3)));

        var flagless = store.Locked(c => ObservationsSql.Cars(c, 1));
        Assert.That(flagless, Has.Count.EqualTo(5));
        Assert.That(flagless[0].OnPreview, Is.EqualTo(new ChipCar(5.5, 7.25, 12.5, 9.75)));
        Assert.That(flagless[4].TrackId, Is.EqualTo("t2"));

        var chip = store.Chip(1);
        Assert.That(chip, Is.Not.Null);
        Assert.That(chip!.GeoTiffPath, Is.EqualTo("tumangang/S1.tif"));
        Assert.That(chip.GeoTiffFullPath, Is.EqualTo(Path.Combine(store.ChipDirectory, "tumangang", "S1.tif")));
        Assert.That((chip.PreviewPngPath, chip.PreviewWidth, chip.PreviewHeight), Is.EqualTo(("tumangang/S1.png", 640, 320)));
        Assert.That(store.Chip(999), Is.Null);
    }

    [Test]
    public void SaveObservation_NotObserved_StoresNullNeverZero()
    {
        using var temp = new TempStore();
        using var store = temp.Open();
        var run = Samples.Prepare(store);

        store.SaveObservation(Samples.Observation("tumangang", "S1", Samples.Day0, null, run, observedFraction: 0));

        Assert.That(store.Observations().Select(r => r.Count), Is.All.Null);
        var series = store.Series("tumangang").Single();
        Assert.That((series.Count, series.Low, series.High, series.ObservedFraction), Is.EqualTo(((int?)null, (int?)null, (int?)null, 0.0)));
    }

    [Test]
    public void Series_ScenesOfFineAndCoarseResolution_NameTheirSourceForTheDetector()
    {
        using var temp = new TempStore();
        using var store = temp.Open();
        var run = Samples.Prepare(store);

        store.SaveObservation(Samples.Observation("tumangang", "S1", Samples.Day0, 20, run, gsd: 0.5));
        store.SaveObservation(Samples.Observation("tumangang", "S2", Samples.Day0.AddDays(1), 60, run, gsd: 3.0));
        store.SaveObservation(Samples.Observation("tumangang", "S3", Samples.Day0.AddDays(2), 21, run, gsd: 1.5));

        Assert.That(
            store.Series("tumangang").Select(o => o.Source),
            Is.EqualTo(new[] { CountSource.Segmented, CountSource.Coarse, CountSource.Segmented }));
    }

    [Test]
    public void SaveObservation_AbsoluteChipPathInsideChipFolder_IsStoredRelative()
    {
        using var temp = new TempStore();
        using var store = temp.Open();
        var run = Samples.Prepare(store);
        var observation = Samples.Observation("tumangang", "S1", Samples.Day0, 2, run);
        var absolute = Path.Combine(store.ChipDirectory, "a", "b.tif");

        store.SaveObservation(observation with { Chip = observation.Chip with { GeoTiffPath = absolute } });

        Assert.That(store.Chip(1)!.GeoTiffPath, Is.EqualTo("a/b.tif"));
    }

    [TestCase("../outside.tif")]
    [TestCase("/etc/passwd")]
    public void SaveObservation_ChipPathOutsideChipFolder_ThrowsAndStoresNothing(string path)
    {
        using var temp = new TempStore();
        using var store = temp.Open();
        var run = Samples.Prepare(store);
        var observation = Samples.Observation("tumangang", "S1", Samples.Day0, 2, run);

        Assert.Throws<ArgumentException>(() => store.SaveObservation(observation with { Chip = observation.Chip with { GeoTiffPath = path } }));
        Assert.That(store.HasScene("tumangang", "folder", "S1"), Is.False);
    }

    [Test]
    public void SaveObservation_UnknownYard_ThrowsNamingIt()
    {
        using var temp = new TempStore();
        using var store = temp.Open();
        var run = Samples.Prepare(store);

        var e = Assert.Throws<InvalidOperationException>(() => store.SaveObservation(Samples.Observation("nowhere", "S1", Samples.Day0, 2, run)));

        Assert.That(e.Message, Does.Contain("nowhere"));
    }

    [Test]
    public void SaveObservation_PreviewCarsNotMatchingCars_Throws()
    {
        using var temp = new TempStore();
        using var store = temp.Open();
        var run = Samples.Prepare(store);
        var observation = Samples.Observation("tumangang", "S1", Samples.Day0, 3, run);

        Assert.Throws<ArgumentException>(() => store.SaveObservation(observation with { Chip = observation.Chip with { CarsOnPreview = [new ChipCar(1, 1, 0, 5)] } }));
    }

    [Test]
    public void SaveObservation_OneSceneTwoYards_StoresBothSharingTheScene()
    {
        using var temp = new TempStore();
        using var store = temp.Open();
        var run = Samples.Prepare(store, "khasan", "tumangang");

        Assert.That(store.SaveObservation(Samples.Observation("tumangang", "S1", Samples.Day0, 4, run)), Is.True);
        Assert.That(store.SaveObservation(Samples.Observation("khasan", "S1", Samples.Day0, 6, run)), Is.True);

        Assert.That(store.Observations(new ObservationQuery { IncludeTracks = false }).Select(r => (r.YardId, r.Count)),
            Is.EqualTo(new[] { ("khasan", (int?)6), ("tumangang", (int?)4) }));
        Assert.That(store.Locked(c => Db.Scalar(c, null, "SELECT COUNT(*) FROM scenes")), Is.EqualTo(1L));
    }

    [Test]
    public void Observations_YardAndSinceFilters_SelectRows()
    {
        using var temp = new TempStore();
        using var store = temp.Open();
        var run = Samples.Prepare(store, "khasan", "tumangang");
        for (var i = 0; i < 4; i++)
        {
            store.SaveObservation(Samples.Observation("tumangang", $"S{i}", Samples.Day0.AddDays(i), 10 + i, run));
            store.SaveObservation(Samples.Observation("khasan", $"S{i}", Samples.Day0.AddDays(i), 20 + i, run));
        }

        var rows = store.Observations(new ObservationQuery { YardId = "tumangang", Since = Samples.Day0.AddDays(2), IncludeTracks = false });

        Assert.That(rows.Select(r => r.SceneId), Is.EqualTo(new[] { "S2", "S3" }));
        Assert.That(rows.Select(r => r.YardId).Distinct(), Is.EqualTo(new[] { "tumangang" }));
    }

    [Test]
    public void SaveObservation_ManyThreadsAtOnce_StoresEveryScene()
    {
        using var temp = new TempStore();
        using var store = temp.Open();
        var run = Samples.Prepare(store, "a", "b", "c", "d");

        Parallel.ForEach(new[] { "a", "b", "c", "d" }, yard =>
        {
            for (var i = 0; i < 10; i++)
            {
                store.SaveObservation(Samples.Observation(yard, $"S{i}", Samples.Day0.AddDays(i), i, run));
                _ = store.Series(yard);
            }
        });

        Assert.That(store.Observations(new ObservationQuery { IncludeTracks = false }), Has.Count.EqualTo(40));
        Assert.That(store.IntegrityCheck(), Is.EqualTo("ok"));
    }
}
