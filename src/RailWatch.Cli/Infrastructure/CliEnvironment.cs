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

    /// <summary>Directory that holds the model files (<c>models/</c> beside the program).</summary>
    public string ModelsDirectory { get; init; } = Path.Combine(AppContext.BaseDirectory, "models");

    public static CliEnvironment ForTerminal() => new(AnsiConsole.Console, Console.Error, TimeProvider.System)
    {
        Interactive = !Console.IsOutputRedirected && !Console.IsErrorRedirected,
    };

    /// <summary>Writes raw text (JSON, CSV) to standard output without markup processing or wrapping.</summary>
    public void WriteRaw(string text) => Out.Profile.Out.Writer.Write(text);
}
