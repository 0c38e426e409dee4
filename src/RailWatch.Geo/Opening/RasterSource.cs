using RailWatch.Core.Errors;
using RailWatch.Geo.Native;
using RailWatch.Geo.Transforms;

namespace RailWatch.Geo.Opening;

/// <summary>
/// An opened raster ready for georeferenced reading: the file's dataset, and when needed a virtual dataset over it
/// (palette expanded to RGBA; GCP- or RPC-only images warped onto a grid).
/// </summary>
internal sealed class RasterSource : IDisposable
{
    private readonly List<DatasetHandle> handles;

    private RasterSource(List<DatasetHandle> handles, string driver, string method, GeoTransform transform, CrsInfo? crs)
    {
        this.handles = handles;
        Driver = driver;
        Method = method;
        Transform = transform;
        Crs = crs;
    }

    /// <summary>The dataset to read from (the last of the chain).</summary>
    public DatasetHandle Dataset => handles[^1];

    /// <summary>The file's own dataset (its metadata, its driver).</summary>
    public DatasetHandle File => handles[0];

    public string Driver { get; }

    public string Method { get; }

    public GeoTransform Transform { get; }

    public CrsInfo? Crs { get; }

    /// <summary>"/vsicurl/" for http(s) URLs, the path otherwise.</summary>
    public static string GdalPath(string pathOrUrl) =>
        pathOrUrl.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || pathOrUrl.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            ? "/vsicurl/" + pathOrUrl
            : pathOrUrl;

    public static bool IsLocal(string gdalPath) =>
        !gdalPath.StartsWith("/vsi", StringComparison.Ordinal) && !gdalPath.Contains("://", StringComparison.Ordinal);

    public static RasterSource Open(string subject, string gdalPath, string? defaultCrs)
    {
        GdalError.Reset();
        var raw = NativeMethods.GDALOpenEx(gdalPath, GdalConstants.OfRaster | GdalConstants.OfVerboseError, 0, 0, 0);
        if (raw == 0)
        {
            throw GdalError.Fail(subject, "not a raster GDAL can read");
        }

        var handles = new List<DatasetHandle> { DatasetHandle.Own(raw) };
        try
        {
            var file = handles[0];
            if (NativeMethods.GDALGetRasterCount(file) == 0)
            {
                throw new BadDataException($"{subject}: not a raster (the file has no raster bands)");
            }

            var driver = NativeMethods.Str(NativeMethods.GDALGetDriverShortName(NativeMethods.GDALGetDatasetDriver(file))) ?? "unknown";
            if (IsPalette(file))
            {
                handles.Add(Translate(subject, file, ["-of", "VRT", "-expand", "rgba"]));
            }

            var gt = new double[6];
            string method;
            string? wkt;
            if (NativeMethods.GDALGetGeoTransform(handles[^1], gt) == GdalErr.None)
            {
                method = "geotransform";
                wkt = NativeMethods.Str(NativeMethods.GDALGetProjectionRef(handles[^1]));
            }
            else if (NativeMethods.GDALGetGCPCount(file) > 0 || NativeMethods.GDALGetMetadata(file.DangerousGetHandle(), "RPC") != 0)
            {
                method = NativeMethods.GDALGetGCPCount(file) > 0 ? "gcps" : "rpc";
                var target = method == "rpc" ? SpatialReferences.Describe(SpatialReferences.Wgs84).Wkt : null;
                GdalError.Reset();
                var warped = NativeMethods.GDALAutoCreateWarpedVRT(handles[^1], null, target, GdalConstants.ResampleBilinear, 0.125, 0);
                if (warped == 0)
                {
                    throw GdalError.Fail(subject, $"cannot georeference the image from its {method.ToUpperInvariant()}");
                }

                handles.Add(DatasetHandle.Own(warped, handles[^1]));
                if (NativeMethods.GDALGetGeoTransform(handles[^1], gt) != GdalErr.None)
                {
                    throw new BadDataException($"{subject}: raster has no georeferencing");
                }

                wkt = NativeMethods.Str(NativeMethods.GDALGetProjectionRef(handles[^1]));
            }
            else
            {
                throw new BadDataException($"{subject}: raster has no georeferencing");
            }

            GdalError.Reset();
            var transform = GeoTransform.FromArray(gt);
            if ((transform.PixelWidth * transform.PixelHeight) - (transform.RowRotation * transform.ColumnRotation) == 0)
            {
                throw new BadDataException($"{subject}: raster has a degenerate geotransform");
            }

            var crs = Describe(subject, string.IsNullOrWhiteSpace(wkt) ? defaultCrs : wkt);
            return new RasterSource(handles, driver, method, transform, crs);
        }
        catch
        {
            for (var i = handles.Count - 1; i >= 0; i--)
            {
                handles[i].Dispose();
            }

            throw;
        }
    }

    public void Dispose()
    {
        for (var i = handles.Count - 1; i >= 0; i--)
        {
            handles[i].Dispose();
        }
    }

    private static CrsInfo? Describe(string subject, string? definition)
    {
        if (string.IsNullOrWhiteSpace(definition))
        {
            return null;
        }

        try
        {
            return SpatialReferences.Describe(definition);
        }
        catch (ArgumentException e)
        {
            throw new BadDataException($"{subject}: {e.Message}", e);
        }
    }

    private static bool IsPalette(DatasetHandle dataset) =>
        NativeMethods.GDALGetRasterCount(dataset) == 1
        && NativeMethods.GDALGetRasterColorTable(NativeMethods.GDALGetRasterBand(dataset, 1)) != 0;

    private static DatasetHandle Translate(string subject, DatasetHandle source, string[] args)
    {
        using var argv = new StringList(args);
        var options = NativeMethods.GDALTranslateOptionsNew(argv.Pointer, 0);
        try
        {
            GdalError.Reset();
            var result = NativeMethods.GDALTranslate(string.Empty, source, options, out _);
            return DatasetHandle.Own(GdalError.CheckHandle(result, subject, "expanding the palette"), source);
        }
        finally
        {
            NativeMethods.GDALTranslateOptionsFree(options);
        }
    }

    internal static string? Description(nint majorObject)
    {
        var text = NativeMethods.Str(NativeMethods.GDALGetDescription(majorObject));
        return string.IsNullOrWhiteSpace(text) ? null : text;
    }

    internal static nint Band(DatasetHandle dataset, int index) => NativeMethods.GDALGetRasterBand(dataset, index);

    internal static Dictionary<string, string> Metadata(nint majorObject, string? domain = null) =>
        NativeMethods.NameValueList(NativeMethods.GDALGetMetadata(majorObject, domain));
}
