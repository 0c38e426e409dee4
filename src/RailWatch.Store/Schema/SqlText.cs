using RailWatch.Core.Flags;

namespace RailWatch.Store;

/// <summary>SQL fragments and enum spellings shared by the feature queries.</summary>
internal static class SqlText
{
    /// <summary>The latest review decision of the flag whose id is the SQL expression <paramref name="flagId"/> (NULL when unreviewed).</summary>
    public static string LatestDecision(string flagId) =>
        $"(SELECT r.decision FROM reviews r WHERE r.flag_id = {flagId} ORDER BY r.decided_at DESC, r.id DESC LIMIT 1)";

    /// <summary>The latest corrected count given in any review of a flag on the observation <paramref name="observationId"/>.</summary>
    public static string CorrectedCount(string observationId) =>
        "(SELECT r.corrected_count FROM reviews r JOIN flags fc ON fc.id = r.flag_id " +
        $"WHERE fc.observation_id = {observationId} AND r.corrected_count IS NOT NULL ORDER BY r.decided_at DESC, r.id DESC LIMIT 1)";

    /// <summary>True when a flag on the observation has "dismissed" as its latest decision.</summary>
    public static string Dismissed(string observationId) =>
        $"EXISTS (SELECT 1 FROM flags fd WHERE fd.observation_id = {observationId} AND {LatestDecision("fd.id")} = 'dismissed')";

    public static string Kind(FlagKind kind) => kind switch
    {
        FlagKind.Spike => "spike",
        FlagKind.Sustained => "sustained",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown flag kind"),
    };

    public static FlagKind ParseKind(string text) => text switch
    {
        "spike" => FlagKind.Spike,
        "sustained" => FlagKind.Sustained,
        _ => throw new InvalidDataException($"unknown flag kind '{text}' in store"),
    };

    public static string Decision(ReviewDecision decision) => decision switch
    {
        ReviewDecision.Accepted => "accepted",
        ReviewDecision.Dismissed => "dismissed",
        ReviewDecision.NeedsMoreImagery => "needs_more_imagery",
        _ => throw new ArgumentOutOfRangeException(nameof(decision), decision, "unknown review decision"),
    };

    public static ReviewDecision ParseDecision(string text) => text switch
    {
        "accepted" => ReviewDecision.Accepted,
        "dismissed" => ReviewDecision.Dismissed,
        "needs_more_imagery" => ReviewDecision.NeedsMoreImagery,
        _ => throw new InvalidDataException($"unknown review decision '{text}' in store"),
    };

    public static string Status(FlagStatus status) => status switch
    {
        FlagStatus.Open => "open",
        FlagStatus.Accepted => "accepted",
        FlagStatus.Dismissed => "dismissed",
        FlagStatus.NeedsMoreImagery => "needs_more_imagery",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "unknown flag status"),
    };

    public static FlagStatus ParseStatus(string text) => text switch
    {
        "open" => FlagStatus.Open,
        "accepted" => FlagStatus.Accepted,
        "dismissed" => FlagStatus.Dismissed,
        "needs_more_imagery" => FlagStatus.NeedsMoreImagery,
        _ => throw new InvalidDataException($"unknown flag status '{text}' in store"),
    };
}
