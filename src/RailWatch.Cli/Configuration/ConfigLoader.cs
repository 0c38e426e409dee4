using System.Text.Json;
using RailWatch.Core.Errors;
using RailWatch.Core.Text;

namespace RailWatch.Cli.Configuration;

/// <summary>
/// Reads and validates <c>railwatch.json</c>; every error is one line naming the file and the field (exit 2). Every
/// object of the file is checked for unknown fields (a typo is an error, never a silent default), every value for
/// its JSON type, and the file for bytes that are not UTF-8.
/// </summary>
public static class ConfigLoader
{
    private static readonly string[] TopLevelFields = ["store", "yards", "sources", "cache", "counting", "run", "detection", "web", "$schema", "description"];

    /// <summary>The fields of each object-valued top-level section (<c>sources[i]</c> are checked by RailWatch.Ingest).</summary>
    private static readonly Dictionary<string, string[]> SectionFields = new(StringComparer.Ordinal)
    {
        ["store"] = ["path"],
        ["cache"] = ["path"],
        ["counting"] = ["model", "margin_m"],
        ["run"] = ["parallelism", "lookback_days"],
        ["detection"] = ["false_alarms_per_year"],
        ["web"] = ["token", "reviewer"],
    };

    public static RailWatchConfig Load(string path, string? storeOverride = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Read(ReadChecked(path), path, storeOverride);
    }

    /// <summary>
    /// <c>web.token</c> and <c>web.reviewer</c> of a config file, which <c>serve</c> may be given without yards or
    /// sources; the whole file is still checked for unknown fields, wrong JSON types of its sections and bad bytes.
    /// </summary>
    public static (string? Token, string? Reviewer) LoadWebSection(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var root = ReadChecked(path);
        return (OptionalString(root, "web", "token", path), OptionalString(root, "web", "reviewer", path));
    }

    /// <summary>The file's root object, with every object checked for unknown fields.</summary>
    private static JsonElement ReadChecked(string path)
    {
        if (!File.Exists(path))
        {
            throw new UsageException($"{path}: config file not found");
        }

        var text = StrictUtf8.ReadFile(path, path, "config file", (message, inner) => new UsageException(message, inner));

        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(text, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            root = document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            throw new UsageException($"{path}: {JsonProblem.Describe(e)}");
        }

        CheckFields(root, path);
        return root;
    }

    private static void CheckFields(JsonElement root, string path)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw Error(path, "(root)", "must be a JSON object");
        }

        foreach (var property in root.EnumerateObject())
        {
            if (!TopLevelFields.Contains(property.Name, StringComparer.Ordinal))
            {
                throw Error(path, property.Name, $"unknown field (known: {string.Join(", ", TopLevelFields.Where(f => f[0] != '$'))})");
            }

            if (property.Name is "$schema" or "description" && property.Value.ValueKind is not (JsonValueKind.String or JsonValueKind.Null))
            {
                throw Error(path, property.Name, "must be a string");
            }

            if (!SectionFields.TryGetValue(property.Name, out var fields) || property.Value.ValueKind == JsonValueKind.Null)
            {
                continue;
            }

            if (property.Value.ValueKind != JsonValueKind.Object)
            {
                throw Error(path, property.Name, "must be a JSON object");
            }

            foreach (var field in property.Value.EnumerateObject())
            {
                if (!fields.Contains(field.Name, StringComparer.Ordinal))
                {
                    throw Error(path, $"{property.Name}.{field.Name}", $"unknown field (known: {string.Join(", ", fields)})");
                }
            }
        }
    }

    private static RailWatchConfig Read(JsonElement root, string path, string? storeOverride)
    {
        var folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!;
        string Resolve(string p) => System.IO.Path.GetFullPath(System.IO.Path.Combine(folder, p));

        var configuredStore = OptionalString(root, "store", "path", path); // checked even when overridden
        var store = storeOverride is not null
            ? System.IO.Path.GetFullPath(storeOverride)
            : Resolve(configuredStore ?? throw Error(path, "store.path", "is required"));

        if (!root.TryGetProperty("yards", out var yardsElement) || yardsElement.ValueKind != JsonValueKind.Array || yardsElement.GetArrayLength() == 0)
        {
            throw Error(path, "yards", "must be a non-empty array of yard file paths");
        }

        var yards = new List<string>();
        var index = 0;
        foreach (var item in yardsElement.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(item.GetString()))
            {
                throw Error(path, $"yards[{index}]", "must be a file path");
            }

            var yardPath = Resolve(item.GetString()!);
            if (!File.Exists(yardPath))
            {
                throw Error(path, $"yards[{index}]", $"yard file {yardPath} not found");
            }

            yards.Add(yardPath);
            index++;
        }

        if (!root.TryGetProperty("sources", out var sourcesElement) || sourcesElement.ValueKind != JsonValueKind.Array || sourcesElement.GetArrayLength() == 0)
        {
            throw Error(path, "sources", "must be a non-empty array of imagery sources");
        }

        var cache = OptionalString(root, "cache", "path", path);
        var model = OptionalString(root, "counting", "model", path);
        var parallelism = OptionalNumber(root, "run", "parallelism", path);
        if (parallelism is { } p && (p < 1 || p != Math.Floor(p)))
        {
            throw Error(path, "run.parallelism", "must be a whole number ≥ 1");
        }

        var lookback = OptionalNumber(root, "run", "lookback_days", path);
        if (lookback is { } l && (l < 1 || l != Math.Floor(l)))
        {
            throw Error(path, "run.lookback_days", "must be a whole number of days ≥ 1");
        }

        var margin = OptionalNumber(root, "counting", "margin_m", path);
        if (margin is { } m && (m < 0 || m > 2000))
        {
            throw Error(path, "counting.margin_m", "must be between 0 and 2000 metres");
        }

        var falseAlarms = OptionalNumber(root, "detection", "false_alarms_per_year", path);
        if (falseAlarms is { } f && (f <= 0 || f > RailWatchConfig.MaxFalseAlarmsPerYear))
        {
            throw Error(path, "detection.false_alarms_per_year", $"must be greater than 0 and at most {RailWatchConfig.MaxFalseAlarmsPerYear}");
        }

        var token = OptionalString(root, "web", "token", path);
        var reviewer = OptionalString(root, "web", "reviewer", path);

        return new RailWatchConfig
        {
            Path = path,
            StorePath = store,
            YardFiles = yards,
            Sources = sourcesElement.EnumerateArray().ToList(),
            CacheDirectory = cache is null ? System.IO.Path.ChangeExtension(store, null) + ".cache" : Resolve(cache),
            ModelPath = model is null ? null : Resolve(model),
            ChipMarginMetres = margin ?? 50,
            Parallelism = parallelism is { } par ? (int)par : Environment.ProcessorCount,
            LookbackDays = lookback is { } lb ? (int)lb : null,
            FalseAlarmsPerYear = falseAlarms,
            WebToken = token,
            WebReviewer = reviewer,
        };
    }

    private static string? OptionalString(JsonElement root, string section, string field, string path)
    {
        var value = Field(root, section, field, path);
        if (value is null)
        {
            return null;
        }

        return value.Value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.Value.GetString())
            ? value.Value.GetString()
            : throw Error(path, $"{section}.{field}", "must be a non-empty string");
    }

    private static double? OptionalNumber(JsonElement root, string section, string field, string path)
    {
        var value = Field(root, section, field, path);
        if (value is null)
        {
            return null;
        }

        return value.Value.ValueKind == JsonValueKind.Number && value.Value.TryGetDouble(out var number) && double.IsFinite(number)
            ? number
            : throw Error(path, $"{section}.{field}", "must be a number");
    }

    private static JsonElement? Field(JsonElement root, string section, string field, string path)
    {
        if (!root.TryGetProperty(section, out var s) || s.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (s.ValueKind != JsonValueKind.Object)
        {
            throw Error(path, section, "must be a JSON object");
        }

        return s.TryGetProperty(field, out var v) && v.ValueKind != JsonValueKind.Null ? v : null;
    }

    private static UsageException Error(string path, string field, string problem) => new($"{path}: {field}: {problem}");
}
