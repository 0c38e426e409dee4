using System.Globalization;
using System.Text.Json;
using RailWatch.Core.Errors;

namespace RailWatch.Ingest.Config;

/// <summary>
/// Typed, validated reads of one JSON object of the config; every error is a <see cref="UsageException"/> whose one
/// line names the config file and the field path (e.g. <c>railwatch.json: sources[2].url: …</c>).
/// </summary>
internal sealed class ConfigSection
{
    private readonly HashSet<string> known = new(StringComparer.Ordinal);

    public ConfigSection(JsonElement element, string configPath, string label)
    {
        ConfigPath = configPath;
        Label = label;
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new UsageException($"{configPath}: {label}: must be a JSON object, not {Kind(element)}");
        }

        Element = element;
    }

    public JsonElement Element { get; }

    public string ConfigPath { get; }

    public string Label { get; }

    /// <summary>The folder relative paths resolve against: the config file's folder.</summary>
    public string BaseDirectory => Path.GetDirectoryName(Path.GetFullPath(ConfigPath)) ?? Directory.GetCurrentDirectory();

    public UsageException Error(string field, string problem) => new($"{ConfigPath}: {Label}.{field}: {problem}");

    public bool Has(string field)
    {
        known.Add(field);
        return Element.TryGetProperty(field, out var v) && v.ValueKind != JsonValueKind.Null;
    }

    public string RequiredString(string field) =>
        OptionalString(field) ?? throw Error(field, "is required");

    public string? OptionalString(string field)
    {
        if (!TryGet(field, out var v))
        {
            return null;
        }

        if (v.ValueKind != JsonValueKind.String)
        {
            throw Error(field, $"must be a string, not {Kind(v)}");
        }

        var s = v.GetString()!;
        return string.IsNullOrWhiteSpace(s) ? throw Error(field, "must not be empty") : s;
    }

    public double? OptionalDouble(string field, double min, double max)
    {
        if (!TryGet(field, out var v))
        {
            return null;
        }

        if (v.ValueKind != JsonValueKind.Number || !v.TryGetDouble(out var d) || !double.IsFinite(d))
        {
            throw Error(field, $"must be a number, not {Kind(v)}");
        }

        return d < min || d > max
            ? throw Error(field, string.Create(CultureInfo.InvariantCulture, $"must lie in {min}..{max}, not {d}"))
            : d;
    }

    public int? OptionalInt(string field, int min, int max)
    {
        if (!TryGet(field, out var v))
        {
            return null;
        }

        if (v.ValueKind != JsonValueKind.Number || !v.TryGetInt32(out var i))
        {
            throw Error(field, $"must be an integer, not {Kind(v)} {v.GetRawText()}");
        }

        return i < min || i > max
            ? throw Error(field, string.Create(CultureInfo.InvariantCulture, $"must lie in {min}..{max}, not {i}"))
            : i;
    }

    public bool? OptionalBool(string field)
    {
        if (!TryGet(field, out var v))
        {
            return null;
        }

        return v.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw Error(field, $"must be true or false, not {Kind(v)}"),
        };
    }

    /// <summary>A list of non-empty strings; a single string is accepted as a list of one.</summary>
    public IReadOnlyList<string>? OptionalStringList(string field)
    {
        if (!TryGet(field, out var v))
        {
            return null;
        }

        if (v.ValueKind == JsonValueKind.String)
        {
            return [OptionalString(field)!];
        }

        if (v.ValueKind != JsonValueKind.Array)
        {
            throw Error(field, $"must be a string or an array of strings, not {Kind(v)}");
        }

        var list = new List<string>();
        var i = 0;
        foreach (var item in v.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(item.GetString()))
            {
                throw Error($"{field}[{i}]", "must be a non-empty string");
            }

            list.Add(item.GetString()!);
            i++;
        }

        return list.Count == 0 ? throw Error(field, "must not be empty") : list;
    }

    public IReadOnlyList<int>? OptionalIntList(string field, int min, int max)
    {
        if (!TryGet(field, out var v))
        {
            return null;
        }

        if (v.ValueKind != JsonValueKind.Array)
        {
            throw Error(field, $"must be an array of integers, not {Kind(v)}");
        }

        var list = new List<int>();
        var i = 0;
        foreach (var item in v.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Number || !item.TryGetInt32(out var n) || n < min || n > max)
            {
                throw Error($"{field}[{i}]", string.Create(CultureInfo.InvariantCulture, $"must be an integer in {min}..{max}"));
            }

            list.Add(n);
            i++;
        }

        return list;
    }

    public DateTimeOffset? OptionalTime(string field)
    {
        var s = OptionalString(field);
        if (s is null)
        {
            return null;
        }

        return DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var t)
            ? t
            : throw Error(field, $"\"{s}\" is not an ISO 8601 time");
    }

    public ConfigSection? OptionalObject(string field)
    {
        if (!TryGet(field, out var v))
        {
            return null;
        }

        return v.ValueKind != JsonValueKind.Object
            ? throw Error(field, $"must be a JSON object, not {Kind(v)}")
            : new ConfigSection(v, ConfigPath, $"{Label}.{field}");
    }

    /// <summary>A path resolved against the config file's folder.</summary>
    public string? OptionalPath(string field)
    {
        var s = OptionalString(field);
        return s is null ? null : Path.GetFullPath(Path.Combine(BaseDirectory, s));
    }

    /// <summary>Rejects fields that no reader asked for (a typo would otherwise be silently ignored).</summary>
    public void RejectUnknownFields()
    {
        foreach (var p in Element.EnumerateObject())
        {
            if (!known.Contains(p.Name))
            {
                throw Error(p.Name, $"unknown field (known: {string.Join(", ", known.Order(StringComparer.Ordinal))})");
            }
        }
    }

    private bool TryGet(string field, out JsonElement value)
    {
        known.Add(field);
        return Element.TryGetProperty(field, out value) && value.ValueKind != JsonValueKind.Null;
    }

    private static string Kind(JsonElement v) => v.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };
}
