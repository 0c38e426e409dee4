using RailWatch.Vision.Model;

namespace RailWatch.AltScenes.Bench.Cli;

/// <summary>The model the CLI counts with: models/railcar-counter/manifest.json's current version, found above the working directory.</summary>
internal static class ShippedModel
{
    public static CounterModel Load()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var folder = Path.Combine(dir.FullName, "models", "railcar-counter");
            if (File.Exists(Path.Combine(folder, ModelManifest.FileName)))
            {
                return CounterModel.LoadCurrent(folder);
            }
        }

        throw new FileNotFoundException("models/railcar-counter/manifest.json not found in the working directory or above it");
    }
}
