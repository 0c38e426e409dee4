using System.ComponentModel;
using RailWatch.Synth;
using Spectre.Console.Cli;

namespace RailWatch.Cli.Commands.Calibrate;

public sealed class CalibrateSettings : CommandSettings
{
    [CommandOption("--train-seeds <A-B>")]
    [Description("Seeds of the labelled synthetic scenes the classifiers learn from (default " + ScenePlan.DefaultTrainingSeeds + ")")]
    public string TrainSeeds { get; init; } = ScenePlan.DefaultTrainingSeeds;

    [CommandOption("--seeds <A-B>")]
    [Description("Seeds of the scenes the count scale and intervals are fitted on, disjoint from --train-seeds (default " + ScenePlan.DefaultCalibrationSeeds + ")")]
    public string Seeds { get; init; } = ScenePlan.DefaultCalibrationSeeds;

    [CommandOption("--out <DIR>")]
    [Description("Model folder to write VERSION/model.json and manifest.json into (default models/railcar-counter)")]
    public string Out { get; init; } = Path.Combine("models", "railcar-counter");

    [CommandOption("--refit-only")]
    [Description("Keep the version's trained classifiers and refit only the count scale and intervals on --seeds")]
    public bool RefitOnly { get; init; }

    [CommandOption("--verifier-seeds <A-B>")]
    [Description("Seeds of the scenes the car verifier learns from, disjoint from the others: the forests' mistakes on scenes they never saw (default " + ScenePlan.DefaultVerifierSeeds + ")")]
    public string VerifierSeeds { get; init; } = ScenePlan.DefaultVerifierSeeds;

    [CommandOption("--train-verifier")]
    [Description("With --refit-only: train the car verifier on --verifier-seeds, keeping the version's occupancy and boundary forests")]
    public bool TrainVerifier { get; init; }

    [CommandOption("--train-fine")]
    [Description("With --refit-only: train the occupancy and boundary forests on --train-seeds and then the car verifier (its candidates come from them), keeping the version's coarse forest")]
    public bool TrainFine { get; init; }

    [CommandOption("--train-labelled <DIR>")]
    [Description("Folder of labelled scenes (*.labels.json, docs/vision.md) the occupancy and boundary forests learn from besides --train-seeds")]
    public string? TrainLabelled { get; init; }

    [CommandOption("--verifier-labelled <DIR>")]
    [Description("Folder of labelled scenes the car verifier learns from besides --verifier-seeds; none of them may be among --train-labelled's")]
    public string? VerifierLabelled { get; init; }

    [CommandOption("--calibration-labelled <DIR>")]
    [Description("Folder of labelled scenes the count corrections and intervals are fitted on besides --seeds (other looks than the renderer's widen the intervals to hold them too); none of them may be among the other labelled folders'")]
    public string? CalibrationLabelled { get; init; }

    [CommandOption("--train-neutral <P>")]
    [Description("Car probability at which a car coupled to another counts as neither car nor track (a lone car's is 0.5; 0.5 turns trains off). Applies where the car verifier is trained, which learns from the candidates it gives; a plain refit keeps the version's (default 0.3)")]
    public double TrainNeutral { get; init; } = 0.3;

    [CommandOption("--strip-smoothing <METRES>")]
    [Description("Standard deviation (metres, 0–2) of the Gaussian that smooths the planes the strips are sampled from at 1 m per pixel or finer; the fine forests are trained and count with it (an experiment: 0.5 m did not carry to other renderers' fresh scenes; docs/accuracy.md). Applies where the fine forests are trained; a refit keeps the version's (default 0: none)")]
    public double StripSmoothing { get; init; }

    [CommandOption("--product-looks <SHARE>")]
    [Description("Share (0–1) of the fine forests' and the verifier's training scenes, rendered or labelled, that are first given a processed product's look: colour pan-sharpened from a coarser grid, edges sharpened, JPEG loss, each drawn at random (an experiment; docs/accuracy.md). Applies where those forests are trained (default 0: none)")]
    public double ProductLooks { get; init; }

    [CommandOption("--low-sun <SHARE>")]
    [Description("Share (0–1) of the rendered training scenes of the fine forests and the verifier drawn with the sun 12–28° above the horizon instead of 20–70°, so that car shadows lie across the next track (an experiment; docs/accuracy.md). Applies where those forests are trained (default 0: none)")]
    public double LowSun { get; init; }

    [CommandOption("--cloud-shadow-lift")]
    [Description("Train and count with stretches of track in cloud shadow lifted to their track's sunlit level (an experiment: it lowered accuracy on fresh seeds; docs/vision.md)")]
    public bool CloudShadowLift { get; init; }

    [CommandOption("--coarse-seeds <A-B,...>")]
    [Description("Seeds whose coarse scenes (coarser than 1.5 m) the coarse occupancy forest learns from, disjoint from --seeds (default " + ScenePlan.DefaultCoarseSeeds + ")")]
    public string CoarseSeeds { get; init; } = ScenePlan.DefaultCoarseSeeds;

    [CommandOption("--train-coarse")]
    [Description("With --refit-only: train the coarse occupancy forest on --coarse-seeds, keeping the version's other forests")]
    public bool TrainCoarse { get; init; }

    [CommandOption("--coarse-track-seeds <A-B,...>")]
    [Description("Seeds whose coarse scenes the coarse track regressor learns from, disjoint from --seeds and --coarse-seeds (default " + ScenePlan.DefaultCoarseTrackSeeds + ")")]
    public string CoarseTrackSeeds { get; init; } = ScenePlan.DefaultCoarseTrackSeeds;

    [CommandOption("--train-coarse-tracks")]
    [Description("With --refit-only: train the coarse track regressor on --coarse-track-seeds, keeping the version's forests")]
    public bool TrainCoarseTracks { get; init; }

    [CommandOption("--version <VERSION>")]
    [Description("Version name of the new model (default v25)")]
    public string Version { get; init; } = "v25";
}
