using System.Runtime.InteropServices;

namespace RailWatch.Geo.Native;

/// <summary>
/// Every entry point of the GDAL C API (libgdal.so.32, GDAL 3.6) that RailWatch uses. Strings GDAL returns are
/// <c>const char*</c> it owns, so they come back as <see cref="nint"/> and are copied with <see cref="Str"/>.
/// </summary>
internal static partial class NativeMethods
{
    public const string Library = "gdal";

    // The resolver must be in place before the runtime binds the first entry point of this class.
    static NativeMethods() => GdalLibrary.InstallResolver();

    // ---- cpl_error.h / cpl_conv.h / cpl_string.h ----
    [LibraryImport(Library)]
    public static partial nint CPLSetErrorHandler(nint handler);

    [LibraryImport(Library)]
    public static partial void CPLErrorReset();

    [LibraryImport(Library)]
    public static partial int CPLGetLastErrorType();

    [LibraryImport(Library)]
    public static partial int CPLGetLastErrorNo();

    [LibraryImport(Library)]
    public static partial nint CPLGetLastErrorMsg();

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    public static partial void CPLSetThreadLocalConfigOption(string key, string? value);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    public static partial nint CPLGetThreadLocalConfigOption(string key, string? defaultValue);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    public static partial void CPLSetConfigOption(string key, string? value);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    public static partial nint CSLAddString(nint list, string value);

    [LibraryImport(Library)]
    public static partial void CSLDestroy(nint list);

    [LibraryImport(Library)]
    public static partial void VSIFree(nint pointer);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    public static partial void VSICurlPartialClearCache(string prefix);

    // ---- gdal.h: drivers and datasets ----
    [LibraryImport(Library)]
    public static partial void GDALAllRegister();

    [LibraryImport(Library)]
    public static partial nint GDALVersionInfo([MarshalAs(UnmanagedType.LPUTF8Str)] string request);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    public static partial nint GDALGetDriverByName(string name);

    [LibraryImport(Library)]
    public static partial nint GDALGetDriverShortName(nint driver);

    [LibraryImport(Library)]
    public static partial nint GDALGetDatasetDriver(DatasetHandle dataset);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    public static partial nint GDALOpenEx(string path, uint openFlags, nint allowedDrivers, nint openOptions, nint siblingFiles);

    [LibraryImport(Library)]
    public static partial void GDALClose(nint dataset);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    public static partial nint GDALCreate(nint driver, string path, int width, int height, int bands, GdalDataType type, nint options);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    public static partial nint GDALCreateCopy(nint driver, string path, DatasetHandle source, int strict, nint options, nint progress, nint progressData);

    [LibraryImport(Library)]
    public static partial int GDALGetRasterXSize(DatasetHandle dataset);

    [LibraryImport(Library)]
    public static partial int GDALGetRasterYSize(DatasetHandle dataset);

    [LibraryImport(Library)]
    public static partial int GDALGetRasterCount(DatasetHandle dataset);

    [LibraryImport(Library)]
    public static partial GdalErr GDALGetGeoTransform(DatasetHandle dataset, [Out] double[] transform);

    [LibraryImport(Library)]
    public static partial GdalErr GDALSetGeoTransform(DatasetHandle dataset, [In] double[] transform);

    [LibraryImport(Library)]
    public static partial nint GDALGetProjectionRef(DatasetHandle dataset);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    public static partial GdalErr GDALSetProjection(DatasetHandle dataset, string wkt);

    [LibraryImport(Library)]
    public static partial int GDALGetGCPCount(DatasetHandle dataset);

    [LibraryImport(Library)]
    public static partial nint GDALGetGCPProjection(DatasetHandle dataset);

    [LibraryImport(Library)]
    public static partial nint GDALGetRasterBand(DatasetHandle dataset, int index);

    [LibraryImport(Library)]
    public static partial GdalErr GDALCreateDatasetMaskBand(DatasetHandle dataset, int flags);

    [LibraryImport(Library)]
    public static partial GdalErr GDALDatasetRasterIOEx(
        DatasetHandle dataset, int rwFlag, int xOff, int yOff, int xSize, int ySize, nint buffer, int bufXSize, int bufYSize,
        GdalDataType bufType, int bandCount, [In] int[] bandMap, long pixelSpace, long lineSpace, long bandSpace, ref RasterIOExtraArg extra);

    [LibraryImport(Library)]
    public static partial GdalErr GDALFlushCache(DatasetHandle dataset);

    // ---- gdal.h: major objects (datasets and bands) ----
    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    public static partial nint GDALGetMetadata(nint majorObject, string? domain);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    public static partial nint GDALGetMetadataItem(nint majorObject, string name, string? domain);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    public static partial GdalErr GDALSetMetadataItem(nint majorObject, string name, string? value, string? domain);

    [LibraryImport(Library)]
    public static partial nint GDALGetDescription(nint majorObject);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    public static partial void GDALSetDescription(nint majorObject, string description);

    // ---- gdal.h: bands ----
    [LibraryImport(Library)]
    public static partial GdalColorInterp GDALGetRasterColorInterpretation(nint band);

    [LibraryImport(Library)]
    public static partial GdalErr GDALSetRasterColorInterpretation(nint band, GdalColorInterp interpretation);

    [LibraryImport(Library)]
    public static partial nint GDALGetColorInterpretationName(GdalColorInterp interpretation);

    [LibraryImport(Library)]
    public static partial GdalDataType GDALGetRasterDataType(nint band);

    [LibraryImport(Library)]
    public static partial nint GDALGetDataTypeName(GdalDataType type);

    [LibraryImport(Library)]
    public static partial double GDALGetRasterNoDataValue(nint band, out int hasNoData);

    [LibraryImport(Library)]
    public static partial GdalErr GDALSetRasterNoDataValue(nint band, double value);

    [LibraryImport(Library)]
    public static partial double GDALGetRasterScale(nint band, out int hasScale);

    [LibraryImport(Library)]
    public static partial nint GDALGetRasterColorTable(nint band);

    [LibraryImport(Library)]
    public static partial void GDALGetBlockSize(nint band, out int blockWidth, out int blockHeight);

    [LibraryImport(Library)]
    public static partial int GDALGetOverviewCount(nint band);

    [LibraryImport(Library)]
    public static partial int GDALGetMaskFlags(nint band);

    [LibraryImport(Library)]
    public static partial nint GDALGetMaskBand(nint band);

    [LibraryImport(Library)]
    public static partial GdalErr GDALRasterIOEx(
        nint band, int rwFlag, int xOff, int yOff, int xSize, int ySize, nint buffer, int bufXSize, int bufYSize,
        GdalDataType bufType, long pixelSpace, long lineSpace, ref RasterIOExtraArg extra);

    // ---- gdal_utils.h: the gdalwarp library entry point ----
    [LibraryImport(Library)]
    public static partial nint GDALWarpAppOptionsNew(nint argv, nint optionsForBinary);

    [LibraryImport(Library)]
    public static partial void GDALWarpAppOptionsFree(nint options);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    public static partial nint GDALWarp(string? destination, nint destinationDataset, int sourceCount, ref nint sources, nint options, out int usageError);

    [LibraryImport(Library)]
    public static partial int GDALWarpAppOptionsSetProgress(nint options, nint progress, nint progressData);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    public static partial nint GDALAutoCreateWarpedVRT(DatasetHandle source, string? sourceWkt, string? destinationWkt, int resampleAlg, double maxError, nint warpOptions);

    [LibraryImport(Library)]
    public static partial nint GDALTranslateOptionsNew(nint argv, nint optionsForBinary);

    [LibraryImport(Library)]
    public static partial void GDALTranslateOptionsFree(nint options);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    public static partial nint GDALTranslate(string destination, DatasetHandle source, nint options, out int usageError);

    // ---- ogr_srs_api.h ----
    [LibraryImport(Library)]
    public static partial nint OSRNewSpatialReference(nint wkt);

    [LibraryImport(Library)]
    public static partial void OSRDestroySpatialReference(nint srs);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int OSRSetFromUserInput(SpatialReferenceHandle srs, string definition);

    [LibraryImport(Library)]
    public static partial void OSRSetAxisMappingStrategy(SpatialReferenceHandle srs, int strategy);

    [LibraryImport(Library)]
    public static partial int OSRExportToWkt(SpatialReferenceHandle srs, out nint wkt);

    [LibraryImport(Library)]
    public static partial int OSRAutoIdentifyEPSG(SpatialReferenceHandle srs);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    public static partial nint OSRGetAuthorityName(SpatialReferenceHandle srs, string? targetKey);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    public static partial nint OSRGetAuthorityCode(SpatialReferenceHandle srs, string? targetKey);

    [LibraryImport(Library)]
    public static partial nint OSRGetName(SpatialReferenceHandle srs);

    [LibraryImport(Library)]
    public static partial int OSRIsGeographic(SpatialReferenceHandle srs);

    [LibraryImport(Library)]
    public static partial int OSRIsProjected(SpatialReferenceHandle srs);

    [LibraryImport(Library)]
    public static partial double OSRGetLinearUnits(SpatialReferenceHandle srs, out nint unitName);

    [LibraryImport(Library)]
    public static partial nint OCTNewCoordinateTransformation(SpatialReferenceHandle source, SpatialReferenceHandle target);

    [LibraryImport(Library)]
    public static partial void OCTDestroyCoordinateTransformation(nint transformation);

    [LibraryImport(Library)]
    public static partial int OCTTransformEx(
        CoordinateTransformationHandle transformation, int count, [In, Out] double[] x, [In, Out] double[] y, nint z, [Out] int[] success);

    /// <summary>Copies a GDAL-owned UTF-8 string (null stays null).</summary>
    public static string? Str(nint pointer) => pointer == 0 ? null : Marshal.PtrToStringUTF8(pointer);

    /// <summary>Reads a GDAL string list (<c>char**</c>, NULL-terminated) of <c>KEY=VALUE</c> entries.</summary>
    public static Dictionary<string, string> NameValueList(nint list)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (list == 0)
        {
            return result;
        }

        for (var i = 0; ; i++)
        {
            var entry = Marshal.ReadIntPtr(list, i * nint.Size);
            if (entry == 0)
            {
                break;
            }

            var text = Marshal.PtrToStringUTF8(entry) ?? string.Empty;
            var eq = text.IndexOf('=', StringComparison.Ordinal);
            if (eq > 0)
            {
                result[text[..eq]] = text[(eq + 1)..];
            }
        }

        return result;
    }
}
