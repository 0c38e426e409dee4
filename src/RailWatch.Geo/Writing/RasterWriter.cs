using System.Globalization;
using RailWatch.Core.Imaging;
using RailWatch.Geo.Native;
using RailWatch.Geo.Writing;

namespace RailWatch.Geo;

/// <summary>Writes <see cref="RasterImage"/>s as GeoTIFF, COG or PNG previews (through a temporary file, then renamed).</summary>
public static class RasterWriter
{
    /// <summary>
    /// Writes a tiled, compressed GeoTIFF (or a COG). The image's georeference must be a <see cref="GridGeoreference"/>.
    /// Invalid pixels are written as <see cref="GeoTiffWriteOptions.NoData"/> when given, else into an internal mask.
    /// </summary>
    public static void WriteGeoTiff(string path, RasterImage image, GeoTiffWriteOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(image);
        options ??= new GeoTiffWriteOptions();
        var georeference = image.Georeference as GridGeoreference
            ?? throw new ArgumentException("the image's georeference must be a GridGeoreference to be written as GeoTIFF", nameof(image));
        var compression = options.Compression.ToUpperInvariant();
        if (compression == "JPEG" && options.DataType != RasterDataType.Byte)
        {
            throw new ArgumentException("JPEG compression needs DataType Byte", nameof(options));
        }

        var type = options.DataType switch
        {
            RasterDataType.UInt16 => GdalDataType.UInt16,
            RasterDataType.Float32 => GdalDataType.Float32,
            _ => GdalDataType.Byte,
        };
        if (type == GdalDataType.Byte && image.WhiteLevel > byte.MaxValue)
        {
            // An 11-bit or reflectance image written as bytes would be clipped to white, silently.
            throw new ArgumentException(FormattableString.Invariant($"the image's white level {image.WhiteLevel} does not fit 8 bits: write it as UInt16 or Float32"), nameof(options));
        }

        var planes = image.Bands;
        if (options.NoData is { } noData && image.Valid is { } valid)
        {
            planes = image.Bands.Select(b => b.Select((v, i) => valid[i] ? v : (float)noData).ToArray()).ToList();
        }

        using var ds = MemDataset.Create(path, image.Width, image.Height, planes, type);
        MemDataset.Georeference(ds, path, georeference);
        MemDataset.Describe(ds, image.Roles, options.BandDescriptions);
        if (options.NoData is { } nd)
        {
            for (var b = 1; b <= image.Bands.Count; b++)
            {
                GdalError.Check(NativeMethods.GDALSetRasterNoDataValue(NativeMethods.GDALGetRasterBand(ds, b), nd), path, "setting nodata");
            }
        }
        else if (image.Valid is { } mask)
        {
            MemDataset.Mask(ds, path, image.Width, image.Height, mask);
        }

        var metadata = new Dictionary<string, string>(options.Metadata ?? new Dictionary<string, string>(), StringComparer.Ordinal);
        if (type != GdalDataType.Byte && !metadata.ContainsKey("WHITE_LEVEL"))
        {
            metadata["WHITE_LEVEL"] = image.WhiteLevel.ToString("R", CultureInfo.InvariantCulture);
        }

        foreach (var (key, value) in metadata)
        {
            GdalError.Check(NativeMethods.GDALSetMetadataItem(ds.DangerousGetHandle(), key, value, null), path, $"setting metadata {key}");
        }

        var creation = CreationOptions(options, compression, type, image);
        var driver = options.CloudOptimized ? "COG" : "GTiff";
        var config = new Dictionary<string, string> { ["GDAL_TIFF_INTERNAL_MASK"] = "YES", ["GDAL_PAM_ENABLED"] = "NO" };
        AtomicFile.Write(path, temporary => Copy(driver, temporary, path, ds, creation, config, cancellationToken));
    }

    /// <summary>
    /// Writes an 8-bit RGB (or gray) PNG preview, stretched by the image's WhiteLevel or by percentiles, with an
    /// optional world file (.pgw). For docs, debugging and web chips.
    /// </summary>
    public static void WritePng(string path, RasterImage image, PngWriteOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(image);
        options ??= new PngWriteOptions();
        var grid = image.Georeference as GridGeoreference;
        if (options.WorldFile && grid is null)
        {
            throw new ArgumentException("a world file needs the image's georeference to be a GridGeoreference", nameof(image));
        }

        var planes = Preview.Planes(image, options);
        using var ds = MemDataset.Create(path, image.Width, image.Height, planes, GdalDataType.Byte);
        var roles = planes.Count switch
        {
            1 => new[] { BandRole.Gray },
            2 => [BandRole.Gray, BandRole.Alpha],
            3 => [BandRole.Red, BandRole.Green, BandRole.Blue],
            _ => [BandRole.Red, BandRole.Green, BandRole.Blue, BandRole.Alpha],
        };
        MemDataset.Describe(ds, roles, null);
        var config = new Dictionary<string, string> { ["GDAL_PAM_ENABLED"] = "NO" };
        AtomicFile.Write(path, temporary => Copy("PNG", temporary, path, ds, [PreviewCompression], config, cancellationToken));
        if (options.WorldFile && grid is not null)
        {
            var worldPath = Path.ChangeExtension(path, ".pgw");
            AtomicFile.Write(worldPath, temporary => File.WriteAllText(temporary, WorldFile(grid.Transform)));
        }
    }

    /// <summary>
    /// zlib's fastest level: on 60 chips of the nightly benchmark (3 m, about 360 × 160 px, RGBA) a preview took 15 ms
    /// instead of 74 ms at the default level 6, for files 15% larger. Previews are written for every scene of every
    /// night and read by a person now and then.
    /// </summary>
    private const string PreviewCompression = "ZLEVEL=1";

    /// <summary>An ESRI world file: pixel sizes and rotations, then the centre of the top-left pixel.</summary>
    internal static string WorldFile(GeoTransform t)
    {
        var (cx, cy) = t.ToWorld(0.5, 0.5);
        double[] lines = [t.PixelWidth, t.ColumnRotation, t.RowRotation, t.PixelHeight, cx, cy];
        return string.Join('\n', lines.Select(v => v.ToString("R", CultureInfo.InvariantCulture))) + "\n";
    }

    private static List<string> CreationOptions(GeoTiffWriteOptions options, string compression, GdalDataType type, RasterImage image)
    {
        var list = new List<string> { $"COMPRESS={compression}", "BIGTIFF=IF_SAFER" };
        var predictor = compression is "DEFLATE" or "LZW" or "ZSTD";
        if (options.CloudOptimized)
        {
            list.Add("OVERVIEWS=AUTO");
            list.Add("RESAMPLING=AVERAGE");
            if (predictor)
            {
                list.Add("PREDICTOR=YES");
            }

            if (compression == "JPEG" && options.JpegQuality is { } q)
            {
                list.Add(FormattableString.Invariant($"QUALITY={q}"));
            }
        }
        else
        {
            list.Add("TILED=YES");
            if (predictor)
            {
                list.Add(type == GdalDataType.Float32 ? "PREDICTOR=3" : "PREDICTOR=2");
            }

            if (compression == "JPEG")
            {
                if (options.JpegQuality is { } q)
                {
                    list.Add(FormattableString.Invariant($"JPEG_QUALITY={q}"));
                }

                if (image.Bands.Count == 3 && image.Roles.SequenceEqual([BandRole.Red, BandRole.Green, BandRole.Blue]))
                {
                    list.Add("PHOTOMETRIC=YCBCR");
                }
            }
        }

        return list;
    }

    private static void Copy(
        string driverName, string temporary, string subject, DatasetHandle source, List<string> creation,
        Dictionary<string, string> config, CancellationToken cancellationToken)
    {
        using var scope = new GdalConfigScope(config);
        using var list = new StringList(creation);
        using var progress = new GdalProgress(cancellationToken);
        var driver = NativeMethods.GDALGetDriverByName(driverName);
        if (driver == 0)
        {
            throw GdalError.Fail(subject, $"GDAL has no {driverName} driver");
        }

        GdalError.Reset();
        var result = NativeMethods.GDALCreateCopy(driver, temporary, source, 0, list.Pointer, GdalProgress.Function, progress.Data);
        // GDALClose finishes the file (also when the copy was cancelled after it returned); a failure while flushing
        // shows up as this thread's last error.
        if (result != 0)
        {
            DatasetHandle.Own(result).Dispose();
        }

        cancellationToken.ThrowIfCancellationRequested();
        GdalError.CheckHandle(result, subject, $"writing {driverName}");
        GdalError.ThrowIfFailed(subject, $"writing {driverName}");
    }
}
