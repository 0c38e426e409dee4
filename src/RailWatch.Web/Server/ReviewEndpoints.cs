using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using RailWatch.Core.Flags;
using RailWatch.Store;
using RailWatch.Web.Model;
using RailWatch.Web.Pages;

namespace RailWatch.Web.Server;

/// <summary>Routes of the review app. Chips are served only by numeric id from the store's chip folder.</summary>
internal static class ReviewEndpoints
{
    public const string CsrfHeader = "X-CSRF-TOKEN";
    public const int MaxNoteLength = 4000;
    public const int MaxReviewerLength = 100;

    internal static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower), new UtcTimestampConverter() },
    };

    public static void Map(WebApplication app)
    {
        app.MapGet("/", Queue);
        app.MapGet("/flags/{id:long}", ShowFlag);
        app.MapGet("/chips/{id:long}", Chip);
        app.MapGet("/static/{name}", Asset);
        app.MapGet("/favicon.ico", () => Results.NoContent());
        app.MapGet("/api/flags", ListFlags);
        app.MapGet("/api/flags/{id:long}", GetFlag);
        app.MapPost("/api/flags/{id:long}/reviews", PostReviewAsync);
        app.MapFallback(() => Results.Text("not found\n", "text/plain", statusCode: StatusCodes.Status404NotFound));
    }

    private static IResult Queue(HttpContext context, IReviewData data, IAntiforgery antiforgery, ReviewServerOptions options, string? yard, string? status)
    {
        FlagStatus? filter = FlagStatus.Open;
        if (string.Equals(status, "all", StringComparison.OrdinalIgnoreCase))
        {
            filter = null;
        }
        else if (!string.IsNullOrEmpty(status))
        {
            if (!FlagStatusNames.TryParse(status, out var s))
            {
                return Results.Text($"unknown status \"{status}\"\n", "text/plain", statusCode: StatusCodes.Status400BadRequest);
            }

            filter = s;
        }

        var html = QueuePage.Render(data, string.IsNullOrEmpty(yard) ? null : yard, filter, Context(context, antiforgery, options));
        return Results.Content(html, "text/html; charset=utf-8");
    }

    private static IResult ShowFlag(long id, HttpContext context, IReviewData data, IAntiforgery antiforgery, ReviewServerOptions options)
    {
        var detail = data.Flag(id);
        if (detail is null)
        {
            return Results.Text($"no flag {id}\n", "text/plain", statusCode: StatusCodes.Status404NotFound);
        }

        // Previous/next follow the queue's order over the open flags (this one included, whatever its status).
        var ordered = QueuePage.Sort(data.Flags().Where(f => f.Status == FlagStatus.Open || f.Id == id));
        var index = ordered.ToList().FindIndex(f => f.Id == id);
        long? previous = index > 0 ? ordered[index - 1].Id : null;
        long? next = index >= 0 && index + 1 < ordered.Count ? ordered[index + 1].Id : null;
        var series = data.Series(detail.Summary.YardId);
        var html = FlagPage.Render(detail, series, previous, next, Context(context, antiforgery, options));
        return Results.Content(html, "text/html; charset=utf-8");
    }

    private static IResult Chip(long id, IReviewData data)
    {
        var path = data.ChipPreviewPath(id);
        return path is null || !File.Exists(path)
            ? Results.Text("no such chip\n", "text/plain", statusCode: StatusCodes.Status404NotFound)
            : Results.File(path, "image/png");
    }

    private static IResult Asset(string name)
    {
        var contentType = Path.GetExtension(name) switch
        {
            ".js" => "text/javascript; charset=utf-8",
            ".css" => "text/css; charset=utf-8",
            _ => null,
        };
        var stream = contentType is null ? null : Assembly.GetExecutingAssembly().GetManifestResourceStream("RailWatch.Web.Assets." + name);
        return stream is null
            ? Results.Text("not found\n", "text/plain", statusCode: StatusCodes.Status404NotFound)
            : Results.Stream(stream, contentType);
    }

    private static IResult ListFlags(IReviewData data, string? yard, string? status)
    {
        FlagStatus? filter = null;
        if (!string.IsNullOrEmpty(status) && !string.Equals(status, "all", StringComparison.OrdinalIgnoreCase))
        {
            if (!FlagStatusNames.TryParse(status, out var s))
            {
                return Error(StatusCodes.Status400BadRequest, $"unknown status \"{status}\"");
            }

            filter = s;
        }

        var flags = QueuePage.Sort(data.Flags(string.IsNullOrEmpty(yard) ? null : yard, filter));
        return Results.Json(flags.Select(ApiFlag), Json);
    }

    private static IResult GetFlag(long id, IReviewData data)
    {
        var d = data.Flag(id);
        if (d is null)
        {
            return Error(StatusCodes.Status404NotFound, $"no flag {id}");
        }

        return Results.Json(
            new
            {
                flag = ApiFlag(d.Summary),
                scene = d.Scene,
                chip_id = d.Chip?.ChipId,
                baseline_scene = d.BaselineScene,
                baseline_chip_id = d.BaselineChip?.ChipId,
                tracks = d.Tracks,
                cars = d.Cars,
                reviews = d.Reviews.Select(ApiReview),
            },
            Json);
    }

    private static async Task<IResult> PostReviewAsync(long id, HttpContext context, IReviewData data, IAntiforgery antiforgery, TimeProvider time)
    {
        if (!await antiforgery.IsRequestValidAsync(context).ConfigureAwait(false))
        {
            return Error(StatusCodes.Status400BadRequest, "missing or invalid anti-forgery token; reload the page");
        }

        if (!context.Request.HasJsonContentType())
        {
            return Error(StatusCodes.Status415UnsupportedMediaType, "send the decision as application/json");
        }

        ReviewRequest? body;
        try
        {
            body = await context.Request.ReadFromJsonAsync<ReviewRequest>(Json, context.RequestAborted).ConfigureAwait(false);
        }
        catch (JsonException e)
        {
            return Error(StatusCodes.Status400BadRequest, $"invalid JSON: {e.Message}");
        }

        if (body is null || !TryDecision(body.Decision, out var decision))
        {
            return Error(StatusCodes.Status400BadRequest, "decision must be accepted, dismissed or needs_more_imagery");
        }

        var reviewer = body.Reviewer?.Trim();
        if (string.IsNullOrEmpty(reviewer) || reviewer.Length > MaxReviewerLength)
        {
            return Error(StatusCodes.Status400BadRequest, $"reviewer must be 1 to {MaxReviewerLength} characters");
        }

        if (body.Note is { Length: > MaxNoteLength })
        {
            return Error(StatusCodes.Status400BadRequest, $"note is longer than {MaxNoteLength} characters");
        }

        if (body.CorrectedCount is < 0 or > 100_000)
        {
            return Error(StatusCodes.Status400BadRequest, "corrected_count must be between 0 and 100000");
        }

        var review = new Review(id, decision, reviewer, time.GetUtcNow())
        {
            Note = string.IsNullOrWhiteSpace(body.Note) ? null : body.Note,
            CorrectedCount = body.CorrectedCount,
        };
        if (!data.SaveReview(review))
        {
            return Error(StatusCodes.Status404NotFound, $"no flag {id}");
        }

        return Results.Json(ApiReview(review), Json, statusCode: StatusCodes.Status201Created);
    }

    private static bool TryDecision(string? text, out ReviewDecision decision)
    {
        decision = default;
        if (!FlagStatusNames.TryParse(text, out var status) || status == FlagStatus.Open)
        {
            return false;
        }

        decision = status switch
        {
            FlagStatus.Accepted => ReviewDecision.Accepted,
            FlagStatus.Dismissed => ReviewDecision.Dismissed,
            _ => ReviewDecision.NeedsMoreImagery,
        };
        return true;
    }

    private static PageContext Context(HttpContext context, IAntiforgery antiforgery, ReviewServerOptions options) =>
        new(antiforgery.GetAndStoreTokens(context).RequestToken ?? string.Empty, options.Reviewer);

    private static object ApiFlag(FlagSummary f) => new
    {
        id = f.Id,
        yard = f.YardId,
        yard_name = f.YardName,
        acquired = f.Flag.Acquired,
        count = f.Flag.Count,
        expected = f.Flag.Expected,
        upper = f.Flag.Upper,
        p_value = f.Flag.PValue,
        kind = f.Flag.Kind,
        method = f.Flag.Method,
        reason = f.Flag.Reason,
        status = f.Status.ToName(),
        severity = f.Severity,
        scene = f.Scene,
        chip_id = f.ChipId,
    };

    private static object ApiReview(Review r) => new
    {
        flag_id = r.FlagId,
        decision = r.Decision.ToStatus().ToName(),
        reviewer = r.Reviewer,
        decided_at = r.DecidedAt,
        note = r.Note,
        corrected_count = r.CorrectedCount,
    };

    private static IResult Error(int status, string message) => Results.Json(new { error = message }, Json, statusCode: status);
}
