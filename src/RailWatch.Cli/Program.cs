using System.Runtime.InteropServices;
using RailWatch.Cli;
using RailWatch.Cli.Infrastructure;

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};

// SIGTERM (kill, systemctl stop, docker stop) stops a command as Ctrl+C does: the nightly job exits 130 (a scene is
// one transaction, so nothing is half-written and the next run carries on), serve stops Kestrel and exits 0. Without
// this the runtime would end `run` with 143 and no message, and under `serve` ASP.NET Core's console lifetime would
// take the signal and leave Kestrel serving. A second SIGTERM, while the first is still being honoured, is left to
// the runtime, which ends the process at once.
using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
{
    if (cancel.IsCancellationRequested)
    {
        return;
    }

    context.Cancel = true;
    cancel.Cancel();
});

return await RailWatchApp.RunAsync(args, CliEnvironment.ForTerminal(), cancel.Token).ConfigureAwait(false);
