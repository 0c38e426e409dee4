namespace RailWatch.Stats.Evaluation;

/// <summary>Settings of <see cref="SyntheticSeriesGenerator"/>; the defaults are the benchmark's (docs/stats.md).</summary>
public sealed record SyntheticSeriesOptions
{
    public int Yards { get; init; } = 300;

    public int Seed { get; init; } = 1;

    public DateOnly Start { get; init; } = new(2022, 1, 3);

    /// <summary>Days simulated; the first <see cref="BurnInDays"/> carry no events.</summary>
    public int Days { get; init; } = 730;

    public int BurnInDays { get; init; } = 365;

    /// <summary>Spikes injected per yard in the evaluation period.</summary>
    public int SpikesPerYard { get; init; } = 2;

    /// <summary>Sustained rises injected per yard in the evaluation period.</summary>
    public int RisesPerYard { get; init; } = 1;

    /// <summary>Probability that a yard also gets a decrease (which must not be flagged).</summary>
    public double DecreaseProbability { get; init; } = 0.5;

    /// <summary>Days kept clear between events (the grace after an event is inside it).</summary>
    public int EventSpacingDays { get; init; } = 14;
}
