namespace RailWatch.Store.Tests.TestSupport;

/// <summary>A temporary folder holding a store file; deleted on dispose.</summary>
internal sealed class TempStore : IDisposable
{
    public TempStore()
    {
        Folder = Path.Combine(Path.GetTempPath(), "rw-store-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
    }

    public string Folder { get; }

    public string PathOf(string name) => Path.Combine(Folder, name);

    public string StorePath => PathOf("railwatch.db");

    public RailWatchStore Open(string? name = null) => RailWatchStore.Open(name is null ? StorePath : PathOf(name));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A killed probe may still hold a handle for a moment; the OS temp cleaner removes the rest.
        }
    }
}
