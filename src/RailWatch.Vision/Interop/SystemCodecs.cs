using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace RailWatch.Vision.Interop;

/// <summary>
/// OpenCV's official Linux runtime carries its own copies of libjpeg, libpng, libtiff, libwebp and OpenJPEG and
/// exports their symbols. If it is loaded before the system's libraries of the same name (which GDAL uses), those
/// libraries are later bound to OpenCV's copies — a different ABI — and GDAL crashes reading a JPEG-compressed
/// GeoTIFF. Loading the system libraries first, each resolving to itself, keeps the two apart whatever the order
/// in which the process later uses OpenCV and GDAL.
/// </summary>
internal static class SystemCodecs
{
    private static readonly string[] Libraries = ["libjpeg.so.62", "libpng16.so.16", "libtiff.so.6", "libwebp.so.7", "libopenjp2.so.7"];

    [ModuleInitializer]
    [SuppressMessage("Usage", "CA2255:The 'ModuleInitializer' attribute should not be used in libraries", Justification = "Must run before any OpenCV call of this assembly, whichever type makes it first.")]
    internal static void LoadFirst()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        foreach (var library in Libraries)
        {
            // Absent libraries are fine: then nothing else in the process can be bound to OpenCV's copy either.
            NativeLibrary.TryLoad(library, out _);
        }
    }
}
