using System.Text.Json;
using RailWatch.Core.Errors;

namespace RailWatch.Cli.Commands.Serve;

/// <summary>The <c>web</c> section of <c>railwatch.json</c>: <c>web.token</c> and <c>web.reviewer</c> (both optional).</summary>
internal sealed record WebConfigSection(string? Token, string? Reviewer)
{
    public const string TokenVariable = "RAILWATCH_WEB_TOKEN";

    public static WebConfigSection Read(string? configPath)
    {
        if (configPath is null)
        {
            return new WebConfigSection(null, null);
        }

        if (!File.Exists(configPath))
        {
            throw new UsageException($"{configPath}: config file not found");
        }

        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(configPath), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            if (doc.RootElement.ValueKind != JsonValueKind.Object || !doc.RootElement.TryGetProperty("web", out var web))
            {
                return new WebConfigSection(null, null);
            }

            if (web.ValueKind != JsonValueKind.Object)
            {
                throw new UsageException($"{configPath}: web: must be an object");
            }

            return new WebConfigSection(Text(web, "token", configPath), Text(web, "reviewer", configPath));
        }
        catch (JsonException e)
        {
            throw new UsageException($"{configPath}: not valid JSON (line {e.LineNumber + 1}): {e.Message.Split('\n')[0]}");
        }
    }

    /// <summary>The token to require: the environment variable wins over the config file.</summary>
    public string? EffectiveToken(Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var fromEnv = environment(TokenVariable);
        return string.IsNullOrEmpty(fromEnv) ? Token : fromEnv;
    }

    private static string? Text(JsonElement web, string field, string path)
    {
        if (!web.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString())
            ? value.GetString()
            : throw new UsageException($"{path}: web.{field}: must be a non-empty string");
    }
}
