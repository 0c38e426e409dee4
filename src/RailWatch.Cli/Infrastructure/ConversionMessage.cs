using System.Text.RegularExpressions;

namespace RailWatch.Cli.Infrastructure;

/// <summary>
/// Spectre.Console.Cli reports an option value it cannot convert as "Failed to convert 'abc' to Nullable`1.": the
/// CLR type's name, and not the option. This names the option (found in the arguments) and what it wants.
/// </summary>
public static partial class ConversionMessage
{
    public static string Rewrite(string message, IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(args);
        var match = Failure().Match(message);
        if (!match.Success)
        {
            return message;
        }

        var value = match.Groups["value"].Value;
        var wanted = match.Groups["type"].Value switch
        {
            "Double" or "Single" or "Decimal" or "Nullable`1" => "a number",
            "Int32" or "Int64" or "Int16" or "Byte" => "a whole number",
            "DateTime" or "DateTimeOffset" or "DateOnly" => "a date",
            _ => null,
        };
        var rest = match.Groups["rest"].Value.Trim();
        var option = OptionOf(value, args);
        var what = wanted is null ? "is not a valid value" : $"is not {wanted}";
        return $"{option ?? "an option"}: '{value}' {what}{(rest.Length > 0 ? ". " + rest : string.Empty)}";
    }

    private static string? OptionOf(string value, IReadOnlyList<string> args)
    {
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i].StartsWith('-') && args[i].EndsWith("=" + value, StringComparison.Ordinal))
            {
                return args[i][..args[i].IndexOf('=', StringComparison.Ordinal)];
            }

            if (i > 0 && args[i] == value && args[i - 1].StartsWith('-'))
            {
                return args[i - 1];
            }
        }

        return null;
    }

    [GeneratedRegex(@"^Failed to convert '(?<value>.*)' to (?<type>[\w`]+)\.(?<rest>.*)$", RegexOptions.Singleline)]
    private static partial Regex Failure();
}
