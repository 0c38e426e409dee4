using System.Text;

namespace RailWatch.Web.Pages;

/// <summary>The frame of every page: head with the page's anti-forgery token and reviewer, header, help overlay.</summary>
internal static class Layout
{
    public static string Page(string title, string bodyClass, PageContext context, string main)
    {
        var b = new StringBuilder(main.Length + 4096);
        b.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
         .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
         .Append("<title>").Append(Html.E(title)).Append(" · RailWatch</title>")
         .Append("<meta name=\"csrf-token\" content=\"").Append(Html.E(context.CsrfToken)).Append("\">")
         .Append("<meta name=\"reviewer\" content=\"").Append(Html.E(context.Reviewer ?? string.Empty)).Append("\">")
         .Append("<link rel=\"stylesheet\" href=\"/static/app.css\">")
         .Append("<script src=\"/static/app.js\" defer></script>")
         .Append("</head><body class=\"").Append(bodyClass).Append("\">")
         .Append("<header class=\"top\"><a class=\"brand\" href=\"/\">RailWatch</a><span class=\"sub\">flag review</span>")
         .Append("<button type=\"button\" class=\"help-button\" data-action=\"help\" title=\"Keyboard shortcuts (?)\">?</button></header>")
         .Append("<main>").Append(main).Append("</main>")
         .Append(HelpOverlay)
         .Append(DecisionDialog)
         .Append("</body></html>\n");
        return b.ToString();
    }

    private const string HelpOverlay =
        "<div id=\"help\" class=\"overlay\" hidden role=\"dialog\" aria-label=\"Keyboard shortcuts\"><div class=\"panel\">" +
        "<h2>Keyboard shortcuts</h2><table class=\"keys\">" +
        "<tr><td><kbd>j</kbd> / <kbd>k</kbd></td><td>next / previous flag</td></tr>" +
        "<tr><td><kbd>Enter</kbd> / <kbd>o</kbd></td><td>open the selected flag (queue)</td></tr>" +
        "<tr><td><kbd>a</kbd></td><td>accept the flag</td></tr>" +
        "<tr><td><kbd>d</kbd></td><td>dismiss as a false alarm</td></tr>" +
        "<tr><td><kbd>m</kbd></td><td>needs more imagery</td></tr>" +
        "<tr><td><kbd>c</kbd></td><td>show / hide the cars found (flag page)</td></tr>" +
        "<tr><td><kbd>s</kbd></td><td>side by side / swipe comparison (flag page)</td></tr>" +
        "<tr><td><kbd>u</kbd></td><td>back to the queue (flag page)</td></tr>" +
        "<tr><td><kbd>Ctrl</kbd>+<kbd>Enter</kbd></td><td>confirm the decision in the dialog</td></tr>" +
        "<tr><td><kbd>Esc</kbd></td><td>close a dialog</td></tr>" +
        "<tr><td><kbd>?</kbd></td><td>this help</td></tr></table>" +
        "<p><button type=\"button\" data-action=\"close-help\">Close</button></p></div></div>";

    private const string DecisionDialog =
        "<div id=\"decide\" class=\"overlay\" hidden role=\"dialog\" aria-label=\"Record a decision\"><form class=\"panel\" id=\"decide-form\">" +
        "<h2 id=\"decide-title\">Decision</h2><p id=\"decide-flag\" class=\"muted\"></p>" +
        "<label>Reviewer <input id=\"decide-reviewer\" name=\"reviewer\" maxlength=\"100\" required autocomplete=\"name\"></label>" +
        "<label>Note <textarea id=\"decide-note\" name=\"note\" rows=\"4\" maxlength=\"4000\" placeholder=\"Why (optional)\"></textarea></label>" +
        "<label>Corrected count <input id=\"decide-count\" name=\"corrected_count\" type=\"number\" min=\"0\" max=\"100000\" step=\"1\" placeholder=\"leave empty to keep the counter's\"></label>" +
        "<p id=\"decide-error\" class=\"error\" hidden></p>" +
        "<p class=\"buttons\"><button type=\"submit\" id=\"decide-confirm\" class=\"primary\">Confirm <kbd>Ctrl+Enter</kbd></button> " +
        "<button type=\"button\" data-action=\"close-decide\">Cancel <kbd>Esc</kbd></button></p></form></div>";
}

/// <summary>Per-request values every page carries.</summary>
internal sealed record PageContext(string CsrfToken, string? Reviewer);
