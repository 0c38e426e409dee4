using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace RailWatch.Geo.Native;

/// <summary>A GDALProgressFunc that stops GDAL (returns FALSE) once a <see cref="CancellationToken"/> is cancelled.</summary>
internal sealed unsafe class GdalProgress : IDisposable
{
    private GCHandle box;

    public GdalProgress(CancellationToken token)
    {
        Token = token;
        box = GCHandle.Alloc(new StrongBox<CancellationToken>(token));
    }

    public CancellationToken Token { get; }

    public static nint Function => (nint)(delegate* unmanaged[Cdecl]<double, nint, nint, int>)&Callback;

    public nint Data => GCHandle.ToIntPtr(box);

    public void Dispose()
    {
        if (box.IsAllocated)
        {
            box.Free();
        }
    }

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static int Callback(double complete, nint message, nint data)
    {
        _ = complete;
        _ = message;
        var token = ((StrongBox<CancellationToken>)GCHandle.FromIntPtr(data).Target!).Value;
        return token.IsCancellationRequested ? 0 : 1;
    }
}
