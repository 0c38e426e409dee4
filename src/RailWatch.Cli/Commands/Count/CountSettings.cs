using System.ComponentModel;
using RailWatch.Cli.Infrastructure;
using Spectre.Console.Cli;

namespace RailWatch.Cli.Commands.Count;

public sealed class CountSettings : CommandSettings
{
    [CommandArgument(0, "<IMAGE>")]
    [Description("Raster image (GeoTIFF or anything GDAL opens); only the yard's window is read")]
    public string Image { get; init; } = string.Empty;

    [CommandOption("--yard <FILE>")]
    [Description("Yard GeoJSON (one yard polygon and its track centre lines)")]
    public string? Yard { get; init; }

    [CommandOption("--format <FORMAT>")]
    [Description("text (default) or json")]
    public OutputFormat Format { get; init; } = OutputFormat.Text;

    [CommandOption("--debug-dir <DIR>")]
    [Description("Write each track's rectified strip with the cars found drawn on it")]
    public string? DebugDir { get; init; }

    [CommandOption("--model <FILE>")]
    [Description("Counter model file (default: the current one under models/railcar-counter)")]
    public string? Model { get; init; }
}
