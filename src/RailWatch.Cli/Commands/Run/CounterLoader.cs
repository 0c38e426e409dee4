using System.Globalization;
using RailWatch.Core.Errors;
using RailWatch.Vision;

namespace RailWatch.Cli.Commands.Run;

/// <summary>Finds the counter model: the config's, else the newest version shipped in the program's models folder.</summary>
internal static class CounterLoader
{
    private const string ModelFolder = "railcar-counter";

    public static RailcarCounter Load(string? modelPath, string modelsDirectory) =>
        RailcarCounter.FromModelFile(modelPath ?? NewestShippedModel(modelsDirectory));

    internal static string NewestShippedModel(string modelsDirectory)
    {
        var root = Path.Combine(modelsDirectory, ModelFolder);
        var newest = Directory.Exists(root)
            ? Directory.GetDirectories(root, "v*")
                .Select(d => (Path: Path.Combine(d, "model.json"), Version: int.TryParse(Path.GetFileName(d)[1..], NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : -1))
                .Where(m => m.Version >= 0 && File.Exists(m.Path))
                .OrderByDescending(m => m.Version)
                .Select(m => m.Path)
                .FirstOrDefault()
            : null;
        return newest ?? throw new UsageException($"{root}: no counter model (v*/model.json) found; run ./railwatch calibrate or set counting.model");
    }
}
