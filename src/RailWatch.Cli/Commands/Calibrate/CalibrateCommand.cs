using System.Globalization;
using RailWatch.Cli.Commands.Count;
using RailWatch.Cli.Infrastructure;
using RailWatch.Core.Errors;
using RailWatch.Vision;
using RailWatch.Vision.Calibration;
using RailWatch.Vision.Model;
using Spectre.Console.Cli;

namespace RailWatch.Cli.Commands.Calibrate;

/// <summary>
/// <c>railwatch calibrate</c>: renders labelled synthetic scenes, counts them with the uncalibrated model and fits
/// the per-resolution count scale and interval widths; writes VERSION/model.json and the manifest entry.
/// </summary>
public sealed class CalibrateCommand(CliEnvironment env) : Command<CalibrateSettings>
{
    public override int Execute(CommandContext context, CalibrateSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var seeds = ScenePlan.ParseSeeds(settings.Seeds);
        var evaluation = ScenePlan.ParseSeeds(ScenePlan.DefaultEvaluationSeeds);
        if (seeds.Intersect(evaluation).Any())
        {
            throw new UsageException($"--seeds {settings.Seeds} overlaps the evaluation seeds {ScenePlan.DefaultEvaluationSeeds}");
        }

        var baseModel = new CounterModel();
        var progress = new Progress<string>(line => env.Error.WriteLine(line));
        var outcomes = SceneRunner.Run(new RailcarCounter(baseModel), seeds, progress, cancellationToken);
        var model = ModelCalibrator.Fit(baseModel, outcomes, settings.Version);
        var modelPath = Path.Combine(settings.Out, settings.Version, CounterModel.FileName);
        model.Save(modelPath);

        var manifestPath = Path.Combine(settings.Out, ModelManifest.FileName);
        var manifest = File.Exists(manifestPath) ? ModelManifest.Load(manifestPath) : new ModelManifest();
        var entry = new ModelManifestEntry
        {
            Version = settings.Version,
            File = $"{settings.Version}/{CounterModel.FileName}",
            ProducedBy = $"railwatch calibrate --seeds {settings.Seeds} --version {settings.Version}",
            ProducedAt = env.Time.GetUtcNow().ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
            Data = $"{seeds.Count} synthetic scenes from RailWatch.Synth (ScenePlan: random yard layouts, GSD 0.3–3 m, seasons, sensors Rgb8/Pan16/Bgrn16, UTM/WGS84/Web Mercator, clouds, haze, noise, JPEG, geolocation error ≤ 10 m); car-length prior and thresholds are the defaults in CounterModel, the count scale and interval widths per GSD band are fitted",
            CalibrationSeeds = settings.Seeds,
        };
        manifest = manifest with
        {
            Current = settings.Version,
            Versions = [.. manifest.Versions.Where(v => v.Version != settings.Version), entry],
        };
        manifest.Save(manifestPath);
        env.WriteRaw($"wrote {modelPath} and {manifestPath}\n");
        env.WriteRaw("fit on the calibration scenes (not a held-out measure):\n");
        var refit = outcomes.Select(o => AccuracyEvaluator.Score(o.Label, Recount(o, model))).ToList();
        env.WriteRaw(AccuracyEvaluator.MarkdownTable(refit));
        return ExitCodes.Ok;
    }

    /// <summary>Applies a fitted model's band corrections to a raw count without counting again.</summary>
    private static CountReport Recount(SceneOutcome o, CounterModel model)
    {
        if (o.Report.RawTotal is not { } raw)
        {
            return o.Report;
        }

        var band = model.BandFor(o.Label.GsdMetres);
        var scaled = raw * band.CountScale;
        var (low, high) = band.Interval(scaled);
        var count = (int)Math.Round(scaled, MidpointRounding.AwayFromZero);
        var total = new RailWatch.Core.Counting.CountEstimate(count, Math.Min(low, count), Math.Max(high, count));
        return o.Report with { Count = o.Report.Count with { Total = total } };
    }
}

/// <summary>
/// <c>railwatch evaluate</c>: renders held-out scenes (seeds never used for calibration), counts them with the
/// current model and prints the accuracy per resolution band as a Markdown table.
/// </summary>
public sealed class EvaluateCommand(CliEnvironment env) : Command<EvaluateSettings>
{
    public override int Execute(CommandContext context, EvaluateSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var seeds = ScenePlan.ParseSeeds(settings.Seeds);
        var manifestPath = Path.Combine(settings.ModelDir, ModelManifest.FileName);
        if (!File.Exists(manifestPath))
        {
            throw new UsageException($"{manifestPath}: model manifest not found");
        }

        var manifest = ModelManifest.Load(manifestPath);
        var entry = manifest.Versions.FirstOrDefault(v => v.Version == manifest.Current)
            ?? throw new BadDataException($"{manifestPath}: current version {manifest.Current} has no entry");
        if (entry.CalibrationSeeds is { } cal && ScenePlan.ParseSeeds(cal).Intersect(seeds).Any())
        {
            throw new UsageException($"--seeds {settings.Seeds} overlaps the model's calibration seeds {cal}");
        }

        var model = CounterModel.Load(Path.Combine(settings.ModelDir, entry.File));
        var progress = new Progress<string>(line => env.Error.WriteLine(line));
        var outcomes = SceneRunner.Run(new RailcarCounter(model), seeds, progress, cancellationToken);
        var table = AccuracyEvaluator.MarkdownTable(outcomes);
        env.WriteRaw(table);
        if (settings.Record)
        {
            var updated = entry with
            {
                EvaluationSeeds = settings.Seeds,
                Accuracy = table,
                AccuracyCommand = $"railwatch evaluate --seeds {settings.Seeds}",
            };
            manifest = manifest with { Versions = [.. manifest.Versions.Select(v => v.Version == entry.Version ? updated : v)] };
            manifest.Save(manifestPath);
        }

        return ExitCodes.Ok;
    }
}
