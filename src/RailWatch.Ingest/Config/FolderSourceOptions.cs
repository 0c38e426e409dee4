namespace RailWatch.Ingest.Config;

/// <summary>Where an acquisition time may come from, in the order a folder source tries them.</summary>
public enum TimeFrom
{
    /// <summary>The TIFF DateTime tag (TIFFTAG_DATETIME, "YYYY:MM:DD HH:MM:SS", taken as UTC).</summary>
    TiffTag,

    /// <summary>A STAC item beside the file (<c>NAME.json</c> or <c>NAME.stac.json</c>) with <c>properties.datetime</c>.</summary>
    StacJson,

    /// <summary>The file name, through <see cref="FolderSourceOptions.FileNameRegex"/>.</summary>
    FileName,
}

public sealed record FolderSourceOptions
{
    public required string Name { get; init; }

    /// <summary>Absolute folder path (relative paths in the config resolve against the config file's folder).</summary>
    public required string Path { get; init; }

    public IReadOnlyList<string> Patterns { get; init; } = ["*.tif", "*.tiff", "*.jp2"];

    public bool Recursive { get; init; }

    public IReadOnlyList<TimeFrom> TimeFrom { get; init; } = [Config.TimeFrom.TiffTag, Config.TimeFrom.StacJson, Config.TimeFrom.FileName];

    /// <summary>Regex over the file name; the named group <c>time</c> (else the whole match) is the time text.</summary>
    public string? FileNameRegex { get; init; }

    /// <summary>.NET exact formats for the captured time text; null tries the built-in compact and ISO forms.</summary>
    public IReadOnlyList<string>? FileNameFormats { get; init; }

    public string? Sensor { get; init; }

    public ChipOptions Chip { get; init; } = new();
}
