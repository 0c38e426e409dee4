using RailWatch.Cli.Configuration;
using RailWatch.Cli.Infrastructure;
using Spectre.Console.Cli;

namespace RailWatch.Cli.Commands.Run;

/// <summary><c>railwatch run --config railwatch.json</c>: the nightly job. Exit 0 all went well, 1 some scenes failed, 2 configuration error.</summary>
public sealed class RunCommand(CliEnvironment env) : AsyncCommand<RunSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, RunSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var config = ConfigLoader.Load(settings.Config!, settings.Store);
        var summary = await NightlyRunner.RunAsync(env, config, cancellationToken).ConfigureAwait(false);
        NightlyRunner.PrintSummary(env, summary, settings.Format);
        return summary.ExitCode;
    }
}
