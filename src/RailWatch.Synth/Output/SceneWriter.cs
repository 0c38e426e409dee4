using System.Globalization;
using RailWatch.Geo;

namespace RailWatch.Synth;

/// <summary>Writes a rendered scene as a GeoTIFF (COG by default) and its truth as <c>NAME.truth.json</c> beside it.</summary>
public static class SceneWriter
{
    public static void Write(RenderedScene scene, string path, CancellationToken ct = default) => Write(scene, path, new SceneWriteOptions(), ct);

    public static void Write(RenderedScene scene, string path, SceneWriteOptions options, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(scene);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(options);
        var truth = scene.Truth;
        var eightBit = truth.Sensor == SensorKind.Rgb8;
        var compression = !eightBit && string.Equals(options.Compression, "JPEG", StringComparison.OrdinalIgnoreCase) ? "DEFLATE" : options.Compression;
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["TIFFTAG_DATETIME"] = truth.Acquired.UtcDateTime.ToString("yyyy:MM:dd HH:mm:ss", CultureInfo.InvariantCulture),
            ["ACQUISITION_TIME"] = truth.Acquired.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
            ["TIFFTAG_SOFTWARE"] = "RailWatch.Synth",
            ["TIFFTAG_IMAGEDESCRIPTION"] = $"Synthetic scene of yard {truth.YardId} (seed {truth.Seed.ToString(CultureInfo.InvariantCulture)}); truth in {Path.GetFileName(TruthPath(path))}",
            ["SYNTH_SENSOR"] = truth.Sensor.ToString(),
            ["SYNTH_GSD_M"] = truth.GsdMetres.ToString("R", CultureInfo.InvariantCulture),
        };
        RasterWriter.WriteGeoTiff(path, scene.Image, new GeoTiffWriteOptions
        {
            CloudOptimized = options.CloudOptimized,
            DataType = eightBit ? RasterDataType.Byte : RasterDataType.UInt16,
            Compression = compression,
            JpegQuality = options.JpegQuality,
            NoData = 0,
            Metadata = metadata,
            BandDescriptions = SensorModel.Descriptions(truth.Sensor),
        }, ct);
        WriteText(TruthPath(path), truth.ToJson() + "\n");
    }

    /// <summary>The truth file that belongs to a scene file: <c>DIR/NAME.truth.json</c> for <c>DIR/NAME.tif</c>.</summary>
    public static string TruthPath(string scenePath)
    {
        ArgumentNullException.ThrowIfNull(scenePath);
        var directory = Path.GetDirectoryName(scenePath) ?? string.Empty;
        return Path.Combine(directory, Path.GetFileNameWithoutExtension(scenePath) + ".truth.json");
    }

    internal static void WriteText(string path, string text)
    {
        var full = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(full) ?? ".";
        Directory.CreateDirectory(directory);
        var temporary = Path.Combine(directory, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            File.WriteAllText(temporary, text);
            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }
}
