using System.Runtime.InteropServices;

namespace RailWatch.Geo.Native;

/// <summary>CPLErr.</summary>
internal enum GdalErr
{
    None = 0,
    Debug = 1,
    Warning = 2,
    Failure = 3,
    Fatal = 4,
}

/// <summary>GDALDataType (the values used here).</summary>
internal enum GdalDataType
{
    Unknown = 0,
    Byte = 1,
    UInt16 = 2,
    Int16 = 3,
    UInt32 = 4,
    Int32 = 5,
    Float32 = 6,
    Float64 = 7,
}

/// <summary>GDALColorInterp (the values used here).</summary>
internal enum GdalColorInterp
{
    Undefined = 0,
    Gray = 1,
    Palette = 2,
    Red = 3,
    Green = 4,
    Blue = 5,
    Alpha = 6,
}

internal static class GdalConstants
{
    public const uint OfRaster = 0x02;
    public const uint OfVerboseError = 0x40;
    public const int Read = 0;
    public const int Write = 1;
    public const int MaskAllValid = 0x01;
    public const int MaskPerDataset = 0x02;
    public const int OamsTraditionalGisOrder = 0;
    public const int ResampleNearest = 0;
    public const int ResampleBilinear = 1;
    public const int ResampleAverage = 5;
}

/// <summary>GDALRasterIOExtraArg, version 1 (gdal.h).</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct RasterIOExtraArg
{
    public int Version;
    public int ResampleAlg;
    public nint Progress;
    public nint ProgressData;
    public int FloatingPointWindowValidity;
    public double XOff;
    public double YOff;
    public double XSize;
    public double YSize;

    public static RasterIOExtraArg Create(int resampleAlg) => new() { Version = 1, ResampleAlg = resampleAlg };
}
