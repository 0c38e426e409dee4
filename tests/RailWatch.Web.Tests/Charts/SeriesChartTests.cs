using RailWatch.Core.Flags;
using RailWatch.Core.Geometry;
using RailWatch.Store;
using RailWatch.Web.Charts;
using RailWatch.Web.Model;

namespace RailWatch.Web.Tests.Charts;

public sealed class SeriesChartTests
{
    private static readonly DateTimeOffset T0 = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly YardInfo Yard = new("y", "Yard <One>", [new GeoPoint(0, 0), new GeoPoint(1, 0), new GeoPoint(1, 1)]);

    [Test]
    public void Render_NotObservedScene_DrawnAsAxisTickNotAsZeroCount()
    {
        var series = new YardSeries(Yard, [new SeriesPoint(T0, 10, 8, 12), new SeriesPoint(T0.AddDays(1), null, null, null)], [], []);
        var svg = SeriesChart.Render(series);
        Assert.That(CountOf(svg, "class=\"obs\""), Is.EqualTo(1));
        Assert.That(CountOf(svg, "class=\"unobserved\""), Is.EqualTo(1));
        Assert.That(svg, Does.Contain("Yard &lt;One&gt;"));
    }

    [Test]
    public void Render_BaselineAndFlags_BandExpectedLineAndRingPerFlagWithCurrentHighlighted()
    {
        var flag = new FlagSummary
        {
            Id = 7,
            YardId = "y",
            YardName = "Yard",
            Flag = new Flag("y", T0.AddDays(2), 30, 10, 15, 1e-5, FlagKind.Spike, "m", "r"),
            Status = FlagStatus.Accepted,
            Severity = 5,
        };
        var series = new YardSeries(
            Yard,
            [new SeriesPoint(T0, 10, 8, 12), new SeriesPoint(T0.AddDays(2), 30, 28, 32)],
            [new BaselinePoint(T0, 10, 6, 14), new BaselinePoint(T0.AddDays(2), 10, 6, 14)],
            [flag]);
        var svg = SeriesChart.Render(series, highlightFlagId: 7);
        Assert.That(CountOf(svg, "<polygon class=\"band\""), Is.EqualTo(1));
        Assert.That(CountOf(svg, "<polyline class=\"expected\""), Is.EqualTo(1));
        Assert.That(CountOf(svg, "class=\"flag status-accepted current\""), Is.EqualTo(1));
    }

    [Test]
    public void Render_NoData_SaysSo() =>
        Assert.That(SeriesChart.Render(new YardSeries(Yard, [], [], [])), Does.Contain("no observations yet"));

    private static int CountOf(string text, string part) =>
        (text.Length - text.Replace(part, string.Empty, StringComparison.Ordinal).Length) / part.Length;
}
