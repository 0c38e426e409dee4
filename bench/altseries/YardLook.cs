using System.Globalization;
using RailWatch.Stats.Evaluation;

namespace RailWatch.AltSeries.Bench;

/// <summary>One yard as text: its traits, its events, and for each day its cars at pass time with the look taken, if any.</summary>
internal static class YardLook
{
    public static void Print(TextWriter output, SyntheticSeries series, SimulatedYard yard)
    {
        var c = CultureInfo.InvariantCulture;
        var t = yard.Traits;
        output.WriteLine(string.Create(c,
            $"{t.Id}: usual {t.UsualStock:0.0} cars, capacity {t.Capacity}, cuts of {t.MeanCutSize:0.0} staying {t.MeanDwellDays:0.0} d, season peak day {t.Season.PeakDay} ×{1 + t.Season.Height:0.00} over {t.Season.WidthDays:0} d, trend {t.TrendPerYear:+0.00;-0.00}/y, schedule change {t.ScheduleChange?.ToString() ?? "none"}, revisit {t.RevisitDays} d, cloudiness {t.Cloudiness:0.00}, counter error {t.CounterError:0.000}"));
        foreach (var e in yard.Events)
        {
            output.WriteLine(string.Create(c, $"  event {e.Kind} {e.Start:yyyy-MM-dd}..{e.End:yyyy-MM-dd} ×{e.Factor:0.00}"));
        }

        var looks = series.Observations.Where(o => o.YardId == t.Id)
            .ToDictionary(o => DateOnly.FromDateTime(o.Acquired.UtcDateTime));
        for (var day = 0; day < series.Options.Days; day++)
        {
            var date = series.Options.Start.AddDays(day);
            var cars = yard.Traffic.At(day + 0.44).Sum(cut => cut.Size);
            var inEvent = yard.Events.FirstOrDefault(e => date >= e.Start && date <= e.End);
            var look = looks.TryGetValue(date, out var o)
                ? o.Count is null ? "  cloud" : string.Create(c, $"  look {o.Count} [{o.Low},{o.High}] f={o.ObservedFraction:0.00}")
                : string.Empty;
            output.WriteLine(string.Create(c, $"{date:yyyy-MM-dd} {date.DayOfWeek.ToString()[..2]} {cars,4} {new string('#', Math.Min(cars, 120) * 60 / 120)}{look}{(inEvent is null ? string.Empty : " <" + inEvent.Kind.ToString().ToLowerInvariant())}"));
        }
    }
}
