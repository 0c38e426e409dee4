using System.ComponentModel;
using System.Globalization;
using RailWatch.Cli.Configuration;
using RailWatch.Cli.Infrastructure;
using RailWatch.Stats;
using RailWatch.Stats.Io;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RailWatch.Cli.Commands.Detect;

/// <summary>
/// <c>railwatch detect --series counts.csv [--format json|csv]</c>: replays a count series online and prints the
/// flags of anomalous increases (docs/stats.md). The whole file is read and checked before anything is printed.
/// </summary>
public sealed class DetectCommand(CliEnvironment env) : Command<DetectCommand.Settings>
{
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var observations = CountSeriesCsv.Read(settings.Series!);
        var options = new DetectorOptions();
        if (settings.FalseAlarmsPerYear is { } rate)
        {
            options = options with { CusumFalseAlarmsPerYear = rate };
        }

        if (settings.SpikeFalseAlarmsPerYear is { } spikes)
        {
            options = options with { SpikeFalseAlarmsPerYear = spikes };
        }

        var flags = new IncreaseDetector(options).Evaluate(observations, cancellationToken);
        env.WriteRaw(settings.Format == "csv" ? DetectOutput.Csv(flags) : DetectOutput.Json(flags));
        return 0;
    }

    public sealed class Settings : CommandSettings
    {
        [CommandOption("--series <PATH>")]
        [Description("Count series CSV: yard,acquired,count[[,low,high,observed_fraction,source]] with a header line.")]
        public string? Series { get; init; }

        [CommandOption("--format <FORMAT>")]
        [Description("json (default) or csv.")]
        public string Format { get; init; } = "json";

        [CommandOption("--false-alarms-per-year <RATE>")]
        [Description("Nominal CUSUM false alarms per yard-year (sets the sustained-rise threshold; greater than 0, at most 365; default 6, a loose bound: see docs/stats.md).")]
        public double? FalseAlarmsPerYear { get; init; }

        [CommandOption("--spike-false-alarms-per-year <RATE>")]
        [Description("Target spike false alarms per yard-year (sets the spike test's level per yard; greater than 0, at most 365; default 0.8).")]
        public double? SpikeFalseAlarmsPerYear { get; init; }

        public override ValidationResult Validate()
        {
            if (string.IsNullOrWhiteSpace(Series))
            {
                return ValidationResult.Error("--series PATH is required");
            }

            if (Format is not ("json" or "csv"))
            {
                return ValidationResult.Error("--format must be json or csv");
            }

            return Rate("--false-alarms-per-year", FalseAlarmsPerYear) ?? Rate("--spike-false-alarms-per-year", SpikeFalseAlarmsPerYear) ?? ValidationResult.Success();
        }

        /// <summary>An error for a rate that is not a number in (0, <see cref="RailWatchConfig.MaxFalseAlarmsPerYear"/>]; null for a good or absent one.</summary>
        private static ValidationResult? Rate(string option, double? value)
        {
            if (value is not { } rate)
            {
                return null;
            }

            if (!double.IsFinite(rate) || rate <= 0)
            {
                return ValidationResult.Error(string.Create(CultureInfo.InvariantCulture, $"{option} must be a positive number, not {rate}"));
            }

            return rate > RailWatchConfig.MaxFalseAlarmsPerYear
                ? ValidationResult.Error(string.Create(CultureInfo.InvariantCulture, $"{option} must be at most {RailWatchConfig.MaxFalseAlarmsPerYear} (one false alarm a day), not {rate}"))
                : null;
        }
    }
}
