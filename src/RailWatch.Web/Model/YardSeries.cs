namespace RailWatch.Web.Model;

/// <summary>A yard's count series with its baseline band and its flags, for the chart.</summary>
public sealed record YardSeries(
    YardInfo Yard,
    IReadOnlyList<SeriesPoint> Points,
    IReadOnlyList<BaselinePoint> Baseline,
    IReadOnlyList<FlagSummary> Flags);

/// <summary>One observed total; <see cref="Count"/> null means not observed (never drawn as zero).</summary>
public sealed record SeriesPoint(DateTimeOffset Acquired, int? Count, int? Low, int? High)
{
    /// <summary>True when an analyst's corrected count replaced the counter's.</summary>
    public bool Corrected { get; init; }
}

public sealed record BaselinePoint(DateTimeOffset Acquired, double Expected, double Lower, double Upper);
