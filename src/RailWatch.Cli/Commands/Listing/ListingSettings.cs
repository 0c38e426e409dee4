using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RailWatch.Cli.Commands.Listing;

public sealed class ListingSettings : StoreSettings
{
    [CommandOption("--yard <ID>")]
    [Description("Only this yard.")]
    public string? Yard { get; init; }

    [CommandOption("--format <FORMAT>")]
    [Description("csv (default) or json.")]
    public string Format { get; init; } = "csv";

    public override ValidationResult Validate() =>
        Format is "csv" or "json" ? ValidationResult.Success() : ValidationResult.Error("--format must be csv or json");
}
