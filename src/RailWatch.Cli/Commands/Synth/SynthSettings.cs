using System.ComponentModel;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RailWatch.Cli.Commands.Synth;

/// <summary>Options of <c>railwatch synth</c>.</summary>
public sealed class SynthSettings : CommandSettings
{
    [CommandOption("--yard <YARD>")]
    [Description("Yard GeoJSON file to render.")]
    public string? Yard { get; init; }

    [CommandOption("--generate-yard")]
    [Description("Render a generated yard instead of --yard (see --yard-seed, --tracks).")]
    public bool GenerateYard { get; init; }

    [CommandOption("--preset <NAME>")]
    [Description("Render a preset yard: tumangang-like (an approximation of the Tumangang facility).")]
    public string? Preset { get; init; }

    [CommandOption("--yard-seed <N>")]
    [Description("Seed of the generated yard (default: --seed).")]
    public int? YardSeed { get; init; }

    [CommandOption("--tracks <N>")]
    [Description("Body tracks of the generated yard (default 6–14 from the seed).")]
    public int? Tracks { get; init; }

    [CommandOption("--write-yard <PATH>")]
    [Description("Also write the yard that was rendered as GeoJSON (useful with --generate-yard or --preset).")]
    public string? WriteYard { get; init; }

    [CommandOption("--out <DIR>")]
    [Description("Folder for the scenes (GeoTIFF/COG) and their NAME.truth.json.")]
    public string? Out { get; init; }

    [CommandOption("--seed <N>")]
    [Description("Seed of the first scene (scene k uses seed + k). Default 1.")]
    public int Seed { get; init; } = 1;

    [CommandOption("--count <N>")]
    [Description("Number of scenes (default 1).")]
    public int Count { get; init; } = 1;

    [CommandOption("--gsd <METRES>")]
    [Description("Ground sample distance, 0.2–5 m (default 0.5).")]
    public double Gsd { get; init; } = 0.5;

    [CommandOption("--season <SEASON>")]
    [Description("summer (default), autumn or winter (snow).")]
    public string Season { get; init; } = "summer";

    [CommandOption("--sensor <KIND>")]
    [Description("rgb8 (default), pan16 or bgrn16.")]
    public string Sensor { get; init; } = "rgb8";

    [CommandOption("--crs <CRS>")]
    [Description("utm (default), wgs84 (EPSG:4326) or webmercator (EPSG:3857).")]
    public string Crs { get; init; } = "utm";

    [CommandOption("--occupancy <FRACTION>")]
    [Description("Fraction of usable track length covered by cars, 0–1 (default 0.6).")]
    public double Occupancy { get; init; } = 0.6;

    [CommandOption("--cars <N>")]
    [Description("Exact number of cars (overrides --occupancy).")]
    public int? Cars { get; init; }

    [CommandOption("--clouds <FRACTION>")]
    [Description("Fraction of the yard under opaque cloud, 0–1 (default 0).")]
    public double Clouds { get; init; }

    [CommandOption("--haze <AMOUNT>")]
    [Description("Haze, 0–1 (default 0).")]
    public double Haze { get; init; }

    [CommandOption("--noise <SIGMA>")]
    [Description("Sensor noise standard deviation on a 0–1 scale (default 0.01).")]
    public double Noise { get; init; } = 0.01;

    [CommandOption("--jpeg <QUALITY>")]
    [Description("Add JPEG artefacts at this quality, 1–100.")]
    public int? Jpeg { get; init; }

    [CommandOption("--geo-error <METRES>")]
    [Description("Geolocation error of the file's georeference, metres (direction from the seed).")]
    public double GeoError { get; init; }

    [CommandOption("--sun-azimuth <DEGREES>")]
    [Description("Sun azimuth, degrees clockwise from north (default 150).")]
    public double SunAzimuth { get; init; } = 150;

    [CommandOption("--sun-elevation <DEGREES>")]
    [Description("Sun elevation, 5–90 degrees (default 35).")]
    public double SunElevation { get; init; } = 35;

    [CommandOption("--nodata-edge <FRACTION>")]
    [Description("Fraction of the image beyond a strip edge without data, 0–0.9 (default 0).")]
    public double NodataEdge { get; init; }

    [CommandOption("--gain <GAIN>")]
    [Description("Radiometric gain (default 1).")]
    public double Gain { get; init; } = 1;

    [CommandOption("--offset <OFFSET>")]
    [Description("Radiometric offset on a 0–1 scale (default 0).")]
    public double Offset { get; init; }

    [CommandOption("--blur <PIXELS>")]
    [Description("Point-spread blur sigma in output pixels, 0–2 (default 0.5).")]
    public double Blur { get; init; } = 0.5;

    [CommandOption("--margin <METRES>")]
    [Description("Ground rendered around the yard, metres (default 60).")]
    public double Margin { get; init; } = 60;

    [CommandOption("--no-clutter")]
    [Description("No buildings, roads, containers, vehicles or trees.")]
    public bool NoClutter { get; init; }

    [CommandOption("--no-catenary")]
    [Description("No catenary masts and portal beams.")]
    public bool NoCatenary { get; init; }

    [CommandOption("--off-nadir <DEGREES>")]
    [Description("Angle of the line of sight from the vertical, 0–40 degrees (default 0): cars lean away from the satellite.")]
    public double OffNadir { get; init; }

    [CommandOption("--view-azimuth <DEGREES>")]
    [Description("Azimuth from the scene towards the satellite, degrees clockwise from north (default 0).")]
    public double ViewAzimuth { get; init; }

    [CommandOption("--overgrown")]
    [Description("A little-used yard gone to weeds (outside winter): dark vegetation between the tracks and in the beds of unused ones.")]
    public bool Overgrown { get; init; }

    [CommandOption("--rusty-beds")]
    [Description("Track beds stained dark brown by rust, oil and wooden sleepers, as on many real yards.")]
    public bool RustyBeds { get; init; }

    [CommandOption("--acquired <TIME>")]
    [Description("Acquisition time of the first scene, ISO 8601 UTC (default 2024-06-15T02:30:00Z); scene k is k days later.")]
    public string? Acquired { get; init; }

    [CommandOption("--png")]
    [Description("Also write a PNG preview beside each scene.")]
    public bool Png { get; init; }

    [CommandOption("--series <DAYS>")]
    [Description("Render a series over this many days (revisits, cloud gaps, mixed sensors, seasons) instead of single scenes.")]
    public int? Series { get; init; }

    [CommandOption("--surge-day <DAY>")]
    [Description("Series: day the surge starts (default 80; -1 for none).")]
    public int SurgeDay { get; init; } = 80;

    [CommandOption("--baseline-cars <N>")]
    [Description("Series: cars before the surge (default 20).")]
    public int BaselineCars { get; init; } = 20;

    [CommandOption("--surge-cars <N>")]
    [Description("Series: cars after the surge (default 75).")]
    public int SurgeCars { get; init; } = 75;

    [CommandOption("--start <DATE>")]
    [Description("Series: first day, ISO 8601 (default 2023-09-01T01:30:00Z).")]
    public string? Start { get; init; }

    [CommandOption("--format <FORMAT>")]
    [Description("text (default) or json.")]
    public string Format { get; init; } = "text";

    public override ValidationResult Validate()
    {
        var sources = (Yard is null ? 0 : 1) + (GenerateYard ? 1 : 0) + (Preset is null ? 0 : 1);
        if (sources != 1)
        {
            return ValidationResult.Error("give exactly one of --yard FILE, --generate-yard or --preset NAME");
        }

        if (Out is null && WriteYard is null)
        {
            return ValidationResult.Error("--out DIR is required (or only --write-yard PATH)");
        }

        if (Count is < 1 or > 10000)
        {
            return ValidationResult.Error("--count must be 1–10000");
        }

        if (Format is not ("text" or "json"))
        {
            return ValidationResult.Error("--format must be text or json");
        }

        if (Acquired is not null && !TryTime(Acquired, out _))
        {
            return ValidationResult.Error($"--acquired: \"{Acquired}\" is not an ISO 8601 time");
        }

        if (Start is not null && !TryTime(Start, out _))
        {
            return ValidationResult.Error($"--start: \"{Start}\" is not an ISO 8601 time");
        }

        return ValidationResult.Success();
    }

    internal static bool TryTime(string text, out DateTimeOffset time) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out time);
}
