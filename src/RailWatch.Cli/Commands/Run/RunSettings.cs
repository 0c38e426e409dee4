using System.ComponentModel;
using RailWatch.Cli.Infrastructure;
using Spectre.Console.Cli;

namespace RailWatch.Cli.Commands.Run;

public sealed class RunSettings : CommandSettings
{
    [CommandOption("-c|--config <PATH>")]
    [Description("The configuration file (railwatch.json).")]
    public string? Config { get; init; }

    [CommandOption("--store <PATH>")]
    [Description("The SQLite store; overrides the config's store.path.")]
    public string? Store { get; init; }

    [CommandOption("--format <FORMAT>")]
    [Description("Summary format: text (default) or json.")]
    public OutputFormat Format { get; init; } = OutputFormat.Text;

    public override Spectre.Console.ValidationResult Validate()
    {
        if (string.IsNullOrWhiteSpace(Config))
        {
            return Spectre.Console.ValidationResult.Error("--config PATH is required");
        }

        return Spectre.Console.ValidationResult.Success();
    }
}
