using RailWatch.Stats.Evaluation;

namespace RailWatch.Stats.Tests.Evaluation;

public sealed class SyntheticSeriesGeneratorTests
{
    [Test]
    public void Generate_SameSeed_GivesSameSeries()
    {
        var options = new SyntheticSeriesOptions { Yards = 5, Seed = 9 };

        var a = SyntheticSeriesGenerator.Generate(options);
        var b = SyntheticSeriesGenerator.Generate(options);

        Assert.That(b.Observations, Is.EqualTo(a.Observations));
        Assert.That(b.Events, Is.EqualTo(a.Events));
    }

    [Test]
    public void Generate_EventsLieAfterBurnInWithinTheirRanges()
    {
        var s = SyntheticSeriesGenerator.Generate(new SyntheticSeriesOptions { Yards = 40, Seed = 10 });
        var burnInEnd = s.Options.Start.AddDays(s.Options.BurnInDays);

        Assert.That(s.Events.All(e => e.Start >= burnInEnd), Is.True);
        Assert.That(s.Events.Where(e => e.Kind == EventKind.Spike).All(e => e.End.DayNumber - e.Start.DayNumber + 1 is >= 1 and <= 3 && e.Factor is >= 2 and <= 4), Is.True);
        Assert.That(s.Events.Where(e => e.Kind == EventKind.Sustained).All(e => e.End.DayNumber - e.Start.DayNumber + 1 is >= 7 and <= 60 && e.Factor is >= 1.5 and <= 3), Is.True);
        Assert.That(s.Events.Where(e => e.Kind == EventKind.Decrease).All(e => e.Factor < 1), Is.True);
        Assert.That(s.Observations.All(o => o.Count >= 0 && o.Low <= o.Count && o.Count <= o.High && o.ObservedFraction is > 0 and <= 1), Is.True);
    }

    [Test]
    public void Generate_RevisitsAndCloudsLeaveIrregularGaps()
    {
        var s = SyntheticSeriesGenerator.Generate(new SyntheticSeriesOptions { Yards = 20, Seed = 11 });
        var gaps = s.Observations.GroupBy(o => o.YardId)
            .SelectMany(g => g.Zip(g.Skip(1), (a, b) => (b.Acquired - a.Acquired).TotalDays))
            .ToList();

        Assert.That(gaps.Min(), Is.LessThan(2.1));
        Assert.That(gaps.Select(g => Math.Round(g)).Distinct().Count(), Is.GreaterThan(10));
        Assert.That(gaps.Max(), Is.GreaterThan(14));
    }

    [Test]
    public void Generate_InControlMeansMatchTheBurnInCounts()
    {
        var s = SyntheticSeriesGenerator.Generate(new SyntheticSeriesOptions { Yards = 30, Seed = 12 });
        var burnInEnd = new DateTimeOffset(s.Options.Start.AddDays(s.Options.BurnInDays).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var burnIn = s.Observations.Select((o, i) => (o, Mean: s.InControlMeans[i])).Where(x => x.o.Acquired < burnInEnd).ToList();

        Assert.That(s.InControlMeans, Has.Count.EqualTo(s.Observations.Count));
        var counted = burnIn.Sum(x => x.o.Count!.Value / x.o.ObservedFraction);
        Assert.That(counted / burnIn.Sum(x => x.Mean), Is.EqualTo(1).Within(0.05));
    }
}
