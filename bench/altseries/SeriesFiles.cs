using System.Globalization;
using RailWatch.Stats.Evaluation;

namespace RailWatch.AltSeries.Bench;

/// <summary>
/// Writes series as <c>railwatch detect</c> reads them (<c>yard,acquired,count,low,high,observed_fraction</c>; an
/// empty count is a look that saw nothing) and the labels as bench/stats reads them (<c>yard,kind,start,end,factor</c>).
/// </summary>
internal static class SeriesFiles
{
    public static void Write(string directory, SyntheticSeries series)
    {
        var c = CultureInfo.InvariantCulture;
        Directory.CreateDirectory(directory);
        using (var w = new StreamWriter(Path.Combine(directory, "series.csv")))
        {
            w.WriteLine("yard,acquired,count,low,high,observed_fraction");
            foreach (var o in series.Observations)
            {
                var fraction = o.Count is null ? string.Empty : o.ObservedFraction.ToString(c);
                w.WriteLine(string.Create(c, $"{o.YardId},{o.Acquired.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ},{o.Count},{o.Low},{o.High},{fraction}"));
            }
        }

        using (var w = new StreamWriter(Path.Combine(directory, "events.csv")))
        {
            w.WriteLine("yard,kind,start,end,factor");
            foreach (var e in series.Events)
            {
                w.WriteLine(string.Create(c, $"{e.YardId},{e.Kind.ToString().ToLowerInvariant()},{e.Start:yyyy-MM-dd},{e.End:yyyy-MM-dd},{e.Factor}"));
            }
        }
    }
}
