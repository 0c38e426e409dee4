using System.Globalization;
using System.Text;
using System.Text.Json;

namespace RailWatch.Vision.Bench;

/// <summary>
/// `coarsedump SEEDS OUT.jsonl [SERIESDIR YARD]`: per coarse scene and track, the truth count and the visible car
/// probabilities along the strip, for studying estimators of the count from occupancy at 3 m.
/// </summary>
internal static class CoarseDump
{
    public static void Run(IEnumerable<int> seeds, RailcarCounter counter, string outPath, string? seriesDir, string? yardPath)
    {
        using var writer = new StreamWriter(outPath);
        foreach (var (seed, options, _, label, report) in CountedScenes.For(seeds, counter, o => o.GsdMetres > counter.Model.MaxSegmentationGsdMetres))
        {
            var truth = label.Cars.Where(c => c.Visible).GroupBy(c => c.TrackId).ToDictionary(g => g.Key, g => g.Count());
            Write(writer, $"seed {seed} {options.Sensor} {options.Season} cloud {options.CloudCover:F2} haze {options.Haze:F2} sun {options.SunElevationDegrees:F0}", options.GsdMetres, label.VisibleCount, report, truth, label.TrueShiftMetres);
        }

        if (seriesDir is not null && yardPath is not null)
        {
            var yard = RailWatch.Core.Yards.YardFile.Load(yardPath);
            foreach (var (file, img, truthDoc) in SeriesScenes.Coarser(seriesDir, yard, counter.Model.MaxSegmentationGsdMetres))
            {
                var error = truthDoc.GetProperty("geolocation_error");
                var trueShift = (error.GetProperty("east_m").GetDouble(), error.GetProperty("north_m").GetDouble());
                var report = counter.CountDetailed(img, yard, new CountOptions { FixedShiftMetres = CountedScenes.AtTrueShift ? trueShift : null });
                Write(writer, Path.GetFileName(file), img.GsdMetres, truthDoc.GetProperty("visible_count").GetInt32(), report, SeriesScenes.TrackTruth(truthDoc), trueShift);
                Console.Error.Write('s');
            }
        }
    }

    private static void Write(StreamWriter writer, string name, double gsd, int truthTotal, CountReport report, Dictionary<string, int> truth, (double East, double North) trueShift)
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"{{\"scene\":\"{name}\",\"gsd\":{gsd},\"truth\":{truthTotal},\"count\":{report.Count.Total.Count?.ToString(CultureInfo.InvariantCulture) ?? "null"},\"low\":{report.Count.Total.Low?.ToString(CultureInfo.InvariantCulture) ?? "null"},\"high\":{report.Count.Total.High?.ToString(CultureInfo.InvariantCulture) ?? "null"},\"raw\":{report.RawTotal?.ToString("F2", CultureInfo.InvariantCulture) ?? "null"},\"shift\":[{report.Count.ShiftMetres.East},{report.Count.ShiftMetres.North}],\"true_shift\":[{trueShift.East:F2},{trueShift.North:F2}],\"tracks\":[");
        var first = true;
        foreach (var p in report.Profiles!)
        {
            if (!first)
            {
                sb.Append(',');
            }

            first = false;
            var id = p.Strip.Path.Track.Id;
            sb.Append(CultureInfo.InvariantCulture, $"{{\"id\":\"{id}\",\"truth\":{truth.GetValueOrDefault(id)},\"step\":{p.Strip.StepMetres:F3},\"p\":[");
            sb.AppendJoin(',', Enumerable.Range(0, p.Strip.Length).Select(t => p.Visible[t] ? p.Probability[t].ToString("F3", CultureInfo.InvariantCulture) : "-1"));
            sb.Append("],\"m\":[");
            sb.AppendJoin(',', Enumerable.Range(0, p.Strip.Length).Select(t => CorridorTone(p.Strip, t) is { } m ? m.ToString("F4", CultureInfo.InvariantCulture) : "-1"));
            sb.Append("]}");
        }

        sb.Append("]}");
        writer.WriteLine(sb.ToString());
        writer.Flush();
    }

    /// <summary>Mean stretched tone across the track's own corridor (within 2.4 m of its centre line); null where any of it is hidden.</summary>
    private static double? CorridorTone(Strips.Strip strip, int t)
    {
        double sum = 0;
        var n = 0;
        for (var v = 0; v < strip.Width; v++)
        {
            if (Math.Abs(strip.OffsetsMetres[v]) > 2.4)
            {
                continue;
            }

            var i = strip.Index(t, v);
            if (!strip.Visible[i])
            {
                return null;
            }

            sum += strip.Luma[i];
            n++;
        }

        return n == 0 ? null : sum / n;
    }
}
