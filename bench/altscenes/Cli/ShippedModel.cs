using System.Text.Json;
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
            var manifest = Path.Combine(folder, "manifest.json");
            if (File.Exists(manifest))
            {
                using var document = JsonDocument.Parse(File.ReadAllText(manifest));
                var current = document.RootElement.GetProperty("current").GetString()
                    ?? throw new InvalidDataException($"{manifest}: no current version");
                return CounterModel.Load(Path.Combine(folder, current, CounterModel.FileName));
            }
        }

        throw new FileNotFoundException("models/railcar-counter/manifest.json not found in the working directory or above it");
    }
}
