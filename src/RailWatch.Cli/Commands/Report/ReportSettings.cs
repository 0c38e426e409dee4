using System.ComponentModel;
using RailWatch.Cli.Commands.Listing;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RailWatch.Cli.Commands.Report;

public sealed class ReportSettings : StoreSettings
{
    [CommandOption("-o|--out <DIR>")]
    [Description("Folder for index.html and its thumbnails (created when missing).")]
    public string? Out { get; init; }

    public override ValidationResult Validate() =>
        string.IsNullOrWhiteSpace(Out) ? ValidationResult.Error("--out DIR is required") : ValidationResult.Success();
}
