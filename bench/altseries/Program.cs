// Labelled count series from a model of yards of its own (README.md), for scoring increase detection on series
// the project's generator did not make. Usage:
//   RailWatch.AltSeries.Bench generate --seed S --yards N --out DIR [--without FAULT,...]   → DIR/series.csv, DIR/events.csv
//   RailWatch.AltSeries.Bench traits --seed S --yards N               each yard's traits, as CSV
//   RailWatch.AltSeries.Bench look --seed S --yard I                  one yard's cars by day and its looks, as text
using System.Globalization;
using RailWatch.AltSeries.Bench;

var culture = CultureInfo.InvariantCulture;
var options = new Dictionary<string, string>(StringComparer.Ordinal);
for (var i = 1; i + 1 < args.Length; i += 2)
{
    options[args[i].TrimStart('-')] = args[i + 1];
}

int Int(string name, int fallback) => options.TryGetValue(name, out var v) ? int.Parse(v, culture) : fallback;

switch (args.Length > 0 ? args[0] : "help")
{
    case "generate" when options.ContainsKey("out"):
    {
        AltSeriesFaults faults;
        try
        {
            faults = options.TryGetValue("without", out var without) ? AltSeriesFaults.Without(without) : new AltSeriesFaults();
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine(e.Message);
            return 2;
        }

        var (series, _) = AltSeriesGenerator.Generate(Int("seed", 1), Int("yards", 300), faults);
        SeriesFiles.Write(options["out"], series);
        var counted = series.Observations.Count(o => o.Count is not null);
        Console.WriteLine(string.Create(culture,
            $"{series.Observations.Count} looks ({counted} counted) of {series.Options.Yards} yards, {series.Events.Count} events, {series.Options.Start:yyyy-MM-dd} + {series.Options.Days} days, burn-in {series.Options.BurnInDays} → {options["out"]}"));
        return 0;
    }

    case "traits":
    {
        var (_, yards) = AltSeriesGenerator.Generate(Int("seed", 1), Int("yards", 300));
        Console.WriteLine("yard,usual,capacity,cut_size,cuts_held,dwell_days,season_height,new_year_lull,trend,schedule_change,revisit_days,cloudiness,counter_error");
        foreach (var t in yards.Select(y => y.Traits))
        {
            Console.WriteLine(string.Create(culture,
                $"{t.Id},{t.UsualStock:0.0},{t.Capacity},{t.MeanCutSize:0.0},{t.UsualStock / t.MeanCutSize:0.0},{t.MeanDwellDays:0.0},{t.Season.Height:0.00},{t.NewYearLull},{t.TrendPerYear:0.00},{t.ScheduleChange?.Factor ?? 1:0.00},{t.RevisitDays},{t.Cloudiness:0.00},{t.CounterError:0.000}"));
        }

        return 0;
    }

    case "look":
    {
        var (series, yards) = AltSeriesGenerator.Generate(Int("seed", 1), Int("yard", 0) + 1);
        YardLook.Print(Console.Out, series, yards[^1]);
        return 0;
    }

    default:
        Console.Error.WriteLine("usage: RailWatch.AltSeries.Bench generate --seed S --yards N --out DIR [--without FAULT,...] | traits --seed S --yards N | look --seed S --yard I");
        return 2;
}
