using RailWatch.Stats.Evaluation;

namespace RailWatch.AltSeries.Bench.Yards;

/// <summary>A cut of cars on the yard's tracks from <see cref="Arrive"/> to <see cref="Leave"/> (days since the series' start).</summary>
internal readonly record struct Cut(double Arrive, double Leave, int Size);

/// <summary>
/// A yard's cars over time, simulated as trains: cuts of cars arrive (a Poisson number a day, at a rate that follows
/// the week, the season, the trend and the schedule), stay a log-normal number of days and leave whole; a cut that
/// does not fit on the tracks is held elsewhere. Counts are therefore correlated from day to day, and their spread
/// comes from the size of cuts, not from a count distribution. Events add or hold back cuts:
/// a sustained rise brings its extra cars in one to three trains over its first days and keeps them until its end;
/// a spike is one long train parked for its 1–3 days; a decrease thins the arrivals.
/// </summary>
internal sealed class YardTraffic
{
    private const double DwellLogSd = 0.5;

    /// <summary>Days of traffic simulated before the series starts, so that it starts with a yard already in use.</summary>
    private const int WarmUpDays = 30;

    private readonly List<Cut> _cuts;

    private YardTraffic(List<Cut> cuts) => _cuts = cuts;

    public IReadOnlyList<Cut> Cuts => _cuts;

    public static YardTraffic Simulate(YardTraits yard, DateOnly start, int days, IReadOnlyList<LabelledEvent> events, Random rng)
    {
        var cuts = new List<Cut>();
        var active = new List<Cut>();
        var baseRate = yard.UsualStock / (yard.MeanCutSize * yard.MeanDwellDays);
        for (var day = -WarmUpDays; day < days; day++)
        {
            var date = start.AddDays(day);
            var rate = baseRate * yard.WeekdayFactors[(int)date.DayOfWeek] * LevelFactor(yard, date, day) * DecreaseFactor(events, date);
            var arrivals = TraitDraw.Poisson(rng, rate);
            for (var i = 0; i < arrivals; i++)
            {
                var arrive = day + rng.NextDouble();
                var size = Math.Max(1, (int)Math.Round(yard.MeanCutSize * TraitDraw.Gamma(rng, 4) / 4));
                var dwell = yard.MeanDwellDays * Math.Exp((DwellLogSd * TraitDraw.Normal(rng)) - (DwellLogSd * DwellLogSd / 2));
                active.RemoveAll(c => c.Leave <= arrive);
                if (active.Sum(c => c.Size) + size > yard.Capacity)
                {
                    continue;
                }

                var cut = new Cut(arrive, arrive + dwell, size);
                active.Add(cut);
                cuts.Add(cut);
            }
        }

        foreach (var e in events)
        {
            var first = e.Start.DayNumber - start.DayNumber;
            var last = e.End.DayNumber - start.DayNumber;
            var extra = (e.Factor - 1) * yard.UsualStock * LevelFactor(yard, e.Start, first);
            switch (e.Kind)
            {
                case EventKind.Sustained:
                {
                    var trains = rng.Next(1, 4);
                    var ramp = TraitDraw.Uniform(rng, 0.2, Math.Min(3, (last - first + 1) / 3.0));
                    var cars = Math.Max(trains, (int)Math.Round(extra));
                    for (var t = 0; t < trains; t++)
                    {
                        var size = (cars / trains) + (t < cars % trains ? 1 : 0);
                        cuts.Add(new Cut(first + (ramp * rng.NextDouble()), last + 0.5 + (2 * rng.NextDouble()), size));
                    }

                    break;
                }

                case EventKind.Spike:
                    cuts.Add(new Cut(first + (0.35 * rng.NextDouble()), last + 0.5 + (0.5 * rng.NextDouble()), Math.Max(3, (int)Math.Round(extra))));
                    break;
                case EventKind.Decrease:
                    break; // thinned arrivals above
            }
        }

        return new YardTraffic(cuts);
    }

    public IEnumerable<Cut> At(double time) => _cuts.Where(c => c.Arrive <= time && time < c.Leave);

    /// <summary>The arrival rate's factor, but for the day of the week, on a day without events: season, new-year lull, trend, schedule.</summary>
    private static double LevelFactor(YardTraits yard, DateOnly date, int day)
    {
        var (peak, width, height) = yard.Season;
        var fromPeak = Math.Abs(date.DayOfYear - peak);
        fromPeak = Math.Min(fromPeak, 365 - fromPeak);
        var factor = 1 + (height * Math.Exp(-0.5 * (fromPeak / width) * (fromPeak / width)));
        if (yard.NewYearLull && (date.DayOfYear <= 5 || date.DayOfYear >= 361))
        {
            factor *= 0.3;
        }

        factor *= Math.Exp(yard.TrendPerYear * day / 365.25);
        if (yard.ScheduleChange is { } change && day >= change.Day)
        {
            factor *= change.Factor;
        }

        return factor;
    }

    private static double DecreaseFactor(IReadOnlyList<LabelledEvent> events, DateOnly date)
    {
        foreach (var e in events)
        {
            if (e.Kind == EventKind.Decrease && date >= e.Start && date <= e.End)
            {
                return e.Factor;
            }
        }

        return 1;
    }
}
