using System.Reflection;

namespace RailWatch.Ingest.Tests.Support;

/// <summary>The real provider files in ../shared/fixtures (relative to the repository); tests are ignored where they are absent.</summary>
internal static class Fixtures
{
    public static string Directory
    {
        get
        {
            var root = typeof(Fixtures).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
                .FirstOrDefault(a => a.Key == "RepositoryRoot")?.Value ?? System.IO.Directory.GetCurrentDirectory();
            return System.IO.Path.GetFullPath(System.IO.Path.Combine(root, "..", "shared", "fixtures"));
        }
    }

    public static string Get(string name)
    {
        var path = System.IO.Path.Combine(Directory, name);
        if (!File.Exists(path))
        {
            Assert.Ignore($"fixtures not found: {path} (the real provider files live in ../shared/fixtures)");
        }

        return path;
    }

    public static string Text(string name) => File.ReadAllText(Get(name));

    public static byte[] Bytes(string name) => File.ReadAllBytes(Get(name));
}
