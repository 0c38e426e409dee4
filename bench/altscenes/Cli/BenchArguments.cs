using RailWatch.Core.Scenes;

namespace RailWatch.AltScenes.Bench.Cli;

/// <summary>Command line: SEEDS [--format text|json] [--write DIR] | SEEDS --labels DIR.</summary>
internal sealed record BenchArguments(IReadOnlyList<int> Seeds, bool Json, string? WriteDirectory, string? LabelsDirectory)
{
    public const string Usage = "usage: RailWatch.AltScenes.Bench SEEDS [--format text|json] [--write DIR]   or   SEEDS --labels DIR   (SEEDS like 1-60 or 5,9,12)";

    public static BenchArguments Parse(IReadOnlyList<string> args)
    {
        string? seeds = null, write = null, labels = null;
        var json = false;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--format" when i + 1 < args.Count:
                    json = args[++i] switch
                    {
                        "json" => true,
                        "text" => false,
                        var other => throw new FormatException($"unknown format {other}"),
                    };
                    break;
                case "--write" when i + 1 < args.Count:
                    write = args[++i];
                    break;
                case "--labels" when i + 1 < args.Count:
                    labels = args[++i];
                    break;
                case var a when !a.StartsWith("--", StringComparison.Ordinal) && seeds is null:
                    seeds = a;
                    break;
                default:
                    throw new FormatException($"unexpected argument {args[i]}");
            }
        }

        if (labels is not null && (write is not null || json))
        {
            throw new FormatException("--labels writes labelled scenes and counts nothing: it takes no --write or --format");
        }

        return new BenchArguments(SeedRanges.Parse(seeds ?? throw new FormatException("no seeds given")), json, write, labels);
    }
}
