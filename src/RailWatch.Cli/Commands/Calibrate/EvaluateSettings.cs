using System.ComponentModel;
using RailWatch.Cli.Infrastructure;
using RailWatch.Synth;
using Spectre.Console.Cli;

namespace RailWatch.Cli.Commands.Calibrate;

public sealed class EvaluateSettings : CommandSettings
{
    [CommandOption("--seeds <A-B>")]
    [Description("Seeds of the held-out synthetic scenes (default " + ScenePlan.DefaultEvaluationSeeds + "; must not overlap the calibration seeds)")]
    public string? Seeds { get; init; }

    [CommandOption("--labelled <DIR>")]
    [Description("Measure on the labelled scenes of DIR (*.labels.json, docs/vision.md) instead of rendered seeds: hand-labelled imagery or another renderer's scenes, none the model learnt from")]
    public string? Labelled { get; init; }

    [CommandOption("--model-dir <DIR>")]
    [Description("Model folder with manifest.json (default models/railcar-counter); the manifest's current model is evaluated")]
    public string ModelDir { get; init; } = Path.Combine("models", "railcar-counter");

    [CommandOption("--at-true-shift")]
    [Description("Count every scene at its true georeference error instead of registering it: what a perfect registration would give, to tell registration errors from counting errors")]
    public bool AtTrueShift { get; init; }

    [CommandOption("--record")]
    [Description("Write the measured accuracy into the manifest entry of the evaluated model (seeds only)")]
    public bool Record { get; init; }

    [CommandOption("--format <FORMAT>")]
    [Description("text (default: a Markdown table per resolution band) or json (the bands and every scene)")]
    public OutputFormat Format { get; init; } = OutputFormat.Text;
}
