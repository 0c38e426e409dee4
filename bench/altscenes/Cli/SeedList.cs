using System.Globalization;

namespace RailWatch.AltScenes.Bench.Cli;

/// <summary>Seeds as "1-60", "5,9,12" or a mix ("1-10,40").</summary>
internal static class SeedList
{
    public static IReadOnlyList<int> Parse(string text)
    {
        var seeds = new List<int>();
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var dash = part.IndexOf('-', 1);
            if (dash > 0)
            {
                var from = int.Parse(part[..dash], CultureInfo.InvariantCulture);
                var to = int.Parse(part[(dash + 1)..], CultureInfo.InvariantCulture);
                if (to < from)
                {
                    throw new FormatException($"seed range {part} runs backwards");
                }

                seeds.AddRange(Enumerable.Range(from, to - from + 1));
            }
            else
            {
                seeds.Add(int.Parse(part, CultureInfo.InvariantCulture));
            }
        }

        return seeds.Count > 0 ? seeds : throw new FormatException("no seeds given");
    }
}
