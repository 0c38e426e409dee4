namespace RailWatch.AltSeries.Bench.Yards;

/// <summary>
/// What makes one simulated yard's traffic its own: how many cars it usually holds, how they come (cuts of cars
/// arriving by train, staying some days and leaving whole), its weekly and yearly rhythm, and its look from orbit.
/// </summary>
internal sealed record YardTraits
{
    public required string Id { get; init; }

    /// <summary>Cars the yard holds on an ordinary day at the start of the series.</summary>
    public required double UsualStock { get; init; }

    /// <summary>Cars the tracks can hold; arriving cuts that do not fit are held elsewhere.</summary>
    public required int Capacity { get; init; }

    /// <summary>Mean cars per arriving cut: the yard usually holds 3–25 cuts.</summary>
    public required double MeanCutSize { get; init; }

    /// <summary>Mean days a cut stays; each cut's stay is log-normal around it.</summary>
    public required double MeanDwellDays { get; init; }

    /// <summary>Arrival-rate factor per day of the week (Sunday first), mean 1.</summary>
    public required double[] WeekdayFactors { get; init; }

    /// <summary>One busy (or slack) season a year: peak day of year, width in days and height (×(1 + height) at the peak).</summary>
    public required (int PeakDay, double WidthDays, double Height) Season { get; init; }

    /// <summary>Whether arrivals nearly stop over the new year (±5 days).</summary>
    public required bool NewYearLull { get; init; }

    /// <summary>Log of the arrival rate's change per year.</summary>
    public required double TrendPerYear { get; init; }

    /// <summary>A lasting change of the schedule during the first year (day of the series and factor), or none.</summary>
    public required (int Day, double Factor)? ScheduleChange { get; init; }

    /// <summary>Days between the constellation's nominal passes over the yard.</summary>
    public required int RevisitDays { get; init; }

    /// <summary>Share of days under cloud, on average over the year.</summary>
    public required double Cloudiness { get; init; }

    /// <summary>Day of year at which the sky is cloudiest.</summary>
    public required int CloudiestDay { get; init; }

    /// <summary>The counter's relative error at this yard (SD of its log error).</summary>
    public required double CounterError { get; init; }
}
