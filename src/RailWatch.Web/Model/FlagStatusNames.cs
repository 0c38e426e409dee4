using RailWatch.Core.Flags;
using RailWatch.Store;

namespace RailWatch.Web.Model;

/// <summary>Names of a flag's review status in URLs, JSON and exports (snake_case) and on pages.</summary>
public static class FlagStatusNames
{
    public static string ToName(this FlagStatus status) => status switch
    {
        FlagStatus.Open => "open",
        FlagStatus.Accepted => "accepted",
        FlagStatus.Dismissed => "dismissed",
        FlagStatus.NeedsMoreImagery => "needs_more_imagery",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    public static string ToLabel(this FlagStatus status) => status switch
    {
        FlagStatus.Open => "Open",
        FlagStatus.Accepted => "Accepted",
        FlagStatus.Dismissed => "Dismissed",
        FlagStatus.NeedsMoreImagery => "Needs more imagery",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    public static bool TryParse(string? text, out FlagStatus status)
    {
        foreach (var s in Enum.GetValues<FlagStatus>())
        {
            if (string.Equals(text, s.ToName(), StringComparison.OrdinalIgnoreCase))
            {
                status = s;
                return true;
            }
        }

        status = FlagStatus.Open;
        return false;
    }

    public static FlagStatus ToStatus(this ReviewDecision decision) => decision switch
    {
        ReviewDecision.Accepted => FlagStatus.Accepted,
        ReviewDecision.Dismissed => FlagStatus.Dismissed,
        ReviewDecision.NeedsMoreImagery => FlagStatus.NeedsMoreImagery,
        _ => throw new ArgumentOutOfRangeException(nameof(decision)),
    };
}
