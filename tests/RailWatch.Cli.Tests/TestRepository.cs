namespace RailWatch.Cli.Tests;

/// <summary>The repository these tests were built from, for its samples.</summary>
internal static class TestRepository
{
    /// <summary>The folder holding RailWatch.sln, found by walking up from the test binaries.</summary>
    public static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "RailWatch.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("RailWatch.sln not found above the test directory");
    }
}
