namespace RailWatch.Web.Server;

/// <summary>The JSON body of <c>POST /api/flags/{id}/reviews</c> (snake_case).</summary>
internal sealed record ReviewRequest
{
    public string? Decision { get; init; }

    public string? Reviewer { get; init; }

    public string? Note { get; init; }

    public int? CorrectedCount { get; init; }
}
