using Spectre.Console.Cli;

namespace RailWatch.Cli.Commands;

/// <summary>Every command of the <c>railwatch</c> program, one line each.</summary>
internal static class CommandTable
{
    public static void Register(IConfigurator config)
    {
        // Commands are added here as the stages land (one line per command).
        _ = config;
    }
}
