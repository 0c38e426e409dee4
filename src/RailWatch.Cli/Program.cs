using RailWatch.Cli;
using RailWatch.Cli.Infrastructure;

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};

return await RailWatchApp.RunAsync(args, CliEnvironment.ForTerminal(), cancel.Token).ConfigureAwait(false);
