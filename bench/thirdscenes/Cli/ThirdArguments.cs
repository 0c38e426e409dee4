using RailWatch.Core.Scenes;

namespace RailWatch.ThirdScenes.Bench.Cli;

/// <summary>Command line: SEEDS --out DIR [--preview]   or   check DIR.</summary>
internal sealed record ThirdArguments(IReadOnlyList<int> Seeds, string Directory, bool Preview, bool Check)
{
    public const string Usage = "usage: RailWatch.ThirdScenes.Bench SEEDS --out DIR [--preview]   or   check DIR   (SEEDS like 1-40 or 5,9,12-14)";

    /// <exception cref="FormatException">The arguments do not make a command.</exception>
    public static ThirdArguments Parse(IReadOnlyList<string> args)
    {
        if (args.Count > 0 && args[0] == "check")
        {
            return args.Count == 2 && !args[1].StartsWith("--", StringComparison.Ordinal)
                ? new ThirdArguments([], args[1], false, true)
                : throw new FormatException("check takes one folder of labelled scenes");
        }

        string? seeds = null, output = null;
        var preview = false;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--out" when i + 1 < args.Count && output is null:
                    output = args[++i];
                    break;
                case "--preview":
                    preview = true;
                    break;
                case var a when !a.StartsWith("--", StringComparison.Ordinal) && seeds is null:
                    seeds = a;
                    break;
                default:
                    throw new FormatException($"unexpected argument {args[i]}");
            }
        }

        var list = SeedRanges.Parse(seeds ?? throw new FormatException("no seeds given"));
        return new ThirdArguments(list, output ?? throw new FormatException("no --out DIR given"), preview, false);
    }
}
