using System.ComponentModel;
using System.Globalization;
using RailWatch.Cli.Commands.Listing;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RailWatch.Cli.Commands.Export;

public sealed class ExportSettings : StoreSettings
{
    [CommandOption("--what <TABLE>")]
    [Description("observations or flags.")]
    public string? What { get; init; }

    [CommandOption("--format <FORMAT>")]
    [Description("csv (default), geojson or parquet (GeoParquet; needs --out).")]
    public string Format { get; init; } = "csv";

    [CommandOption("--since <DATE>")]
    [Description("Only scenes acquired on or after this UTC date or time (ISO 8601, e.g. 2026-01-31).")]
    public string? Since { get; init; }

    [CommandOption("--status <STATUS>")]
    [Description("Flags only: open, accepted, dismissed or needs_more_imagery.")]
    public string? Status { get; init; }

    [CommandOption("-o|--out <FILE>")]
    [Description("Write to this file (written whole, then renamed into place) instead of standard output.")]
    public string? Out { get; init; }

    public DateTimeOffset? SinceTime =>
        Since is null ? null : DateTimeOffset.Parse(Since, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    public override ValidationResult Validate()
    {
        if (What is not ("observations" or "flags"))
        {
            return ValidationResult.Error("--what must be observations or flags");
        }

        if (Format is not ("csv" or "geojson" or "parquet"))
        {
            return ValidationResult.Error("--format must be csv, geojson or parquet");
        }

        if (Format == "parquet" && string.IsNullOrWhiteSpace(Out))
        {
            return ValidationResult.Error("--format parquet writes a binary file: give it with --out FILE");
        }

        if (Since is not null && !DateTimeOffset.TryParse(Since, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _))
        {
            return ValidationResult.Error($"--since \"{Since}\" is not an ISO 8601 date or time");
        }

        if (Status is not null && What != "flags")
        {
            return ValidationResult.Error("--status applies to --what flags only");
        }

        return Status is null or "open" or "accepted" or "dismissed" or "needs_more_imagery"
            ? ValidationResult.Success()
            : ValidationResult.Error("--status must be open, accepted, dismissed or needs_more_imagery");
    }
}
