using System.Globalization;
using System.Text.Json.Nodes;
using RailWatch.Core.Yards;
using RailWatch.Ingest.Config;

namespace RailWatch.Ingest.Stac;

/// <summary>The first <c>POST /search</c> body: the yard's polygon, the time range, collections, page size and cloud filter.</summary>
internal static class StacSearchBody
{
    public static JsonObject Build(Yard yard, SceneQuery query, StacSourceOptions options)
    {
        var ring = new JsonArray();
        foreach (var p in yard.Polygon.Append(yard.Polygon[0]))
        {
            ring.Add(new JsonArray(JsonValue.Create(Math.Round(p.Lon, 8)), JsonValue.Create(Math.Round(p.Lat, 8))));
        }

        var body = new JsonObject();
        if (options.Collections.Count > 0)
        {
            body["collections"] = new JsonArray(options.Collections.Select(c => (JsonNode?)JsonValue.Create(c)).ToArray());
        }

        body["intersects"] = new JsonObject { ["type"] = "Polygon", ["coordinates"] = new JsonArray(ring) };
        if (Interval(query) is { } datetime)
        {
            body["datetime"] = datetime;
        }

        body["limit"] = Math.Min(options.PageSize, options.MaxItems);
        if (options.MaxCloudCover is { } max)
        {
            if (options.FilterLanguage == StacFilterLanguage.Query)
            {
                body["query"] = new JsonObject { ["eo:cloud_cover"] = new JsonObject { ["lte"] = max } };
            }
            else
            {
                body["filter-lang"] = "cql2-json";
                body["filter"] = new JsonObject
                {
                    ["op"] = "<=",
                    ["args"] = new JsonArray(new JsonObject { ["property"] = "eo:cloud_cover" }, JsonValue.Create(max)),
                };
            }
        }

        return body;
    }

    /// <summary>An RFC 3339 interval with open ends as "..", or null when the query is unbounded.</summary>
    public static string? Interval(SceneQuery query) =>
        query.Since is null && query.Until is null ? null : $"{Time(query.Since)}/{Time(query.Until)}";

    private static string Time(DateTimeOffset? t) =>
        t is { } v ? v.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture) : "..";
}
