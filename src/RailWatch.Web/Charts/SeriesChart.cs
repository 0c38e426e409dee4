using System.Globalization;
using System.Text;
using RailWatch.Store;
using RailWatch.Web.Model;
using RailWatch.Web.Pages;

namespace RailWatch.Web.Charts;

/// <summary>
/// Draws a yard's count series as inline SVG: the baseline band (lower–upper) with the expected line, each observed
/// total with its interval, and the flags coloured by status. Used by the flag page and the static report, so it
/// uses presentation attributes only (no inline style, which the pages' Content-Security-Policy forbids).
/// </summary>
public static class SeriesChart
{
    private const double Left = 48, Right = 16, Top = 28, Bottom = 34;

    public static string Render(YardSeries series, long? highlightFlagId = null, int width = 900, int height = 280)
    {
        ArgumentNullException.ThrowIfNull(series);
        var times = series.Points.Select(p => p.Acquired)
            .Concat(series.Baseline.Select(b => b.Acquired))
            .Concat(series.Flags.Select(f => f.Flag.Acquired)).ToList();
        var b = new StringBuilder();
        b.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height}\" ")
         .Append("role=\"img\" aria-label=\"").Append(Html.E($"Railcar counts at {series.Yard.Name} with baseline band and flags")).Append("\">");
        if (times.Count == 0)
        {
            b.Append(CultureInfo.InvariantCulture, $"<text x=\"{width / 2}\" y=\"{height / 2}\" text-anchor=\"middle\" fill=\"#666\">no observations yet</text></svg>");
            return b.ToString();
        }

        var t0 = times.Min().ToUnixTimeSeconds();
        var t1 = times.Max().ToUnixTimeSeconds();
        if (t1 - t0 < 86400)
        {
            t0 -= 43200;
            t1 += 43200;
        }

        // Keep the first and last points (and their flag rings) off the axes.
        var pad = (t1 - t0) / 30;
        t0 -= pad;
        t1 += pad;

        var yMax = new[]
        {
            series.Points.Select(p => (double)(p.High ?? p.Count ?? 0)).DefaultIfEmpty(0).Max(),
            series.Baseline.Select(p => p.Upper).DefaultIfEmpty(0).Max(),
            series.Flags.Select(f => Math.Max(f.Flag.Count, f.Flag.Upper)).DefaultIfEmpty(0).Max(),
        }.Max();
        var step = NiceStep(Math.Max(yMax, 1) / 5);
        yMax = Math.Ceiling(Math.Max(yMax, 1) * 1.05 / step) * step;
        double plotW = width - Left - Right, plotH = height - Top - Bottom;
        double X(DateTimeOffset t) => Left + ((t.ToUnixTimeSeconds() - t0) / (double)(t1 - t0) * plotW);
        double Y(double v) => Top + plotH - (v / yMax * plotH);

        // Grid and y axis.
        for (var v = 0.0; v <= yMax + 1e-9; v += step)
        {
            b.Append(F($"<line x1=\"{Left}\" x2=\"{width - Right}\" y1=\"{Y(v)}\" y2=\"{Y(v)}\" stroke=\"#e3e6ea\" stroke-width=\"1\"/>"))
             .Append(F($"<text x=\"{Left - 6}\" y=\"{Y(v) + 4}\" text-anchor=\"end\" font-size=\"11\" fill=\"#555\">{v:0}</text>"));
        }

        foreach (var tick in TimeTicks(t0, t1))
        {
            var x = X(tick);
            b.Append(F($"<line x1=\"{x}\" x2=\"{x}\" y1=\"{Top + plotH}\" y2=\"{Top + plotH + 4}\" stroke=\"#888\"/>"))
             .Append(F($"<text x=\"{x}\" y=\"{Top + plotH + 17}\" text-anchor=\"middle\" font-size=\"11\" fill=\"#555\">{Html.Day(tick)}</text>"));
        }

        b.Append(F($"<text x=\"{Left}\" y=\"{Top - 12}\" font-size=\"11\" fill=\"#555\">railcars</text>"));

        // Baseline band and expected line.
        var baseline = series.Baseline.OrderBy(p => p.Acquired).ToList();
        if (baseline.Count > 0)
        {
            var band = new StringBuilder();
            foreach (var p in baseline)
            {
                band.Append(F($"{X(p.Acquired):0.##},{Y(p.Upper):0.##} "));
            }

            for (var i = baseline.Count - 1; i >= 0; i--)
            {
                band.Append(F($"{X(baseline[i].Acquired):0.##},{Y(Math.Max(0, baseline[i].Lower)):0.##} "));
            }

            b.Append("<polygon class=\"band\" points=\"").Append(band.ToString().TrimEnd()).Append("\" fill=\"#bcd7f5\" fill-opacity=\"0.6\" stroke=\"none\"/>");
            b.Append("<polyline class=\"expected\" fill=\"none\" stroke=\"#3b78c3\" stroke-width=\"1.5\" stroke-dasharray=\"5 3\" points=\"")
             .Append(string.Join(' ', baseline.Select(p => F($"{X(p.Acquired):0.##},{Y(p.Expected):0.##}")))).Append("\"/>");
        }

        // Observations with their intervals; "not observed" is drawn as a tick on the axis, never as zero.
        foreach (var p in series.Points.OrderBy(p => p.Acquired))
        {
            var x = X(p.Acquired);
            if (p.Count is not { } c)
            {
                b.Append(F($"<line class=\"unobserved\" x1=\"{x}\" x2=\"{x}\" y1=\"{Top + plotH - 6}\" y2=\"{Top + plotH}\" stroke=\"#aaa\"><title>{Html.Day(p.Acquired)}: not observed</title></line>"));
                continue;
            }

            if (p.Low is { } lo && p.High is { } hi)
            {
                b.Append(F($"<line x1=\"{x}\" x2=\"{x}\" y1=\"{Y(lo)}\" y2=\"{Y(hi)}\" stroke=\"#666\" stroke-width=\"1\"/>"));
            }

            var fill = p.Corrected ? "#2a9d8f" : "#333";
            b.Append(F($"<circle class=\"obs\" cx=\"{x}\" cy=\"{Y(c)}\" r=\"3\" fill=\"{fill}\"><title>{Html.Day(p.Acquired)}: {c} cars{(p.Corrected ? " (corrected)" : string.Empty)}</title></circle>"));
        }

        foreach (var f in series.Flags)
        {
            var x = X(f.Flag.Acquired);
            var y = Y(f.Flag.Count);
            var colour = StatusColour(f.Status);
            var highlighted = f.Id == highlightFlagId;
            var r = highlighted ? 9 : 6;
            b.Append(F($"<circle class=\"flag status-{f.Status.ToName()}{(highlighted ? " current" : string.Empty)}\" cx=\"{x}\" cy=\"{y}\" r=\"{r}\" fill=\"none\" stroke=\"{colour}\" stroke-width=\"{(highlighted ? 3 : 2)}\">"))
             .Append("<title>").Append(Html.E($"Flag {Html.Day(f.Flag.Acquired)}: {f.Flag.Count} cars, {f.Status.ToLabel()}")).Append("</title></circle>");
        }

        // Legend.
        var lx = width - Right - 540;
        b.Append(F($"<g font-size=\"11\" fill=\"#333\" transform=\"translate({lx},{10})\">"))
         .Append("<rect x=\"0\" y=\"-8\" width=\"14\" height=\"10\" fill=\"#bcd7f5\"/><text x=\"18\" y=\"1\">baseline band</text>")
         .Append("<line x1=\"100\" x2=\"118\" y1=\"-3\" y2=\"-3\" stroke=\"#3b78c3\" stroke-dasharray=\"5 3\" stroke-width=\"1.5\"/><text x=\"122\" y=\"1\">expected</text>")
         .Append("<circle cx=\"186\" cy=\"-3\" r=\"3\" fill=\"#333\"/><text x=\"194\" y=\"1\">count</text>")
         .Append(F($"<circle cx=\"244\" cy=\"-3\" r=\"5\" fill=\"none\" stroke=\"{StatusColour(FlagStatus.Open)}\" stroke-width=\"2\"/><text x=\"253\" y=\"1\">open</text>"))
         .Append(F($"<circle cx=\"292\" cy=\"-3\" r=\"5\" fill=\"none\" stroke=\"{StatusColour(FlagStatus.Accepted)}\" stroke-width=\"2\"/><text x=\"301\" y=\"1\">accepted</text>"))
         .Append(F($"<circle cx=\"362\" cy=\"-3\" r=\"5\" fill=\"none\" stroke=\"{StatusColour(FlagStatus.Dismissed)}\" stroke-width=\"2\"/><text x=\"371\" y=\"1\">dismissed</text>"))
         .Append(F($"<circle cx=\"440\" cy=\"-3\" r=\"5\" fill=\"none\" stroke=\"{StatusColour(FlagStatus.NeedsMoreImagery)}\" stroke-width=\"2\"/><text x=\"449\" y=\"1\">more imagery</text>"))
         .Append("</g>");
        b.Append(F($"<line x1=\"{Left}\" x2=\"{Left}\" y1=\"{Top}\" y2=\"{Top + plotH}\" stroke=\"#888\"/>"))
         .Append(F($"<line x1=\"{Left}\" x2=\"{width - Right}\" y1=\"{Top + plotH}\" y2=\"{Top + plotH}\" stroke=\"#888\"/>"));
        b.Append("</svg>");
        return b.ToString();
    }

    public static string StatusColour(FlagStatus status) => status switch
    {
        FlagStatus.Open => "#e07b00",
        FlagStatus.Accepted => "#c62828",
        FlagStatus.Dismissed => "#9e9e9e",
        FlagStatus.NeedsMoreImagery => "#7b1fa2",
        _ => "#000",
    };

    private static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);

    private static double NiceStep(double raw)
    {
        var mag = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var n = raw / mag;
        var nice = n <= 1 ? 1 : n <= 2 ? 2 : n <= 5 ? 5 : 10;
        return Math.Max(1, nice * mag);
    }

    private static IEnumerable<DateTimeOffset> TimeTicks(long t0, long t1)
    {
        const int Ticks = 6;
        var spanDays = (t1 - t0) / 86400.0;
        var stepDays = spanDays <= Ticks ? 1 : Math.Ceiling(spanDays / Ticks);
        var start = DateTimeOffset.FromUnixTimeSeconds(t0).UtcDateTime.Date.AddDays(1);
        for (var t = start; new DateTimeOffset(t, TimeSpan.Zero).ToUnixTimeSeconds() <= t1; t = t.AddDays(stepDays))
        {
            yield return new DateTimeOffset(t, TimeSpan.Zero);
        }
    }
}
