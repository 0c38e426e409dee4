namespace RailWatch.Geo.Native;

/// <summary>Thread-local GDAL configuration options for the duration of a using block; previous values restored.</summary>
internal readonly struct GdalConfigScope : IDisposable
{
    private readonly List<(string Key, string? Previous)>? saved;

    public GdalConfigScope(IEnumerable<KeyValuePair<string, string>>? options)
    {
        if (options is null)
        {
            return;
        }

        saved = [];
        foreach (var (key, value) in options)
        {
            saved.Add((key, NativeMethods.Str(NativeMethods.CPLGetThreadLocalConfigOption(key, null))));
            NativeMethods.CPLSetThreadLocalConfigOption(key, value);
        }
    }

    public void Dispose()
    {
        if (saved is null)
        {
            return;
        }

        for (var i = saved.Count - 1; i >= 0; i--)
        {
            NativeMethods.CPLSetThreadLocalConfigOption(saved[i].Key, saved[i].Previous);
        }
    }
}
