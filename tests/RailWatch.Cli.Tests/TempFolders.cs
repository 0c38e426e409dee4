namespace RailWatch.Cli.Tests;

/// <summary>Fresh folders under the system temp folder for one test class, all deleted on dispose (call it from a [TearDown]).</summary>
internal sealed class TempFolders(string prefix) : IDisposable
{
    private readonly List<string> made = [];

    /// <summary>A new, empty folder.</summary>
    public string Create()
    {
        var path = Directory.CreateTempSubdirectory(prefix).FullName;
        made.Add(path);
        return path;
    }

    /// <summary>A path for a folder that does not exist yet (for what a command must create, or must not).</summary>
    public string Reserve()
    {
        var path = Path.Combine(Path.GetTempPath(), $"{prefix}{Guid.NewGuid():N}");
        made.Add(path);
        return path;
    }

    public void Dispose()
    {
        foreach (var path in made.Where(Directory.Exists))
        {
            Directory.Delete(path, recursive: true);
        }

        made.Clear();
    }
}
