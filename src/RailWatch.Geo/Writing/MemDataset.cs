using RailWatch.Core.Imaging;
using RailWatch.Geo.Native;
using RailWatch.Geo.Opening;

namespace RailWatch.Geo.Writing;

/// <summary>Builds an in-memory GDAL dataset (MEM driver) from a <see cref="RasterImage"/>, ready for GDALCreateCopy.</summary>
internal static unsafe class MemDataset
{
    public static DatasetHandle Create(string subject, int width, int height, IReadOnlyList<float[]> planes, GdalDataType type)
    {
        GdalLibrary.EnsureInitialized();
        var driver = NativeMethods.GDALGetDriverByName("MEM");
        GdalError.Reset();
        var raw = NativeMethods.GDALCreate(driver, string.Empty, width, height, planes.Count, type, 0);
        var ds = DatasetHandle.Own(GdalError.CheckHandle(raw, subject, "creating an in-memory raster"));
        try
        {
            for (var b = 0; b < planes.Count; b++)
            {
                Write(RasterSource.Band(ds, b + 1), subject, width, height, planes[b]);
            }

            return ds;
        }
        catch
        {
            ds.Dispose();
            throw;
        }
    }

    public static void Georeference(DatasetHandle ds, string subject, GridGeoreference georeference)
    {
        GdalError.Check(NativeMethods.GDALSetGeoTransform(ds, georeference.Transform.ToArray()), subject, "setting the geotransform");
        GdalError.Check(NativeMethods.GDALSetProjection(ds, georeference.CrsWkt), subject, "setting the CRS");
    }

    public static void Describe(DatasetHandle ds, IReadOnlyList<BandRole> roles, IReadOnlyList<string>? descriptions)
    {
        for (var b = 0; b < roles.Count; b++)
        {
            var band = RasterSource.Band(ds, b + 1);
            NativeMethods.GDALSetRasterColorInterpretation(band, BandRoles.ToInterpretation(roles[b]));
            var description = descriptions is not null && b < descriptions.Count ? descriptions[b] : BandRoles.Describe(roles[b]);
            NativeMethods.GDALSetDescription(band, description);
        }

        GdalError.Reset();
    }

    /// <summary>Adds a per-dataset mask (255 valid, 0 invalid).</summary>
    public static void Mask(DatasetHandle ds, string subject, int width, int height, bool[] valid)
    {
        GdalError.Reset();
        GdalError.Check(NativeMethods.GDALCreateDatasetMaskBand(ds, GdalConstants.MaskPerDataset), subject, "creating the mask");
        var mask = NativeMethods.GDALGetMaskBand(RasterSource.Band(ds, 1));
        var bytes = new byte[valid.Length];
        for (var i = 0; i < bytes.Length; i++)
        {
            bytes[i] = valid[i] ? (byte)255 : (byte)0;
        }

        var extra = RasterIOExtraArg.Create(GdalConstants.ResampleNearest);
        fixed (byte* p = bytes)
        {
            var err = NativeMethods.GDALRasterIOEx(mask, GdalConstants.Write, 0, 0, width, height, (nint)p, width, height, GdalDataType.Byte, 1, width, ref extra);
            GdalError.Check(err, subject, "writing the mask");
        }
    }

    private static void Write(nint band, string subject, int width, int height, float[] plane)
    {
        var extra = RasterIOExtraArg.Create(GdalConstants.ResampleNearest);
        GdalError.Reset();
        fixed (float* p = plane)
        {
            var err = NativeMethods.GDALRasterIOEx(
                band, GdalConstants.Write, 0, 0, width, height, (nint)p, width, height, GdalDataType.Float32, sizeof(float), (long)width * sizeof(float), ref extra);
            GdalError.Check(err, subject, "writing pixels");
        }
    }
}
