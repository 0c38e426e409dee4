using Spectre.Console;

namespace RailWatch.Cli.Infrastructure;

/// <summary>
/// Everything a command touches outside itself, injected so that commands run the same under tests as on a terminal.
/// </summary>
public sealed record CliEnvironment(IAnsiConsole Out, TextWriter Error, TimeProvider Time)
{
    /// <summary>Print stack traces with errors (the global <c>--verbose</c> flag).</summary>
    public bool Verbose { get; init; }

    /// <summary>True when progress bars may be drawn (a terminal, not a pipe or a test).</summary>
    public bool Interactive { get; init; }

    /// <summary>The process environment's variables (<c>RAILWATCH_WEB_TOKEN</c>, <c>RAILWATCH_HOME</c>); tests give their own.</summary>
    public Func<string, string?> Variables { get; init; } = Environment.GetEnvironmentVariable;

    /// <summary>Directory that holds the model files (<c>models/</c> beside the program).</summary>
    public string ModelsDirectory { get; init; } = Path.Combine(AppContext.BaseDirectory, "models");

    public static CliEnvironment ForTerminal()
    {
        var console = AnsiConsole.Console;
        if (Console.IsOutputRedirected)
        {
            console.Profile.Width = RedirectedWidth(Environment.GetEnvironmentVariable("COLUMNS"));
        }

        return new(console, Console.Error, TimeProvider.System)
        {
            Interactive = !Console.IsOutputRedirected && !Console.IsErrorRedirected,
        };
    }

    /// <summary>
    /// Width of tables written to a pipe or a file: <c>COLUMNS</c> where set (the shell's width), else 160, since a
    /// file has no width and 80 columns would break dates and words in tables of several columns.
    /// </summary>
    public static int RedirectedWidth(string? columns) =>
        int.TryParse(columns, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var width) && width is >= 40 and <= 1000
            ? width
            : 160;

    /// <summary>Writes raw text (JSON, CSV) to standard output without markup processing or wrapping.</summary>
    public void WriteRaw(string text) => Out.Profile.Out.Writer.Write(text);
}
