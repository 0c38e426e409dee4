using RailWatch.Cli.Infrastructure;

namespace RailWatch.Cli.Tests.Infrastructure;

public sealed class SynchronousProgressTests
{
    [Test]
    public void Report_RunsOnTheReportingThreadBeforeItReturns_InOrder()
    {
        var seen = new List<(int Value, int Thread)>();
        IProgress<int> progress = new SynchronousProgress<int>(v => seen.Add((v, Environment.CurrentManagedThreadId)));

        for (var i = 0; i < 100; i++)
        {
            progress.Report(i);
            Assert.That(seen, Has.Count.EqualTo(i + 1));
        }

        Assert.That(seen.Select(s => s.Value), Is.EqualTo(Enumerable.Range(0, 100)));
        Assert.That(seen.Select(s => s.Thread), Is.All.EqualTo(Environment.CurrentManagedThreadId));
    }
}
