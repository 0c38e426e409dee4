namespace RailWatch.AltSeries.Bench;

/// <summary>
/// The features of these series that the project's own generator lacks, each of which can be turned off
/// (<c>generate --without gross,season</c>) to see what it costs a detector. Turning off a fault of the looks (gross,
/// overconfident, cut-clouds, fraction-error) draws the same random numbers, so the rest of the series stays as it
/// was; turning off one of the traffic (season, new-year, schedule) changes the arrivals, and so the draws after them.
/// </summary>
internal sealed record AltSeriesFaults
{
    public static readonly IReadOnlyList<string> Names = ["gross", "overconfident", "cut-clouds", "fraction-error", "season", "new-year", "schedule"];

    /// <summary>Gross counter errors: 1.5% of looks read ×1.3–1.8 and a few cars more, 1.5% ×0.4–0.7.</summary>
    public bool GrossErrors { get; init; } = true;

    /// <summary>Intervals that claim 0.7–1.1 times the counter's true error.</summary>
    public bool OverconfidentIntervals { get; init; } = true;

    /// <summary>Cloud that hides whole cuts rather than cars one by one.</summary>
    public bool CutClouds { get; init; } = true;

    /// <summary>One reported observed fraction in ten off by a few points.</summary>
    public bool FractionErrors { get; init; } = true;

    /// <summary>A busy or slack season of 25–60 days a year instead of none.</summary>
    public bool SeasonBump { get; init; } = true;

    /// <summary>Arrivals nearly stopped over the new year at half the yards.</summary>
    public bool NewYearLull { get; init; } = true;

    /// <summary>A lasting schedule change (×0.6–1.4) during the burn-in year at three yards in ten.</summary>
    public bool ScheduleChange { get; init; } = true;

    public static AltSeriesFaults Without(string list)
    {
        var names = list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var name in names)
        {
            if (!Names.Contains(name))
            {
                throw new ArgumentException($"--without: unknown fault '{name}' (known: {string.Join(", ", Names)})");
            }
        }

        return new AltSeriesFaults
        {
            GrossErrors = !names.Contains("gross"),
            OverconfidentIntervals = !names.Contains("overconfident"),
            CutClouds = !names.Contains("cut-clouds"),
            FractionErrors = !names.Contains("fraction-error"),
            SeasonBump = !names.Contains("season"),
            NewYearLull = !names.Contains("new-year"),
            ScheduleChange = !names.Contains("schedule"),
        };
    }
}
