using Microsoft.Extensions.Time.Testing;
using RailWatch.Cli.Nightly;

namespace RailWatch.Cli.Tests.Nightly;

public sealed class StageClockTests
{
    [Test]
    public async Task Measure_SumsEachStageOnTheInjectedClock()
    {
        var time = new FakeTimeProvider();
        var clock = new StageClock(time);

        clock.Measure("count", () => Spend(time, TimeSpan.FromSeconds(2.5)));
        clock.Measure("count", () => Spend(time, TimeSpan.FromMilliseconds(250)));
        await clock.MeasureAsync("fetch_chip", () => Task.FromResult(Spend(time, TimeSpan.FromMinutes(1))));
        clock.Add("search", TimeSpan.FromSeconds(0.125));

        Assert.That(clock.Seconds(), Is.EqualTo(new Dictionary<string, double> { ["count"] = 2.75, ["fetch_chip"] = 60, ["search"] = 0.125 }));
    }

    private static bool Spend(FakeTimeProvider time, TimeSpan span)
    {
        time.Advance(span);
        return true;
    }
}
