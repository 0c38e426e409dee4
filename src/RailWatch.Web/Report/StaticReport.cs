using System.Globalization;
using System.Text;
using RailWatch.Store;
using RailWatch.Web.Charts;
using RailWatch.Web.Model;
using RailWatch.Web.Pages;

namespace RailWatch.Web.Report;

/// <summary>What <see cref="StaticReport.WriteAsync"/> wrote.</summary>
public sealed record ReportResult(string IndexPath, int Yards, int AcceptedFlags, int Thumbnails);

/// <summary>
/// A self-contained static HTML report: per yard, a chart of counts with the baseline band and flags and a table of
/// accepted flags with thumbnails (copied beside the page), styled to print cleanly to PDF (A4 landscape).
/// </summary>
public static class StaticReport
{
    public const string IndexFile = "index.html";
    public const string ThumbnailFolder = "chips";

    public static async Task<ReportResult> WriteAsync(IReviewData data, string outDirectory, DateTimeOffset generatedAt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentException.ThrowIfNullOrWhiteSpace(outDirectory);
        var dir = Path.GetFullPath(outDirectory);
        Directory.CreateDirectory(Path.Combine(dir, ThumbnailFolder));
        var yards = data.Yards().OrderBy(y => y.Name, StringComparer.Ordinal).ToList();
        var body = new StringBuilder();
        int acceptedTotal = 0, thumbnails = 0;
        body.Append("<h1>RailWatch report</h1><p class=\"meta\">Generated ").Append(Html.Date(generatedAt)).Append(" · ")
            .Append(yards.Count).Append(yards.Count == 1 ? " yard" : " yards").Append("</p>");
        body.Append("<table class=\"summary\"><thead><tr><th>Yard</th><th>Open</th><th>Accepted</th><th>Dismissed</th><th>Needs imagery</th></tr></thead><tbody>");
        var flagsByYard = yards.ToDictionary(y => y.Id, y => data.Flags(y.Id), StringComparer.Ordinal);
        foreach (var y in yards)
        {
            var f = flagsByYard[y.Id];
            body.Append("<tr><td><a href=\"#yard-").Append(Html.E(y.Id)).Append("\">").Append(Html.E(y.Name)).Append("</a></td>");
            foreach (var s in Enum.GetValues<FlagStatus>())
            {
                body.Append("<td class=\"num\">").Append(f.Count(x => x.Status == s)).Append("</td>");
            }

            body.Append("</tr>");
        }

        body.Append("</tbody></table>");
        foreach (var y in yards)
        {
            cancellationToken.ThrowIfCancellationRequested();
            body.Append("<section class=\"yard\" id=\"yard-").Append(Html.E(y.Id)).Append("\"><h2>").Append(Html.E(y.Name))
                .Append(" <span class=\"id\">").Append(Html.E(y.Id)).Append("</span></h2>");
            if (data.Series(y.Id) is { } series)
            {
                body.Append(SeriesChart.Render(series, null, 1000, 300));
                var observed = series.Points.Where(p => p.Count is not null).ToList();
                body.Append("<p class=\"meta\">").Append(series.Points.Count).Append(" scenes, ").Append(observed.Count).Append(" observed");
                if (observed.Count > 0)
                {
                    body.Append(", ").Append(Html.Day(observed[0].Acquired)).Append(" to ").Append(Html.Day(observed[^1].Acquired));
                }

                body.Append(".</p>");
            }

            var accepted = flagsByYard[y.Id].Where(f => f.Status == FlagStatus.Accepted).OrderBy(f => f.Flag.Acquired).ToList();
            acceptedTotal += accepted.Count;
            body.Append("<h3>Accepted flags</h3>");
            if (accepted.Count == 0)
            {
                body.Append("<p class=\"none\">No accepted flags.</p></section>");
                continue;
            }

            body.Append("<table class=\"flags\"><thead><tr><th>Scene</th><th>Acquired</th><th>Count</th><th>Expected (upper)</th><th>p</th>")
                .Append("<th>Reason</th><th>Decision</th></tr></thead><tbody>");
            foreach (var f in accepted)
            {
                var thumb = f.ChipId is { } chipId ? await CopyThumbnailAsync(data, chipId, dir, cancellationToken).ConfigureAwait(false) : null;
                thumbnails += thumb is null ? 0 : 1;
                var review = data.Reviews(f.Id).OrderBy(r => r.DecidedAt).LastOrDefault();
                body.Append("<tr><td class=\"thumb\">")
                    .Append(thumb is null ? "<span class=\"none\">no image</span>" : $"<img src=\"{ThumbnailFolder}/{Html.E(thumb)}\" alt=\"scene {Html.E(f.Scene?.SceneId)}\">")
                    .Append("</td><td>").Append(Html.Date(f.Flag.Acquired)).Append("<br><span class=\"small\">").Append(Html.E(f.Scene?.Provider))
                    .Append(" ").Append(Html.E(f.Scene?.SceneId)).Append("</span></td>")
                    .Append("<td class=\"num\">").Append(f.CorrectedCount is { } cc ? $"{cc} <span class=\"small\">(counter {f.Flag.Count})</span>" : f.Flag.Count.ToString(CultureInfo.InvariantCulture)).Append("</td>")
                    .Append("<td class=\"num\">").Append(Html.Num(f.Flag.Expected, "0.0")).Append(" (").Append(Html.Num(f.Flag.Upper, "0.0")).Append(")</td>")
                    .Append("<td class=\"num\">").Append(Html.PValue(f.Flag.PValue)).Append("</td>")
                    .Append("<td>").Append(Html.E(f.Flag.Reason)).Append("</td><td>");
                if (review is not null)
                {
                    body.Append(Html.E(review.Reviewer)).Append("<br><span class=\"small\">").Append(Html.Date(review.DecidedAt)).Append("</span>");
                    if (!string.IsNullOrEmpty(review.Note))
                    {
                        body.Append("<div class=\"note\">").Append(Html.E(review.Note)).Append("</div>");
                    }
                }

                body.Append("</td></tr>");
            }

            body.Append("</tbody></table></section>");
        }

        var html = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>RailWatch report " + Html.Day(generatedAt)
            + "</title><style>" + Css + "</style></head><body>" + body + "</body></html>\n";
        var index = Path.Combine(dir, IndexFile);
        await WriteAtomicallyAsync(index, Encoding.UTF8.GetBytes(html), cancellationToken).ConfigureAwait(false);
        return new ReportResult(index, yards.Count, acceptedTotal, thumbnails);
    }

    private static async Task<string?> CopyThumbnailAsync(IReviewData data, long chipId, string dir, CancellationToken cancellationToken)
    {
        var source = data.ChipPreviewPath(chipId);
        if (source is null || !File.Exists(source))
        {
            return null;
        }

        var name = chipId.ToString(CultureInfo.InvariantCulture) + ".png";
        var bytes = await File.ReadAllBytesAsync(source, cancellationToken).ConfigureAwait(false);
        await WriteAtomicallyAsync(Path.Combine(dir, ThumbnailFolder, name), bytes, cancellationToken).ConfigureAwait(false);
        return name;
    }

    private static async Task WriteAtomicallyAsync(string path, byte[] bytes, CancellationToken cancellationToken)
    {
        var temp = path + ".tmp-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
        await File.WriteAllBytesAsync(temp, bytes, cancellationToken).ConfigureAwait(false);
        File.Move(temp, path, overwrite: true);
    }

    private const string Css = """
        body { font: 13px/1.4 "DejaVu Sans", system-ui, sans-serif; color: #1d232a; margin: 24px; }
        h1 { font-size: 22px; margin: 0 0 4px; } h2 { font-size: 18px; margin: 28px 0 6px; border-bottom: 2px solid #1d232a; }
        h3 { font-size: 14px; margin: 14px 0 6px; } .id { font-size: 12px; color: #66707a; font-weight: normal; }
        .meta, .small, .none { color: #66707a; } .small { font-size: 11px; }
        table { border-collapse: collapse; width: 100%; } th, td { border-bottom: 1px solid #dde2e7; padding: 4px 8px; text-align: left; vertical-align: top; }
        th { background: #eef1f4; } td.num { text-align: right; white-space: nowrap; } table.summary { width: auto; }
        td.thumb img { width: 180px; height: auto; display: block; border: 1px solid #ccc; }
        svg.chart { width: 100%; height: auto; border: 1px solid #dde2e7; }
        .note { margin-top: 4px; padding-left: 6px; border-left: 3px solid #dde2e7; white-space: pre-wrap; }
        * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        @page { size: A4 landscape; margin: 12mm; }
        @media print {
          body { margin: 0; } a { color: inherit; text-decoration: none; }
          section.yard { break-before: page; } h2, h3 { break-after: avoid; }
          tr, img, svg { break-inside: avoid; } thead { display: table-header-group; }
        }
        """;
}
