using System.Text;
using RailWatch.Store;
using RailWatch.Web.Model;

namespace RailWatch.Web.Pages;

/// <summary>The queue: flags sorted by severity then date, filtered by yard and status, with counts per status.</summary>
internal static class QueuePage
{
    /// <summary>The queue's order: most severe first, then newest, then id for a stable order.</summary>
    public static IReadOnlyList<FlagSummary> Sort(IEnumerable<FlagSummary> flags) =>
        flags.OrderByDescending(f => f.Severity).ThenByDescending(f => f.Flag.Acquired).ThenBy(f => f.Id).ToList();

    public static string Render(IReviewData data, string? yardFilter, FlagStatus? statusFilter, PageContext context)
    {
        var yards = data.Yards();
        var ofYard = data.Flags(yardFilter);
        var shown = Sort(statusFilter is { } s ? ofYard.Where(f => f.Status == s) : ofYard);
        var b = new StringBuilder();
        b.Append("<section class=\"counts\" aria-label=\"Counts by status\">");
        foreach (var status in Enum.GetValues<FlagStatus>())
        {
            var n = ofYard.Count(f => f.Status == status);
            b.Append("<a class=\"count status-").Append(status.ToName()).Append("\" href=\"")
             .Append(Html.E(QueueUrl(yardFilter, status))).Append("\" data-status=\"").Append(status.ToName()).Append("\">")
             .Append("<span class=\"n\">").Append(n).Append("</span> ").Append(status.ToLabel()).Append("</a>");
        }

        b.Append("</section>");
        b.Append("<form class=\"filters\" method=\"get\" action=\"/\"><label>Yard <select name=\"yard\"><option value=\"\">all yards</option>");
        foreach (var y in yards)
        {
            b.Append("<option value=\"").Append(Html.E(y.Id)).Append('"').Append(y.Id == yardFilter ? " selected" : string.Empty)
             .Append('>').Append(Html.E(y.Name)).Append("</option>");
        }

        b.Append("</select></label> <label>Status <select name=\"status\"><option value=\"all\">all</option>");
        foreach (var status in Enum.GetValues<FlagStatus>())
        {
            b.Append("<option value=\"").Append(status.ToName()).Append('"').Append(status == statusFilter ? " selected" : string.Empty)
             .Append('>').Append(status.ToLabel()).Append("</option>");
        }

        b.Append("</select></label> <button type=\"submit\">Filter</button></form>");
        if (shown.Count == 0)
        {
            b.Append("<p class=\"empty\">No flags match.</p>");
        }
        else
        {
            b.Append("<table class=\"queue\" id=\"queue\"><thead><tr><th>Severity</th><th>Yard</th><th>Acquired</th><th>Count</th>")
             .Append("<th>Expected (upper)</th><th>p</th><th>Kind</th><th>Reason</th><th>Status</th></tr></thead><tbody>");
            foreach (var f in shown)
            {
                b.Append("<tr class=\"flag-row\" tabindex=\"-1\" data-flag-id=\"").Append(f.Id).Append("\" data-href=\"/flags/").Append(f.Id)
                 .Append("\" data-label=\"").Append(Html.E($"{f.YardName}, {Html.Date(f.Flag.Acquired)}: {f.Flag.Count} cars")).Append("\">")
                 .Append("<td class=\"sev\">").Append(Html.Num(f.Severity, "0.0")).Append("</td>")
                 .Append("<td>").Append(Html.E(f.YardName)).Append("</td>")
                 .Append("<td><a href=\"/flags/").Append(f.Id).Append("\">").Append(Html.Date(f.Flag.Acquired)).Append("</a></td>")
                 .Append("<td class=\"num\">").Append(f.Flag.Count).Append("</td>")
                 .Append("<td class=\"num\">").Append(Html.Num(f.Flag.Expected, "0.0")).Append(" (").Append(Html.Num(f.Flag.Upper, "0.0")).Append(")</td>")
                 .Append("<td class=\"num\">").Append(Html.PValue(f.Flag.PValue)).Append("</td>")
                 .Append("<td>").Append(Html.E(f.Flag.Kind.ToString().ToLowerInvariant())).Append("</td>")
                 .Append("<td class=\"reason\">").Append(Html.E(f.Flag.Reason)).Append("</td>")
                 .Append("<td><span class=\"badge status-").Append(f.Status.ToName()).Append("\">").Append(f.Status.ToLabel()).Append("</span></td></tr>");
            }

            b.Append("</tbody></table>");
        }

        b.Append("<p class=\"hint\">Press <kbd>j</kbd>/<kbd>k</kbd> to move, <kbd>Enter</kbd> to open, <kbd>a</kbd> <kbd>d</kbd> <kbd>m</kbd> to decide, <kbd>?</kbd> for help.</p>");
        return Layout.Page("Queue", "queue-page", context, b.ToString());
    }

    public static string QueueUrl(string? yard, FlagStatus? status)
    {
        var q = new List<string>();
        if (!string.IsNullOrEmpty(yard))
        {
            q.Add("yard=" + Uri.EscapeDataString(yard));
        }

        q.Add("status=" + (status?.ToName() ?? "all"));
        return "/?" + string.Join('&', q);
    }
}
