using System.Globalization;
using System.Text;
using RailWatch.Web.Charts;
using RailWatch.Web.Model;

namespace RailWatch.Web.Pages;

/// <summary>
/// One flag: the flagged chip beside a baseline chip (and a swipe between them), the cars found drawn over the
/// image, per-track counts with intervals, the yard's chart, the reason, the scene's source and the decisions.
/// </summary>
internal static class FlagPage
{
    public static string Render(FlagView detail, YardSeries? series, long? previousId, long? nextId, PageContext context)
    {
        var f = detail.Summary;
        var b = new StringBuilder();
        b.Append("<div class=\"flag-page\" id=\"flag\" data-flag-id=\"").Append(f.Id).Append('"')
         .Append(previousId is { } p ? F($" data-prev=\"/flags/{p}\"") : string.Empty)
         .Append(nextId is { } n ? F($" data-next=\"/flags/{n}\"") : string.Empty)
         .Append(" data-label=\"").Append(Html.E($"{f.YardName}, {Html.Date(f.Flag.Acquired)}: {f.Flag.Count} cars")).Append("\">");
        b.Append("<nav class=\"crumbs\"><a href=\"/\" id=\"back\">← queue</a>")
         .Append(previousId is { } pp ? F($" · <a href=\"/flags/{pp}\" rel=\"prev\">previous (k)</a>") : string.Empty)
         .Append(nextId is { } nn ? F($" · <a href=\"/flags/{nn}\" rel=\"next\">next (j)</a>") : string.Empty)
         .Append("</nav>");
        b.Append("<h1>").Append(Html.E(f.YardName)).Append(" <span class=\"muted\">").Append(Html.Date(f.Flag.Acquired)).Append("</span> ")
         .Append("<span class=\"badge status-").Append(f.Status.ToName()).Append("\" id=\"status\">").Append(f.Status.ToLabel()).Append("</span></h1>");
        b.Append("<p class=\"reason\" id=\"reason\">").Append(Html.E(f.Flag.Reason)).Append("</p>");

        b.Append("<div class=\"columns\"><section class=\"images\" aria-label=\"Imagery\">");
        AppendImagery(b, detail);
        b.Append("<h2>Counts per track</h2>");
        AppendTracks(b, detail);
        b.Append("</section><aside class=\"facts\">");
        AppendDecisionPanel(b, detail);
        AppendFacts(b, detail);
        b.Append("</aside></div>");

        if (series is not null)
        {
            b.Append("<section class=\"series\"><h2>Count history at ").Append(Html.E(f.YardName)).Append("</h2>")
             .Append(SeriesChart.Render(series, f.Id)).Append("</section>");
        }

        b.Append("<section class=\"history\"><h2>Decisions</h2>");
        AppendReviews(b, detail.Reviews);
        b.Append("</section></div>");
        return Layout.Page($"{f.YardName} {Html.Day(f.Flag.Acquired)}", "flag-page-body", context, b.ToString());
    }

    private static void AppendImagery(StringBuilder b, FlagView d)
    {
        b.Append("<div class=\"image-tools\"><label><input type=\"checkbox\" id=\"show-cars\" checked> cars found (<kbd>c</kbd>)</label> ")
         .Append("<span class=\"mode\"><button type=\"button\" data-mode=\"side\" class=\"on\">side by side</button>")
         .Append("<button type=\"button\" data-mode=\"swipe\">swipe</button> (<kbd>s</kbd>)</span></div>");
        b.Append("<div class=\"compare side\" id=\"compare\"><figure class=\"flagged\">");
        if (d.Chip is { } chip)
        {
            b.Append("<div class=\"imgwrap\">").Append(Img(chip, "flagged-chip", $"Flagged scene {Html.Date(d.Scene.Acquired)}"));
            AppendCars(b, d, chip);
            b.Append("</div>");
        }
        else
        {
            b.Append("<div class=\"noimg\">no image stored for this scene</div>");
        }

        b.Append("<figcaption><strong>Flagged</strong> ").Append(Html.Date(d.Scene.Acquired)).Append(" · ")
         .Append(Html.E(d.Scene.Provider)).Append(" · ").Append(d.Cars.Count).Append(" cars found</figcaption></figure>");
        b.Append("<figure class=\"baseline\">");
        if (d.BaselineChip is { } bc && d.BaselineScene is { } bs)
        {
            b.Append("<div class=\"imgwrap\">").Append(Img(bc, "baseline-chip", $"Baseline scene {Html.Date(bs.Acquired)}")).Append("</div>")
             .Append("<figcaption><strong>Baseline</strong> ").Append(Html.Date(bs.Acquired)).Append(" · ").Append(Html.E(bs.Provider)).Append("</figcaption>");
        }
        else
        {
            b.Append("<div class=\"noimg\">no earlier scene of this yard to compare with</div><figcaption><strong>Baseline</strong></figcaption>");
        }

        b.Append("</figure>");
        if (d.Chip is { } c2 && d.BaselineChip is { } b2)
        {
            b.Append("<figure class=\"swipe\" id=\"swipe\"><div class=\"swipe-stage\">")
             .Append(Img(b2, "swipe-baseline", "Baseline scene"))
             .Append("<div class=\"swipe-top\" id=\"swipe-top\">").Append(Img(c2, "swipe-flagged", "Flagged scene")).Append("</div>")
             .Append("<div class=\"swipe-line\" id=\"swipe-line\"></div></div>")
             .Append("<input type=\"range\" id=\"swipe-range\" min=\"0\" max=\"100\" value=\"50\" aria-label=\"Swipe between flagged (left) and baseline (right)\">")
             .Append("<figcaption>left of the line: flagged scene · right: baseline</figcaption></figure>");
        }

        b.Append("</div>");
    }

    private static string Img(ChipImage chip, string id, string alt) =>
        F($"<img id=\"{id}\" src=\"/chips/{chip.ChipId}\" width=\"{chip.Width}\" height=\"{chip.Height}\" alt=\"") + Html.E(alt) + "\">";

    private static void AppendCars(StringBuilder b, FlagView d, ChipImage chip)
    {
        b.Append(F($"<svg class=\"cars\" id=\"cars\" viewBox=\"0 0 {chip.Width} {chip.Height}\" preserveAspectRatio=\"none\" aria-label=\"{d.Cars.Count} cars found\">"));
        foreach (var car in d.Cars)
        {
            var len = Math.Max(car.LengthPx, 2);
            var wid = Math.Max(len * 0.32, 1.5);
            b.Append(F($"<rect x=\"{-len / 2:0.##}\" y=\"{-wid / 2:0.##}\" width=\"{len:0.##}\" height=\"{wid:0.##}\" transform=\"translate({car.X:0.##} {car.Y:0.##}) rotate({car.AngleDeg:0.#})\" fill=\"none\" stroke=\"#00e5ff\" stroke-width=\"{Math.Max(1, len / 14):0.##}\">"))
             .Append("<title>").Append(Html.E(car.TrackId)).Append("</title></rect>");
        }

        b.Append("</svg>");
    }

    private static void AppendDecisionPanel(StringBuilder b, FlagView d)
    {
        b.Append("<div class=\"decide-buttons\"><button type=\"button\" class=\"accept\" data-decision=\"accepted\">Accept <kbd>a</kbd></button>")
         .Append("<button type=\"button\" class=\"dismiss\" data-decision=\"dismissed\">Dismiss (false alarm) <kbd>d</kbd></button>")
         .Append("<button type=\"button\" class=\"more\" data-decision=\"needs_more_imagery\">Needs more imagery <kbd>m</kbd></button></div>");
        if (d.Summary.LatestReview is { } r)
        {
            b.Append("<p class=\"latest\">Last decision: <strong>").Append(r.Decision.ToStatus().ToLabel()).Append("</strong> by ")
             .Append(Html.E(r.Reviewer)).Append(", ").Append(Html.Date(r.DecidedAt)).Append("</p>");
        }
    }

    private static void AppendFacts(StringBuilder b, FlagView d)
    {
        var f = d.Summary.Flag;
        b.Append("<h2>Flag</h2><table class=\"kv\">")
         .Append(Row("count", F($"{f.Count}")))
         .Append(Row("expected", Html.Num(f.Expected, "0.0")))
         .Append(Row("upper bound", Html.Num(f.Upper, "0.0")))
         .Append(Row("p-value", Html.PValue(f.PValue)))
         .Append(Row("kind", Html.E(f.Kind.ToString().ToLowerInvariant())))
         .Append(Row("method", Html.E(f.Method)))
         .Append(Row("severity", Html.Num(d.Summary.Severity, "0.0")))
         .Append("</table>");
        b.Append("<h2>Source</h2><table class=\"kv\" id=\"source\">");
        AppendScene(b, d.Scene);
        if (!string.IsNullOrEmpty(d.Algorithm))
        {
            b.Append(Row("counter", Html.E($"{d.Algorithm} {d.ModelVersion}".Trim())));
        }

        b.Append("</table>");
        if (d.BaselineScene is { } bs)
        {
            b.Append("<h2>Baseline scene</h2><table class=\"kv\">");
            AppendScene(b, bs);
            b.Append("</table>");
        }
    }

    private static void AppendScene(StringBuilder b, SceneInfo s) =>
        b.Append(Row("provider", Html.E(s.Provider)))
         .Append(Row("scene id", "<code>" + Html.E(s.SceneId) + "</code>"))
         .Append(Row("acquired", Html.Date(s.Acquired)))
         .Append(Row("resolution", s.GsdMetres is { } g ? Html.Num(g, "0.##") + " m" : "unknown"))
         .Append(Row("cloud", s.CloudCoverPercent is { } c ? Html.Num(c, "0.#") + " %" : "unknown"))
         .Append(s.Sensor is null ? string.Empty : Row("sensor", Html.E(s.Sensor)));

    private static void AppendTracks(StringBuilder b, FlagView d)
    {
        if (d.Tracks.Count == 0)
        {
            b.Append("<p class=\"muted\">No per-track counts stored.</p>");
            return;
        }

        b.Append("<table class=\"track-table\"><thead><tr><th>Track</th><th>Count</th><th>Interval</th><th>Observed</th></tr></thead><tbody>");
        foreach (var t in d.Tracks)
        {
            b.Append("<tr><td>").Append(Html.E(t.TrackId)).Append("</td><td class=\"num\">").Append(t.Count is null ? "not observed" : Html.Num(t.Count))
             .Append("</td><td class=\"num\">").Append(Html.Interval(t.Low, t.High))
             .Append("</td><td class=\"num\">").Append(Html.Num(t.ObservedFraction * 100, "0")).Append(" %</td></tr>");
        }

        var total = d.Tracks.Where(t => t.Count is not null).ToList();
        if (total.Count > 0)
        {
            b.Append("<tr class=\"total\"><td>all tracks</td><td class=\"num\">").Append(total.Sum(t => t.Count!.Value))
             .Append("</td><td class=\"num\">").Append(Html.Interval(total.Sum(t => t.Low ?? 0), total.Sum(t => t.High ?? 0)))
             .Append("</td><td></td></tr>");
        }

        b.Append("</tbody></table>");
    }

    private static void AppendReviews(StringBuilder b, IReadOnlyList<Core.Flags.Review> reviews)
    {
        if (reviews.Count == 0)
        {
            b.Append("<p class=\"muted\" id=\"no-reviews\">No decision yet.</p>");
            return;
        }

        b.Append("<ol class=\"reviews\" id=\"reviews\">");
        foreach (var r in reviews.OrderByDescending(r => r.DecidedAt))
        {
            b.Append("<li><span class=\"badge status-").Append(r.Decision.ToStatus().ToName()).Append("\">")
             .Append(r.Decision.ToStatus().ToLabel()).Append("</span> by <strong>").Append(Html.E(r.Reviewer))
             .Append("</strong>, ").Append(Html.Date(r.DecidedAt));
            if (r.CorrectedCount is { } cc)
            {
                b.Append(" · corrected count ").Append(cc.ToString(CultureInfo.InvariantCulture));
            }

            if (!string.IsNullOrEmpty(r.Note))
            {
                b.Append("<blockquote class=\"note\">").Append(Html.E(r.Note)).Append("</blockquote>");
            }

            b.Append("</li>");
        }

        b.Append("</ol>");
    }

    private static string Row(string key, string valueHtml) => "<tr><th>" + key + "</th><td>" + valueHtml + "</td></tr>";

    private static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
