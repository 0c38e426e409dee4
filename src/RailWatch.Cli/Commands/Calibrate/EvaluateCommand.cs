using RailWatch.Cli.Infrastructure;
using RailWatch.Core.Errors;
using RailWatch.Core.Labels;
using RailWatch.Synth;
using RailWatch.Vision;
using RailWatch.Vision.Calibration;
using RailWatch.Vision.Model;
using Spectre.Console.Cli;

namespace RailWatch.Cli.Commands.Calibrate;

/// <summary>
/// <c>railwatch evaluate</c>: counts held-out scenes with the current model and prints the accuracy per resolution
/// band: rendered scenes of seeds the model never used (<c>--seeds</c>), or labelled scenes on disk
/// (<c>--labelled DIR</c>): an analyst's hand counts of real imagery or another renderer's scenes.
/// </summary>
public sealed class EvaluateCommand(CliEnvironment env) : Command<EvaluateSettings>
{
    public override int Execute(CommandContext context, EvaluateSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.Labelled is not null && settings.Seeds is not null)
        {
            throw new UsageException("evaluate: give either --seeds or --labelled, not both");
        }

        if (settings.Labelled is not null && settings.Record)
        {
            throw new UsageException("evaluate: --record writes the accuracy on held-out seeds; it does not apply to --labelled");
        }

        if (settings.AtTrueShift && settings.Record)
        {
            throw new UsageException("evaluate: --record writes the accuracy the counter reaches on its own; it does not apply to --at-true-shift");
        }

        var manifestPath = Path.Combine(settings.ModelDir, ModelManifest.FileName);
        if (!File.Exists(manifestPath))
        {
            throw new UsageException($"{manifestPath}: model manifest not found");
        }

        var manifest = ModelManifest.Load(manifestPath);
        var entry = manifest.Versions.FirstOrDefault(v => v.Version == manifest.Current)
            ?? throw new BadDataException($"{manifestPath}: current version {manifest.Current} has no entry");
        var seedsText = settings.Seeds ?? ScenePlan.DefaultEvaluationSeeds;
        var seeds = settings.Labelled is null ? HeldOutSeeds(seedsText, entry) : null;
        // Every label file is read and every image opened before the first scene is counted.
        var labelled = settings.Labelled is null ? null : LabelledScenes.Load(LabelFile.In(settings.Labelled));

        var counter = new RailcarCounter(CounterModel.Load(Path.Combine(settings.ModelDir, entry.File)));
        var progress = new SynchronousProgress<string>(line => env.Error.WriteLine(line));
        var outcomes = labelled is null
            ? SceneRunner.Run(counter, seeds!, progress, cancellationToken, settings.AtTrueShift)
            : labelled.CountWith(counter, progress, cancellationToken, settings.AtTrueShift);
        var table = AccuracyEvaluator.MarkdownTable(outcomes);
        var source = (labelled is null ? $"seeds {seedsText}" : $"labelled {settings.Labelled}") + (settings.AtTrueShift ? " at the true shift" : "");
        env.WriteRaw(settings.Format == OutputFormat.Json ? CliJson.Serialize(EvaluationJson.From(entry.Version, source, outcomes)) : table);
        if (settings.Record)
        {
            var updated = entry with
            {
                EvaluationSeeds = seedsText,
                Accuracy = table,
                AccuracyCommand = $"railwatch evaluate --seeds {seedsText}",
            };
            manifest = manifest with { Versions = [.. manifest.Versions.Select(v => v.Version == entry.Version ? updated : v)] };
            manifest.Save(manifestPath);
        }

        return ExitCodes.Ok;
    }

    /// <summary>The seeds to render, refused where they overlap any the model learnt or was calibrated on.</summary>
    private static IReadOnlyList<int> HeldOutSeeds(string text, ModelManifestEntry entry)
    {
        var seeds = ScenePlan.ParseSeeds(text);
        // The manifest records the forests' and the intervals' seeds; the verifier, the coarse forest and the coarse
        // track regressor of the shipped models learnt from the default sets.
        foreach (var used in new[] { entry.TrainingSeeds, entry.CalibrationSeeds, ScenePlan.DefaultVerifierSeeds, ScenePlan.DefaultCoarseSeeds, ScenePlan.DefaultCoarseTrackSeeds })
        {
            if (used is not null && ScenePlan.ParseSeeds(used).Intersect(seeds).Any())
            {
                throw new UsageException($"--seeds {text} overlaps the seeds the model was trained or calibrated on ({used})");
            }
        }

        return seeds;
    }
}
