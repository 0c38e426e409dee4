using System.Text.Json;
using RailWatch.Core.Errors;

namespace RailWatch.Vision.Model;

/// <summary>models/railcar-counter/manifest.json: which version is current and how each was made and measured.</summary>
public sealed record ModelManifest
{
    public const string FileName = "manifest.json";

    public string Current { get; init; } = "v1";

    public IReadOnlyList<ModelManifestEntry> Versions { get; init; } = [];

    public static ModelManifest Load(string path)
    {
        try
        {
            return JsonSerializer.Deserialize<ModelManifest>(File.ReadAllText(path), CounterModel.JsonOptions)
                ?? throw new BadDataException($"{path}: empty model manifest");
        }
        catch (JsonException e)
        {
            throw new BadDataException($"{path}: not a valid model manifest: {e.Message.Split('\n')[0]}", e);
        }
    }

    public void Save(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var tmp = path + ".tmp";
        File.WriteAllText(tmp, JsonSerializer.Serialize(this, CounterModel.JsonOptions) + "\n");
        File.Move(tmp, path, overwrite: true);
    }
}

public sealed record ModelManifestEntry
{
    public required string Version { get; init; }

    public required string File { get; init; }

    public required string ProducedBy { get; init; }

    public required string ProducedAt { get; init; }

    public required string Data { get; init; }

    /// <summary>Seeds of the scenes the classifiers were trained on.</summary>
    public string? TrainingSeeds { get; init; }

    /// <summary>Seeds of the scenes the count scale and intervals were fitted on (disjoint from the training seeds).</summary>
    public string? CalibrationSeeds { get; init; }

    public string? EvaluationSeeds { get; init; }

    /// <summary>Measured accuracy (Markdown table per resolution band) on seeds never used for calibration.</summary>
    public string? Accuracy { get; init; }

    public string? AccuracyCommand { get; init; }
}
