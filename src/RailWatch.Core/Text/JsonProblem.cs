using System.Text.Json;
using System.Text.RegularExpressions;

namespace RailWatch.Core.Text;

/// <summary>
/// A JSON parse error as one line for a person: "line L, column C: what", without System.Text.Json's own 0-based
/// position suffix, its JSON path or its wording for a reader's internals.
/// </summary>
public static partial class JsonProblem
{
    public static string Describe(JsonException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var what = Suffix().Replace(exception.Message.Split('\n')[0], string.Empty).Trim();
        if (what.StartsWith("The input does not contain any JSON tokens", StringComparison.Ordinal))
        {
            return "the file is empty (no JSON in it)";
        }

        if (what.StartsWith("Expected depth to be zero", StringComparison.Ordinal))
        {
            what = "an object or array is not closed";
        }

        var line = (exception.LineNumber ?? 0) + 1;
        var column = (exception.BytePositionInLine ?? 0) + 1;
        return $"not valid JSON at line {line}, column {column}: {what.TrimEnd('.')}";
    }

    // " Path: $.x | LineNumber: 9 | BytePositionInLine: 3." and the like, at the end of System.Text.Json's messages.
    [GeneratedRegex(@"\s*(Path: [^|]*\|\s*)?LineNumber: \d+ \| BytePositionInLine: \d+\.?\s*$")]
    private static partial Regex Suffix();
}
