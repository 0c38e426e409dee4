using RailWatch.Store.Tests.TestSupport;

namespace RailWatch.Store.Tests.Runs;

public class RunsTests
{
    [Test]
    public void FinishRun_StoresTimesAndSummary()
    {
        using var temp = new TempStore();
        using var store = temp.Open();
        var started = new DateTimeOffset(2025, 6, 1, 2, 0, 0, TimeSpan.FromHours(9));
        var unfinished = store.BeginRun(started.AddDays(-1), null);
        var run = store.BeginRun(started, "/etc/railwatch.json");

        store.FinishRun(run, started.AddMinutes(12), new RunSummary(3, 4, 1, 3, 2));

        var runs = store.Runs();
        Assert.That(runs.Select(r => r.Id), Is.EqualTo(new[] { unfinished, run }));
        Assert.That(runs[0].FinishedAt, Is.Null);
        Assert.That(runs[1], Is.EqualTo(new RunRow(run, started, started.AddMinutes(12), "/etc/railwatch.json", new RunSummary(3, 4, 1, 3, 2))));
        Assert.That(runs[1].StartedAt.Offset, Is.EqualTo(TimeSpan.Zero), "times come back in UTC");
    }

    [Test]
    public void FinishRun_UnknownRun_Throws()
    {
        using var temp = new TempStore();
        using var store = temp.Open();

        Assert.Throws<InvalidOperationException>(() => store.FinishRun(42, Samples.Day0, new RunSummary(0, 0, 0, 0, 0)));
    }
}
