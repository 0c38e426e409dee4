namespace RailWatch.Cli.Infrastructure;

/// <summary>The <c>--format</c> of commands that print a result for a person or for a script.</summary>
public enum OutputFormat
{
    Text,
    Json,
}
