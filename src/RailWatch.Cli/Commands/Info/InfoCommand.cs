using System.ComponentModel;
using RailWatch.Cli.Infrastructure;
using RailWatch.Core.Yards;
using RailWatch.Geo;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RailWatch.Cli.Commands.Info;

/// <summary>
/// <c>railwatch info IMAGE [--yard YARD.geojson]</c>: what GDAL sees in an image (driver, size, CRS, GSD, bands,
/// footprint) and, with a yard, how much of the yard the image covers.
/// </summary>
public sealed class InfoCommand(CliEnvironment env) : Command<InfoCommand.Settings>
{
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);

        // The yard first: a bad yard file is reported before any image is touched.
        var yard = settings.Yard is null ? null : YardFile.Load(settings.Yard);
        using var raster = GeoRaster.Open(settings.Image, cancellationToken: cancellationToken);
        raster.CheckReadable(cancellationToken);
        var coverage = yard is null ? null : YardCoverage.Measure(raster, yard, cancellationToken);
        var report = InfoReport.From(raster.Info, coverage);
        if (settings.Format == "json")
        {
            env.WriteRaw(CliJson.Serialize(report));
        }
        else
        {
            // Raw lines: the console would wrap long paths and WKT-free tables at its width.
            env.WriteRaw(string.Concat(InfoText.Lines(report).Select(line => line + "\n")));
        }

        return 0;
    }

    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<IMAGE>")]
        [Description("A raster GDAL reads (GeoTIFF, COG, JPEG2000, PNG/JPEG with a world file) or an http(s) URL.")]
        public string Image { get; init; } = string.Empty;

        [CommandOption("--yard <YARD>")]
        [Description("A yard GeoJSON file: report how much of the yard the image covers.")]
        public string? Yard { get; init; }

        [CommandOption("--format <FORMAT>")]
        [Description("text (default) or json.")]
        public string Format { get; init; } = "text";

        public override ValidationResult Validate() =>
            Format is "text" or "json" ? ValidationResult.Success() : ValidationResult.Error("--format must be text or json");
    }
}
