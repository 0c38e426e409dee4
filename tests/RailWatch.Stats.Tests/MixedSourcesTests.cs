using RailWatch.Core.Flags;

namespace RailWatch.Stats.Tests;

/// <summary>
/// A yard watched by two sensors: a fine one whose counts are right within narrow intervals, and a coarse one that
/// reads 40–80 cars too many, inside intervals wide enough to hold the truth (as the counter's 3 m scenes of a nearly
/// empty yard do).
/// </summary>
public sealed class MixedSourcesTests
{
    private const int TrueMean = 20;
    private static readonly IncreaseDetector Detector = new(new DetectorOptions());

    /// <summary>Two years of looks every two days, every third from the coarse sensor; sources named or not.</summary>
    private static List<CountObservation> Looks(bool named)
    {
        var rng = new Random(5);
        return [.. SeriesBuilder.Series("y", seed: 5, days: 730, mean: _ => TrueMean, size: 20, step: 2).Select((o, i) =>
        {
            var count = o.Count!.Value;
            if (i % 3 != 2)
            {
                var fine = 0.5 + (0.05 * count);
                return o with { Low = (int)Math.Floor(count - (1.645 * fine)), High = (int)Math.Ceiling(count + (1.645 * fine)), Source = named ? "fine" : null };
            }

            var bias = 40 + rng.Next(41);
            var sd = 0.5 + (0.25 * count);
            var coarse = count + bias;
            var half = 1.645 * (sd + bias);
            return o with { Count = coarse, Low = Math.Max(0, (int)Math.Floor(coarse - half)), High = (int)Math.Ceiling(coarse + half), Source = named ? "coarse" : null };
        })];
    }

    private static double LastExpected(IReadOnlyList<CountObservation> looks) =>
        Detector.Baseline(looks).Baseline.Last(b => double.IsFinite(b.Expected)).Expected;

    [Test]
    public void Evaluate_CoarseLooksNamedAsTheirSource_RaiseNoMoreFalseAlarmsThanTheBudget()
    {
        // The budget is 0.5 false alarms a yard-year: at most one in these two years.
        Assert.That(Detector.Evaluate(Looks(named: true)), Has.Count.LessThanOrEqualTo(1));
    }

    [Test]
    public void Evaluate_RiseSeenByBothSensors_IsFlaggedMoreOftenWhenSourcesAreNamed()
    {
        // In the second year the yard triples for 40 days; both sensors count the extra cars.
        var riseStart = SeriesBuilder.Start.AddDays(500);
        List<CountObservation> Risen(bool named) => [.. Looks(named).Select(o => o.Acquired >= riseStart && o.Acquired < riseStart.AddDays(40)
            ? o with { Count = o.Count + (2 * TrueMean), Low = o.Low + (2 * TrueMean), High = o.High + (2 * TrueMean) }
            : o)];

        var named = Detector.Evaluate(Risen(named: true)).Where(f => f.Acquired >= riseStart && f.Acquired < riseStart.AddDays(40));
        var unnamed = Detector.Evaluate(Risen(named: false)).Where(f => f.Acquired >= riseStart && f.Acquired < riseStart.AddDays(40));

        Assert.That(named, Is.Not.Empty);
        Assert.That(named.Count(), Is.GreaterThan(unnamed.Count()), "as one source, the coarse looks' overcount hides the rise");
    }

    [Test]
    public void Baseline_CoarseLooksNamedAsTheirSource_StaysAtTheFineLevel()
    {
        var expected = LastExpected(Looks(named: true));

        Assert.That(expected, Is.EqualTo(TrueMean).Within(20).Percent);
    }

    [Test]
    public void Baseline_CoarseLooksNotNamed_LearnsTheirOvercount()
    {
        // The same looks as one source: their width is read as growth with the count, and their bias teaches the baseline.
        var named = LastExpected(Looks(named: true));
        var unnamed = LastExpected(Looks(named: false));

        Assert.That(unnamed, Is.GreaterThan(named * 1.3));
    }
}
