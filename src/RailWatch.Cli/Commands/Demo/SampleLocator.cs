using RailWatch.Core.Errors;

namespace RailWatch.Cli.Commands.Demo;

/// <summary>Finds the bundled sample: <c>$RAILWATCH_HOME/samples</c> (set by ./railwatch), else the nearest <c>samples/</c> above the current folder.</summary>
internal static class SampleLocator
{
    public static string FindSampleConfig(Func<string, string?> variables) =>
        TryFindSampleConfig(variables) ?? throw new UsageException("samples/railwatch.json not found: run the demo from the repository (./railwatch demo) or give --config");

    /// <summary>The bundled sample's config, or null when there is none to find.</summary>
    public static string? TryFindSampleConfig(Func<string, string?> variables)
    {
        var candidates = new List<string>();
        if (variables("RAILWATCH_HOME") is { Length: > 0 } home)
        {
            candidates.Add(home);
        }

        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
        {
            candidates.Add(dir.FullName);
        }

        foreach (var root in candidates)
        {
            var config = Path.Combine(root, "samples", "railwatch.json");
            if (File.Exists(config))
            {
                return config;
            }
        }

        return null;
    }
}
