using System.Reflection;
using System.Runtime.InteropServices;

namespace RailWatch.Geo.Native;

/// <summary>
/// Finds libgdal (Debian ships only <c>libgdal.so.32</c> without the -dev package), registers the drivers once and
/// silences GDAL's own printing to stderr: errors reach the user only through <see cref="GdalError"/>.
/// </summary>
internal static class GdalLibrary
{
    private static readonly string[] Candidates = ["libgdal.so.32", "libgdal.so", "gdal"];
    private static readonly Lock Gate = new();

    // A lock of its own: NativeMethods' static constructor takes it, and must never wait for Gate, whose holder may
    // itself be waiting for that static constructor to finish.
    private static readonly Lock ResolverGate = new();
    private static nint library;
    private static bool initialized;
    private static bool resolverInstalled;

    /// <summary>The loaded GDAL's version, e.g. "3.6.2".</summary>
    public static string Version
    {
        get
        {
            EnsureInitialized();
            return NativeMethods.Str(NativeMethods.GDALVersionInfo("RELEASE_NAME")) ?? "unknown";
        }
    }

    public static void EnsureInitialized()
    {
        if (Volatile.Read(ref initialized))
        {
            return;
        }

        lock (Gate)
        {
            if (initialized)
            {
                return;
            }

            InstallResolver();
            library = Load();

            // The quiet handler still records the last error of the calling thread (CPLGetLastErrorMsg).
            NativeMethods.CPLSetErrorHandler(NativeLibrary.GetExport(library, "CPLQuietErrorHandler"));
            NativeMethods.GDALAllRegister();
            Volatile.Write(ref initialized, true);
        }
    }

    public static void InstallResolver()
    {
        lock (ResolverGate)
        {
            if (!resolverInstalled)
            {
                NativeLibrary.SetDllImportResolver(typeof(GdalLibrary).Assembly, Resolve);
                resolverInstalled = true;
            }
        }
    }

    private static nint Resolve(string name, Assembly assembly, DllImportSearchPath? searchPath)
    {
        _ = assembly;
        _ = searchPath;
        return name == NativeMethods.Library ? Load() : 0;
    }

    private static nint Load()
    {
        if (library != 0)
        {
            return library;
        }

        foreach (var candidate in Candidates)
        {
            if (NativeLibrary.TryLoad(candidate, out var handle))
            {
                library = handle;
                return handle;
            }
        }

        throw new DllNotFoundException(
            "GDAL is not installed: neither libgdal.so.32 nor libgdal.so could be loaded (on Debian 12: apt-get install libgdal32)");
    }
}
