using System.Globalization;
using System.Text.Json;
using RailWatch.Core.Errors;
using RailWatch.Core.Text;

namespace RailWatch.Ingest.Folder;

/// <summary>Acquisition time from a STAC item beside an image: <c>NAME.json</c>, <c>NAME.stac.json</c> or <c>FILE.json</c>.</summary>
internal static class SidecarStacTime
{
    public static string? FindSidecar(string imagePath)
    {
        var folder = Path.GetDirectoryName(imagePath) ?? ".";
        var stem = Path.GetFileNameWithoutExtension(imagePath);
        foreach (var candidate in new[] { stem + ".json", stem + ".stac.json", Path.GetFileName(imagePath) + ".json" })
        {
            var path = Path.Combine(folder, candidate);
            if (File.Exists(path))
            {
                return path;
            }
        }

        return null;
    }

    /// <summary>properties.datetime (or start_datetime) of the sidecar; null when there is no sidecar. A malformed sidecar is bad data.</summary>
    public static DateTimeOffset? Read(string imagePath)
    {
        var sidecar = FindSidecar(imagePath);
        if (sidecar is null)
        {
            return null;
        }

        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllBytes(sidecar));
            if (!doc.RootElement.TryGetProperty("properties", out var props) || props.ValueKind != JsonValueKind.Object)
            {
                throw new BadDataException($"{sidecar}: STAC item has no \"properties\" object");
            }

            foreach (var field in new[] { "datetime", "start_datetime" })
            {
                if (props.TryGetProperty(field, out var v) && v.ValueKind == JsonValueKind.String)
                {
                    return ParseTime(v.GetString()!) ?? throw new BadDataException($"{sidecar}: properties.{field} \"{v.GetString()}\" is not an RFC 3339 time");
                }
            }

            throw new BadDataException($"{sidecar}: STAC item has neither properties.datetime nor properties.start_datetime");
        }
        catch (JsonException e)
        {
            throw new BadDataException($"{sidecar}: {JsonProblem.Describe(e)}", e);
        }
    }

    internal static DateTimeOffset? ParseTime(string text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var t)
            ? t.ToUniversalTime()
            : null;
}
