using System.Runtime.CompilerServices;

namespace RailWatch.Geo.Tests.Support;

/// <summary>The real provider files in ../shared/fixtures (beside the repository); tests are ignored where absent.</summary>
internal static class Fixtures
{
    public static string Path(string name)
    {
        foreach (var start in Starts())
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                foreach (var candidate in new[] { System.IO.Path.Combine(dir.FullName, "shared", "fixtures", name), System.IO.Path.Combine(dir.FullName, "..", "shared", "fixtures", name) })
                {
                    if (File.Exists(candidate))
                    {
                        return System.IO.Path.GetFullPath(candidate);
                    }
                }
            }
        }

        Assert.Ignore($"fixtures not found: {name} (expected in ../shared/fixtures beside the repository)");
        return string.Empty;
    }

    private static IEnumerable<string> Starts([CallerFilePath] string sourceFile = "")
    {
        yield return Directory.GetCurrentDirectory();
        yield return AppContext.BaseDirectory;
        if (System.IO.Path.GetDirectoryName(sourceFile) is { Length: > 0 } dir && Directory.Exists(dir))
        {
            yield return dir;
        }
    }
}
