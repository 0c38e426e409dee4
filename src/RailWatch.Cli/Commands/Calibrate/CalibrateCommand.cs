using System.Globalization;
using RailWatch.Cli.Commands.Count;
using RailWatch.Cli.Infrastructure;
using RailWatch.Core.Errors;
using RailWatch.Core.Imaging;
using RailWatch.Core.Labels;
using RailWatch.Core.Yards;
using RailWatch.Synth;
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
        var training = ScenePlan.ParseSeeds(settings.TrainSeeds);
        var seeds = ScenePlan.ParseSeeds(settings.Seeds);
        var verifierSeeds = ScenePlan.ParseSeeds(settings.VerifierSeeds);
        var coarseSeeds = ScenePlan.ParseSeeds(settings.CoarseSeeds);
        var coarseTrackSeeds = ScenePlan.ParseSeeds(settings.CoarseTrackSeeds);
        var evaluation = ScenePlan.ParseSeeds(ScenePlan.DefaultEvaluationSeeds);
        if (training.Intersect(seeds).Any())
        {
            throw new UsageException($"--train-seeds {settings.TrainSeeds} overlaps --seeds {settings.Seeds}: the intervals must be fitted on scenes the classifiers never saw");
        }

        if (verifierSeeds.Intersect(training.Concat(seeds)).Any())
        {
            throw new UsageException($"--verifier-seeds {settings.VerifierSeeds} overlaps --train-seeds or --seeds: the verifier must learn from scenes the forests never saw, and the intervals be fitted on scenes it never saw");
        }

        if (coarseSeeds.Intersect(seeds).Any())
        {
            throw new UsageException($"--coarse-seeds {settings.CoarseSeeds} overlaps --seeds {settings.Seeds}: the intervals must be fitted on scenes the coarse forest never saw");
        }

        if (coarseTrackSeeds.Intersect(seeds.Concat(coarseSeeds).Concat(training)).Any())
        {
            throw new UsageException($"--coarse-track-seeds {settings.CoarseTrackSeeds} overlaps --seeds, --coarse-seeds or --train-seeds: the regressor must learn from scenes the forests never saw, and the intervals be fitted on scenes it never saw");
        }

        if (training.Concat(seeds).Concat(verifierSeeds).Concat(coarseSeeds).Concat(coarseTrackSeeds).Intersect(evaluation).Any())
        {
            throw new UsageException($"--train-seeds/--seeds/--verifier-seeds/--coarse-seeds/--coarse-track-seeds overlap the evaluation seeds {ScenePlan.DefaultEvaluationSeeds}");
        }

        if (!CounterModel.IsTrainNeutralProbability(settings.TrainNeutral))
        {
            throw new UsageException(FormattableString.Invariant($"--train-neutral {settings.TrainNeutral}: must be above 0 and at most 0.5"));
        }

        if (!CounterModel.IsStripSmoothing(settings.StripSmoothing))
        {
            throw new UsageException(FormattableString.Invariant($"--strip-smoothing {settings.StripSmoothing}: must be from 0 to 2 metres"));
        }

        RequireShare("--product-looks", settings.ProductLooks);
        RequireShare("--low-sun", settings.LowSun);

        var progress = new SynchronousProgress<string>(line => env.Error.WriteLine(line));
        var versionDirectory = Path.Combine(settings.Out, settings.Version);
        var trainFine = !settings.RefitOnly || settings.TrainFine;
        var (trainingLabels, verifierLabels, calibrationLabels) = LabelledSets(settings, trainFine);
        var modelPath = Path.Combine(versionDirectory, CounterModel.FileName);

        // A refit keeps the strips its forests were trained on (lifted out of cloud shadow or not), and the
        // segmentation its verifier learnt from unless the verifier is trained again.
        var existing = !trainFine && File.Exists(modelPath) ? CounterModel.Load(modelPath) : null;
        var untrained = new CounterModel
        {
            Version = settings.Version,
            CloudShadowLift = trainFine ? settings.CloudShadowLift : existing?.CloudShadowLift ?? false,
            StripSmoothingMetres = trainFine ? settings.StripSmoothing : existing?.StripSmoothingMetres ?? 0,
            TrainNeutralProbability = trainFine || settings.TrainVerifier
                ? settings.TrainNeutral
                : existing?.TrainNeutralProbability ?? settings.TrainNeutral,
        };
        var trained = trainFine
            ? Train(untrained, training, trainingLabels, settings, versionDirectory, cancellationToken)
            : ExistingClassifiers(untrained, versionDirectory);
        if (settings.RefitOnly && settings.TrainFine)
        {
            trained = KeepCoarse(trained, versionDirectory);
        }

        if (trainFine || settings.TrainVerifier)
        {
            trained = TrainVerifier(trained, verifierSeeds, verifierLabels, settings, versionDirectory, cancellationToken);
        }

        if (!settings.RefitOnly || settings.TrainCoarse)
        {
            trained = TrainCoarse(trained, coarseSeeds, versionDirectory, cancellationToken);
        }

        // The regressor reads the coarse forest's probabilities: a new forest needs a new regressor.
        if (!settings.RefitOnly || settings.TrainCoarse || settings.TrainCoarseTracks)
        {
            trained = TrainCoarseTracks(trained, coarseTrackSeeds, versionDirectory, cancellationToken);
        }

        var counter = new RailcarCounter(trained);
        var outcomes = SceneRunner.Run(counter, seeds, progress, cancellationToken);
        outcomes.AddRange(calibrationLabels.CountWith(counter, progress, cancellationToken));
        var model = ModelCalibrator.Fit(trained, outcomes, settings.Version);
        model.Save(modelPath);

        var manifestPath = Path.Combine(settings.Out, ModelManifest.FileName);
        var manifest = File.Exists(manifestPath) ? ModelManifest.Load(manifestPath) : new ModelManifest();
        var previous = manifest.Versions.FirstOrDefault(v => v.Version == settings.Version);
        var entry = new ModelManifestEntry
        {
            Version = settings.Version,
            File = $"{settings.Version}/{CounterModel.FileName}",
            ProducedBy = settings.RefitOnly && previous is not null ? $"{previous.ProducedBy}; then {CommandLine(settings)}" : CommandLine(settings),
            ProducedAt = env.Time.GetUtcNow().ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
            Data = $"{training.Count} synthetic training scenes, {verifierSeeds.Count} verifier scenes and {seeds.Count} calibration scenes from RailWatch.Synth (ScenePlan: random yard layouts, three in ten nearly empty (0–15% of the track under cars) and the rest 15–90%, GSD 0.3–3 m, seasons, sensors Rgb8/Pan16/Bgrn16, UTM/WGS84/Web Mercator, clouds, haze, noise, JPEG, geolocation error ≤ 10 m); the occupancy, boundary and car-verifier forests ({ClassifierTrainer.OccupancyFileName}, {ClassifierTrainer.BoundaryFileName}, {VerifierTrainer.FileName}) are trained on the first set (the verifier on the forests' candidate cars in the second, at 1.5 m per pixel or finer), the coarse occupancy forest ({ClassifierTrainer.CoarseOccupancyFileName}) on the scenes coarser than 1.5 m of --coarse-seeds {settings.CoarseSeeds}, the coarse track regressor ({CoarseTrackTrainer.FileName}) on those of --coarse-track-seeds {settings.CoarseTrackSeeds}, the count scale and interval widths per GSD band fitted on the third; car-length prior and segmentation settings are the defaults in CounterModel, and a car coupled to another is read against a neutral car probability of {untrained.TrainNeutralProbability.ToString(CultureInfo.InvariantCulture)}" + LabelledData(trainingLabels, verifierLabels, calibrationLabels, settings),
            TrainingSeeds = !trainFine && previous?.TrainingSeeds is { } trainedOn ? trainedOn : settings.TrainSeeds,
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

    private CounterModel Train(CounterModel untrained, IReadOnlyList<int> training, LabelledScenes labelled, CalibrateSettings settings, string versionDirectory, CancellationToken ct)
    {
        var trainer = new ClassifierTrainer(untrained);
        var looks = new ProductChainLooks { Share = settings.ProductLooks };
        string Progress(string scene) => FormattableString.Invariant($"training scene {scene}: {trainer.OccupancySamples} occupancy and {trainer.BoundarySamples} boundary samples so far");
        Feed(training, _ => true, (image, yard, label) => trainer.Add(looks.Next(image), yard, label, ct), seed => Progress($"{seed}"), ct, settings.LowSun);
        labelled.Feed(_ => true, (image, yard, label) => trainer.Add(looks.Next(image), yard, label, ct), name => env.Error.WriteLine(Progress(name)), ct);

        env.Error.WriteLine("training the classifiers…");
        var trained = trainer.TrainAndSave(untrained, versionDirectory, ct);
        env.Error.WriteLine(FormattableString.Invariant($"occupancy forest retrained with {trainer.HardExampleCount} hard examples"));
        return trained;
    }

    private CounterModel TrainVerifier(CounterModel trained, IReadOnlyList<int> seeds, LabelledScenes labelled, CalibrateSettings settings, string versionDirectory, CancellationToken ct)
    {
        var trainer = new VerifierTrainer(trained);
        var looks = new ProductChainLooks { Share = settings.ProductLooks, Seed = 20261129 };
        string Progress(string scene) => FormattableString.Invariant($"verifier scene {scene}: {trainer.Candidates} candidate cars so far, {trainer.TrueCars} of them true");
        Func<double, bool> fine = gsd => gsd <= trained.MaxSegmentationGsdMetres;
        Feed(seeds, fine, (image, yard, label) => trainer.Add(looks.Next(image), yard, label, ct), seed => Progress($"{seed}"), ct, settings.LowSun);
        labelled.Feed(fine, (image, yard, label) => trainer.Add(looks.Next(image), yard, label, ct), name => env.Error.WriteLine(Progress(name)), ct);

        env.Error.WriteLine("training the car verifier…");
        return trainer.TrainAndSave(trained, versionDirectory, ct);
    }

    /// <summary>
    /// A forest of its own for coarse scenes: there cars are a pixel wide and what tells them from empty track is
    /// not what does at 0.5 m, so the one forest of all resolutions, whose samples are mostly fine ones, reads them worse.
    /// </summary>
    private CounterModel TrainCoarse(CounterModel trained, IReadOnlyList<int> seeds, string versionDirectory, CancellationToken ct)
    {
        var trainer = new ClassifierTrainer(trained);
        Feed(
            seeds,
            gsd => gsd > trained.MaxSegmentationGsdMetres,
            (image, yard, label) => trainer.Add(image, yard, label, ct),
            seed => FormattableString.Invariant($"coarse scene {seed}: {trainer.OccupancySamples} occupancy samples so far"),
            ct);

        env.Error.WriteLine("training the coarse occupancy forest…");
        trainer.TrainOccupancyAndSave(Path.Combine(versionDirectory, ClassifierTrainer.CoarseOccupancyFileName), ct);
        env.Error.WriteLine(FormattableString.Invariant($"coarse occupancy forest retrained with {trainer.HardExampleCount} hard examples"));
        return trained with { CoarseOccupancyClassifier = ClassifierTrainer.CoarseOccupancyFileName };
    }

    /// <summary>
    /// The coarse track regressor, on the coarse scenes of seeds the coarse forest never saw, counted with the forests
    /// just trained or kept: the sum of a track's car probabilities overcounts nearly empty yards at 3 m several times.
    /// </summary>
    private CounterModel TrainCoarseTracks(CounterModel trained, IReadOnlyList<int> seeds, string versionDirectory, CancellationToken ct)
    {
        var trainer = new CoarseTrackTrainer(trained);
        Feed(
            seeds,
            gsd => gsd > trained.MaxSegmentationGsdMetres,
            (image, yard, label) => trainer.Add(image, yard, label, ct),
            seed => FormattableString.Invariant($"coarse track scene {seed}: {trainer.Tracks} tracks so far"),
            ct);

        env.Error.WriteLine("training the coarse track regressor…");
        return trainer.TrainAndSave(trained, versionDirectory, ct);
    }

    /// <summary>
    /// Renders the plan's scenes of <paramref name="seeds"/> whose GSD passes <paramref name="includeGsd"/> one at a
    /// time (the others are not rendered at all), hands each with its label to <paramref name="add"/> and reports it.
    /// </summary>
    private void Feed(
        IReadOnlyList<int> seeds, Func<double, bool> includeGsd, Action<RasterImage, Yard, SceneLabel> add, Func<int, string> progress, CancellationToken ct, double lowSun = 0)
    {
        foreach (var seed in seeds)
        {
            ct.ThrowIfCancellationRequested();
            var (yard, planned) = ScenePlan.For(seed);
            var options = ScenePlan.WithLowSun(planned, lowSun);
            if (includeGsd(options.GsdMetres))
            {
                var scene = RailWatch.Synth.SceneRenderer.Render(yard, options, ct);
                add(scene.Image, yard, SceneLabels.For(scene, $"seed {seed}"));
                env.Error.WriteLine(progress(seed));
            }
        }
    }

    private static void RequireShare(string option, double share)
    {
        if (share is < 0 or > 1 || double.IsNaN(share))
        {
            throw new UsageException(FormattableString.Invariant($"{option} {share}: must be a share from 0 to 1"));
        }
    }

    /// <summary>The command line that produced a manifest entry (a refit's is appended to the version's history).</summary>
    private static string CommandLine(CalibrateSettings s)
    {
        var parts = new List<string> { "railwatch calibrate" };
        if (s.RefitOnly)
        {
            parts.Add("--refit-only");
            if (s.TrainFine)
            {
                parts.Add($"--train-fine --train-seeds {s.TrainSeeds}");
            }

            if (s.TrainVerifier)
            {
                parts.Add("--train-verifier");
            }

            if (s.TrainFine || s.TrainVerifier)
            {
                parts.Add($"--verifier-seeds {s.VerifierSeeds}");
            }

            if (s.TrainFine && s.TrainLabelled is not null)
            {
                parts.Add($"--train-labelled {s.TrainLabelled}");
            }

            if ((s.TrainFine || s.TrainVerifier) && s.VerifierLabelled is not null)
            {
                parts.Add($"--verifier-labelled {s.VerifierLabelled}");
            }

            if (s.TrainCoarse)
            {
                parts.Add($"--train-coarse --coarse-seeds {s.CoarseSeeds}");
            }

            if (s.TrainCoarseTracks || s.TrainCoarse)
            {
                parts.Add($"{(s.TrainCoarseTracks ? "--train-coarse-tracks " : string.Empty)}--coarse-track-seeds {s.CoarseTrackSeeds}");
            }
        }
        else
        {
            parts.Add($"--train-seeds {s.TrainSeeds} --verifier-seeds {s.VerifierSeeds} --coarse-seeds {s.CoarseSeeds} --coarse-track-seeds {s.CoarseTrackSeeds}");
            parts.AddRange(new[] { ("--train-labelled", s.TrainLabelled), ("--verifier-labelled", s.VerifierLabelled) }.Where(o => o.Item2 is not null).Select(o => $"{o.Item1} {o.Item2}"));
        }

        if (s.CloudShadowLift && (!s.RefitOnly || s.TrainFine))
        {
            parts.Add("--cloud-shadow-lift");
        }

        if (s.StripSmoothing > 0 && (!s.RefitOnly || s.TrainFine))
        {
            parts.Add(FormattableString.Invariant($"--strip-smoothing {s.StripSmoothing}"));
        }

        if (!s.RefitOnly || s.TrainFine || s.TrainVerifier)
        {
            parts.Add(FormattableString.Invariant($"--train-neutral {s.TrainNeutral}"));
            if (s.LowSun > 0)
            {
                parts.Add(FormattableString.Invariant($"--low-sun {s.LowSun}"));
            }

            if (s.ProductLooks > 0)
            {
                parts.Add(FormattableString.Invariant($"--product-looks {s.ProductLooks}"));
            }
        }

        parts.Add($"--seeds {s.Seeds}{(s.CalibrationLabelled is null ? string.Empty : $" --calibration-labelled {s.CalibrationLabelled}")} --version {s.Version}");
        return string.Join(' ', parts);
    }

    private static string LabelledData(LabelledScenes training, LabelledScenes verifier, LabelledScenes calibration, CalibrateSettings s) =>
        (training.Count, verifier.Count, calibration.Count) switch
        {
            (0, 0, 0) => string.Empty,
            var (t, v, c) => $"; besides them, labelled scenes: {t} in {s.TrainLabelled ?? "-"} for the occupancy and boundary forests, {v} in {s.VerifierLabelled ?? "-"} for the verifier, {c} in {s.CalibrationLabelled ?? "-"} for the corrections and intervals",
        };

    /// <summary>
    /// The label files of --train-labelled, --verifier-labelled and --calibration-labelled (none where not given),
    /// checked before any training: each folder only where its forests are trained, and no scene in two of them.
    /// </summary>
    private static (LabelledScenes Training, LabelledScenes Verifier, LabelledScenes Calibration) LabelledSets(CalibrateSettings s, bool trainFine)
    {
        if (s.TrainLabelled is not null && !trainFine)
        {
            throw new UsageException("--train-labelled: with --refit-only the forests are trained only with --train-fine");
        }

        if (s.VerifierLabelled is not null && !trainFine && !s.TrainVerifier)
        {
            throw new UsageException("--verifier-labelled: with --refit-only the verifier is trained only with --train-fine or --train-verifier");
        }

        var training = s.TrainLabelled is null ? [] : LabelFile.In(s.TrainLabelled).Select(Path.GetFullPath).ToList();
        var verifier = s.VerifierLabelled is null ? [] : LabelFile.In(s.VerifierLabelled).Select(Path.GetFullPath).ToList();
        var both = training.Intersect(verifier, StringComparer.Ordinal).FirstOrDefault();
        if (both is not null)
        {
            throw new UsageException($"--verifier-labelled: {both} is also in --train-labelled; the verifier must learn from scenes the forests never saw");
        }

        var calibration = s.CalibrationLabelled is null ? [] : LabelFile.In(s.CalibrationLabelled).Select(Path.GetFullPath).ToList();
        var seen = calibration.Intersect(training.Concat(verifier), StringComparer.Ordinal).FirstOrDefault();
        if (seen is not null)
        {
            throw new UsageException($"--calibration-labelled: {seen} is also in --train-labelled or --verifier-labelled; the intervals must be fitted on scenes the classifiers never saw");
        }

        return (LabelledScenes.Load(training), LabelledScenes.Load(verifier), LabelledScenes.Load(calibration));
    }

    /// <summary>The version's coarse forest and coarse track regressor, where it has them, beside its fine forests (kept or freshly trained).</summary>
    private static CounterModel KeepCoarse(CounterModel trained, string versionDirectory) => trained with
    {
        CoarseOccupancyClassifier = File.Exists(Path.Combine(versionDirectory, ClassifierTrainer.CoarseOccupancyFileName)) ? ClassifierTrainer.CoarseOccupancyFileName : trained.CoarseOccupancyClassifier,
        CoarseTrackRegressor = File.Exists(Path.Combine(versionDirectory, CoarseTrackTrainer.FileName)) ? CoarseTrackTrainer.FileName : trained.CoarseTrackRegressor,
    };

    private static CounterModel ExistingClassifiers(CounterModel untrained, string versionDirectory)
    {
        foreach (var file in new[] { ClassifierTrainer.OccupancyFileName, ClassifierTrainer.BoundaryFileName })
        {
            if (!File.Exists(Path.Combine(versionDirectory, file)))
            {
                throw new UsageException($"--refit-only: {Path.Combine(versionDirectory, file)} not found (train first)");
            }
        }

        return KeepCoarse(
            untrained with
            {
                OccupancyClassifier = ClassifierTrainer.OccupancyFileName,
                BoundaryClassifier = ClassifierTrainer.BoundaryFileName,
                VerifierClassifier = File.Exists(Path.Combine(versionDirectory, VerifierTrainer.FileName)) ? VerifierTrainer.FileName : null,
                Directory = Path.GetFullPath(versionDirectory),
            },
            versionDirectory);
    }

    /// <summary>Applies a fitted model's band corrections to a raw count without counting again.</summary>
    private static CountReport Recount(SceneOutcome o, CounterModel model)
    {
        if (o.Report.RawTotal is not { } raw)
        {
            return o.Report;
        }

        var total = model.BandFor(o.Label.GsdMetres).Estimate(raw, o.Report.ObservedPitches ?? 0, o.Report.Evidence);
        return o.Report with { Count = o.Report.Count with { Total = total } };
    }
}
