using RailWatch.Core.Errors;
using RailWatch.Vision.Model;

namespace RailWatch.Cli.Commands.Count;

/// <summary>Finds the counter model: an explicit file, or the manifest's current version under models/railcar-counter.</summary>
internal static class ModelLocator
{
    public const string ModelFolder = "railcar-counter";

    public static CounterModel Load(string modelsDirectory, string? explicitPath)
    {
        if (explicitPath is not null)
        {
            return CounterModel.Load(explicitPath);
        }

        var folder = Path.Combine(modelsDirectory, ModelFolder);
        var manifest = Path.Combine(folder, ModelManifest.FileName);
        if (!File.Exists(manifest))
        {
            throw new UsageException($"{manifest}: model manifest not found (run `railwatch calibrate` or pass --model)");
        }

        return CounterModel.LoadCurrent(folder);
    }
}
