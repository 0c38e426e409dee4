using System.Globalization;

namespace RailWatch.Core.Scenes;

/// <summary>Seeds of synthetic scenes or series written as <c>A-B</c>, <c>A</c>, or a comma-separated list of them ("1-10,40").</summary>
public static class SeedRanges
{
    /// <summary>The seeds in the order written, each once.</summary>
    /// <exception cref="FormatException">A part is not <c>A-B</c> or <c>A</c>, or a range ends before it starts.</exception>
    public static IReadOnlyList<int> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return [.. text.Split(',', StringSplitOptions.TrimEntries).SelectMany(part => Range(part, text)).Distinct()];
    }

    private static IEnumerable<int> Range(string range, string text)
    {
        var parts = range.Split('-', 2);
        if (!int.TryParse(parts[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var from)
            || (parts.Length == 2 && !int.TryParse(parts[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out _)))
        {
            throw new FormatException($"\"{text}\" is not A-B or A (or a comma-separated list of them)");
        }

        var to = parts.Length == 2 ? int.Parse(parts[1], CultureInfo.InvariantCulture) : from;
        return to >= from ? Enumerable.Range(from, to - from + 1) : throw new FormatException($"\"{range}\" ends before it starts");
    }
}
