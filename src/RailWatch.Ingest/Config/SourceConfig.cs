using System.Text.Json;
using System.Text.RegularExpressions;
using RailWatch.Core.Errors;
using RailWatch.Ingest.Folder;
using RailWatch.Ingest.Stac;
using RailWatch.Ingest.Xyz;

namespace RailWatch.Ingest;

/// <summary>
/// Builds sources from the entries of the config's <c>"sources"</c> array (fields documented in docs/ingest.md).
/// Every configuration error is a <see cref="UsageException"/> (exit 2) whose one line names the config file and the
/// field, e.g. <c>railwatch.json: sources[2].url: is required</c>.
/// </summary>
public static class SourceConfig
{
    /// <summary>Builds one source; errors name it <c>sources[?]</c> (use the overload with the index where known).</summary>
    public static ISceneSource Create(JsonElement source, string configPath, IngestContext context) =>
        Create(source, configPath, context, -1);

    /// <summary>Builds the source at <c>sources[index]</c>.</summary>
    public static ISceneSource Create(JsonElement source, string configPath, IngestContext context, int index)
    {
        ArgumentNullException.ThrowIfNull(configPath);
        ArgumentNullException.ThrowIfNull(context);
        var label = index >= 0 ? $"sources[{index}]" : "sources[?]";
        var section = new Config.ConfigSection(source, configPath, label);
        var name = section.RequiredString("name");
        var type = section.RequiredString("type");
        ISceneSource created = type switch
        {
            "folder" => new FolderSceneSource(Config.SourceConfigReader.ReadFolder(section, name, context), context),
            "stac" => new StacSceneSource(Config.SourceConfigReader.ReadStac(section, name, context), context),
            "xyz" => new XyzSceneSource(Config.SourceConfigReader.ReadXyz(section, name, context), context),
            _ => throw section.Error("type", $"unknown source type \"{type}\" (known: folder, stac, xyz)"),
        };
        section.RejectUnknownFields();
        return created;
    }

    /// <summary>Builds every entry of a <c>"sources"</c> array; names must be unique.</summary>
    public static IReadOnlyList<ISceneSource> CreateAll(JsonElement sources, string configPath, IngestContext context)
    {
        if (sources.ValueKind != JsonValueKind.Array)
        {
            throw new UsageException($"{configPath}: sources: must be an array of source objects");
        }

        var list = new List<ISceneSource>();
        var index = 0;
        foreach (var element in sources.EnumerateArray())
        {
            var created = Create(element, configPath, context, index);
            if (list.Any(s => s.Name == created.Name))
            {
                throw new UsageException($"{configPath}: sources[{index}].name: duplicate source name \"{created.Name}\"");
            }

            list.Add(created);
            index++;
        }

        return list;
    }

    internal static bool IsValidRegex(string pattern)
    {
        try
        {
            _ = new Regex(pattern, RegexOptions.None, TimeSpan.FromSeconds(1));
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
