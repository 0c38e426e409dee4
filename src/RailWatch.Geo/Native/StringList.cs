namespace RailWatch.Geo.Native;

/// <summary>A GDAL string list (<c>char**</c>) built for one call and destroyed with CSLDestroy.</summary>
internal sealed class StringList : IDisposable
{
    public StringList(IEnumerable<string> items)
    {
        GdalLibrary.EnsureInitialized();
        foreach (var item in items)
        {
            Pointer = NativeMethods.CSLAddString(Pointer, item);
        }
    }

    /// <summary>The list, or 0 when empty (GDAL's NULL list).</summary>
    public nint Pointer { get; private set; }

    public static StringList Of(IEnumerable<KeyValuePair<string, string>> options) =>
        new(options.Select(o => $"{o.Key}={o.Value}"));

    public void Dispose()
    {
        if (Pointer != 0)
        {
            NativeMethods.CSLDestroy(Pointer);
            Pointer = 0;
        }
    }
}
