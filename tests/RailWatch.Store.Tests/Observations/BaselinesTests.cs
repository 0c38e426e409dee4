using RailWatch.Store.Tests.TestSupport;

namespace RailWatch.Store.Tests.Observations;

public class BaselinesTests
{
    [Test]
    public void SaveBaselines_ReplacesTheYardsRowsOnly()
    {
        using var temp = new TempStore();
        using var store = temp.Open();
        Samples.Prepare(store, "khasan", "tumangang");
        store.SaveBaselines("khasan", [new BaselineRow("khasan", Samples.Day0, 5, 3, 8)]);
        store.SaveBaselines("tumangang", [new BaselineRow("tumangang", Samples.Day0, 10, 7, 14), new BaselineRow("tumangang", Samples.Day0.AddDays(1), 11, 8, 15)]);

        var rows = new[] { new BaselineRow("tumangang", Samples.Day0.AddDays(2), 12.5, 9.25, 16.75), new BaselineRow("tumangang", Samples.Day0.AddDays(1), 11, 8, 15) };
        store.SaveBaselines("tumangang", rows);
        var once = store.Dump();
        store.SaveBaselines("tumangang", rows);

        Assert.That(store.Dump(), Is.EqualTo(once));
        Assert.That(store.Baselines("tumangang"), Is.EqualTo(new[] { rows[1], rows[0] }));
        Assert.That(store.Baselines("khasan"), Has.Count.EqualTo(1));
    }

    [Test]
    public void SaveBaselines_RowOfAnotherYard_Throws()
    {
        using var temp = new TempStore();
        using var store = temp.Open();
        Samples.Prepare(store);

        Assert.Throws<ArgumentException>(() => store.SaveBaselines("tumangang", [new BaselineRow("khasan", Samples.Day0, 1, 0, 2)]));
    }
}
