using System.Globalization;
using RailWatch.Core.Geometry;
using RailWatch.Core.Imaging;
using RailWatch.Geo;

namespace RailWatch.Ingest.Chips;

/// <summary>
/// Cuts the yard window (bounds plus margin) out of a raster at native resolution, or coarser when the window would be
/// more than <see cref="Config.ChipOptions.MaxChipPixels"/> on a side, applies the cloud mask, and writes a tiled
/// DEFLATE GeoTIFF through a temporary file that is renamed into place, so no half-written chip ever exists.
/// </summary>
internal static class ChipCutter
{
    public static ChipResult Cut(GeoRaster raster, ChipRequest request, CancellationToken cancellationToken)
    {
        var margin = request.Options.MarginMetres;
        var window = request.Yard.Bounds.Expand(margin);
        var target = TargetGsd(raster.Info.GsdMetres, window, request.Options);
        var read = new ReadWindowOptions { MarginMetres = margin, TargetGsdMetres = target };
        var image = raster.ReadWindow(request.Yard.Bounds, read, cancellationToken);
        var max = request.Options.MaxChipPixels;
        if ((image.Width > max || image.Height > max) && raster.Info.GsdMetres is { } native)
        {
            // The window in the raster's CRS can be a little larger than its WGS84 estimate: read once more, coarser.
            var coarser = (target ?? native) * Math.Max(image.Width, image.Height) / (double)max * 1.01;
            image = raster.ReadWindow(request.Yard.Bounds, read with { TargetGsdMetres = coarser }, cancellationToken);
        }

        if (request.CloudMask is not null)
        {
            image = CloudMask.Apply(image, request.CloudMask, request.CloudMaskInvalidClasses, cancellationToken);
        }

        Write(image, request, DataTypeOf(raster.Info));
        return new ChipResult(request.ChipPath, image.GsdMetres, image.Width, image.Height, request.Scene.Sensor);
    }

    /// <summary>Writes <paramref name="image"/> as the chip (atomically: temporary file, then rename) with the scene's provenance in its metadata.</summary>
    public static void Write(RasterImage image, ChipRequest request, RasterDataType dataType)
    {
        var path = Path.GetFullPath(request.ChipPath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var scene = request.Scene;
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["TIFFTAG_DATETIME"] = scene.Acquired.UtcDateTime.ToString("yyyy:MM:dd HH:mm:ss", CultureInfo.InvariantCulture),
            ["RAILWATCH_ACQUIRED"] = scene.Acquired.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
            ["RAILWATCH_PROVIDER"] = scene.Provider,
            ["RAILWATCH_SCENE_ID"] = scene.SceneId,
            ["RAILWATCH_YARD_ID"] = request.Yard.Id,
        };
        if (scene.Sensor is not null)
        {
            metadata["RAILWATCH_SENSOR"] = scene.Sensor;
        }

        if (scene.Source is not null)
        {
            metadata["RAILWATCH_SOURCE"] = scene.Source;
        }

        // RasterWriter writes a temporary file and renames it into place.
        RasterWriter.WriteGeoTiff(path, image, new GeoTiffWriteOptions { DataType = dataType, Compression = "DEFLATE", Metadata = metadata });
    }

    /// <summary>The GSD to read at: the configured one, or coarser when the window at native GSD exceeds the size cap; null for native.</summary>
    internal static double? TargetGsd(double? nativeGsd, GeoBounds window, Config.ChipOptions options)
    {
        var frame = new LocalMetricFrame(window.Center);
        var (x0, y0) = frame.ToMetres(new GeoPoint(window.MinLon, window.MinLat));
        var (x1, y1) = frame.ToMetres(new GeoPoint(window.MaxLon, window.MaxLat));
        var side = Math.Max(x1 - x0, y1 - y0);
        var target = options.TargetGsdMetres;
        var native = nativeGsd ?? target ?? 1;
        var effective = Math.Max(native, target ?? 0);
        if (side / effective > options.MaxChipPixels)
        {
            target = side / options.MaxChipPixels * 1.001;
        }

        return target is { } t && t > native ? t : null;
    }

    internal static RasterDataType DataTypeOf(RasterInfo info) =>
        info.Bands.Select(b => b.DataType).Aggregate(RasterDataType.Byte, (acc, t) => t switch
        {
            "Byte" => acc,
            "UInt16" when acc != RasterDataType.Float32 => RasterDataType.UInt16,
            _ => RasterDataType.Float32,
        });
}
