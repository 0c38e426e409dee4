using Microsoft.Win32.SafeHandles;

namespace RailWatch.Geo.Native;

/// <summary>A GDALDatasetH, closed with GDALClose; may keep another dataset it reads from (a warped VRT's source) alive.</summary>
internal sealed class DatasetHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    private DatasetHandle? dependsOn;

    public DatasetHandle()
        : base(ownsHandle: true)
    {
    }

    /// <summary>Wraps a handle GDAL returned; the caller has already checked it is not null.</summary>
    public static DatasetHandle Own(nint handle, DatasetHandle? dependsOn = null)
    {
        var result = new DatasetHandle();
        result.SetHandle(handle);
        if (dependsOn is not null)
        {
            var added = false;
            dependsOn.DangerousAddRef(ref added);
            result.dependsOn = dependsOn;
        }

        return result;
    }

    protected override bool ReleaseHandle()
    {
        NativeMethods.GDALClose(handle);
        dependsOn?.DangerousRelease();
        return true;
    }
}

/// <summary>An OGRSpatialReferenceH.</summary>
internal sealed class SpatialReferenceHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    public SpatialReferenceHandle()
        : base(ownsHandle: true)
    {
    }

    public static SpatialReferenceHandle Own(nint handle)
    {
        var result = new SpatialReferenceHandle();
        result.SetHandle(handle);
        return result;
    }

    protected override bool ReleaseHandle()
    {
        NativeMethods.OSRDestroySpatialReference(handle);
        return true;
    }
}

/// <summary>An OGRCoordinateTransformationH.</summary>
internal sealed class CoordinateTransformationHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    public CoordinateTransformationHandle()
        : base(ownsHandle: true)
    {
    }

    public static CoordinateTransformationHandle Own(nint handle)
    {
        var result = new CoordinateTransformationHandle();
        result.SetHandle(handle);
        return result;
    }

    protected override bool ReleaseHandle()
    {
        NativeMethods.OCTDestroyCoordinateTransformation(handle);
        return true;
    }
}
