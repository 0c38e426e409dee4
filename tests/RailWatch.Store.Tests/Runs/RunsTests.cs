using Microsoft.Data.Sqlite;
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

    [Test]
    public void ReadRuns_OfAStoreFile_ReturnsItsRunsOldestFirst()
    {
        using var temp = new TempStore();
        using (var store = temp.Open())
        {
            var run = store.BeginRun(Samples.Day0, "/etc/railwatch.json");
            store.FinishRun(run, Samples.Day0.AddMinutes(3), new RunSummary(1, 0, 0, 1, 0));
            store.BeginRun(Samples.Day0.AddDays(1), null);
        }

        var runs = RailWatchStore.ReadRuns(temp.StorePath);

        Assert.That(runs, Is.Not.Null);
        Assert.That(runs!.Select(r => r.ConfigPath), Is.EqualTo(new[] { "/etc/railwatch.json", null }));
        Assert.That(runs[0].Summary, Is.EqualTo(new RunSummary(1, 0, 0, 1, 0)));
    }

    [Test]
    public void ReadRuns_NoFile_ReturnsNullAndCreatesNothing()
    {
        using var temp = new TempStore();

        Assert.That(RailWatchStore.ReadRuns(temp.StorePath), Is.Null);
        Assert.That(File.Exists(temp.StorePath), Is.False);
    }

    [Test]
    public void ReadRuns_NotASqliteFile_ReturnsNullAndLeavesItAsItWas()
    {
        using var temp = new TempStore();
        File.WriteAllText(temp.StorePath, "someone's notes, not a database, long enough to look like a file header");

        Assert.That(RailWatchStore.ReadRuns(temp.StorePath), Is.Null);
        Assert.That(File.ReadAllText(temp.StorePath), Is.EqualTo("someone's notes, not a database, long enough to look like a file header"));
    }

    [Test]
    public void ReadRuns_SqliteDatabaseOfAnotherProgram_ReturnsNullWithoutMigratingIt()
    {
        using var temp = new TempStore();
        using (var other = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = temp.StorePath, Pooling = false }.ConnectionString))
        {
            other.Open();
            using var create = other.CreateCommand();
            create.CommandText = "CREATE TABLE bookmarks (url TEXT); INSERT INTO bookmarks VALUES ('https://example.org')";
            create.ExecuteNonQuery();
        }

        var before = File.ReadAllBytes(temp.StorePath);

        Assert.That(RailWatchStore.ReadRuns(temp.StorePath), Is.Null);
        Assert.That(File.ReadAllBytes(temp.StorePath), Is.EqualTo(before));
    }
}
