using RailWatch.Cli.Infrastructure;
using RailWatch.Store;
using RailWatch.Web.Security;
using RailWatch.Web.Server;
using RailWatch.Web.Storage;
using Spectre.Console.Cli;

namespace RailWatch.Cli.Commands.Serve;

/// <summary>
/// <c>railwatch serve --config railwatch.json [--urls URL]</c>: the review pages on Kestrel until Ctrl+C or SIGTERM.
/// Loopback by default; any other address only with a token (exit 2 without one).
/// </summary>
public sealed class ServeCommand(CliEnvironment env) : AsyncCommand<ServeSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, ServeSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var web = WebConfigSection.Read(settings.Config);
        var options = new ReviewServerOptions
        {
            Urls = settings.Urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            Token = web.EffectiveToken(env.Variables),
            Reviewer = web.Reviewer,
            ConsoleLogging = env.Verbose,
        };
        BindingPolicy.Validate(options); // before opening anything: a refused binding changes nothing
        using var store = RailWatchStore.Open(settings.ResolveExistingStore());
        await using var server = ReviewServer.Create(options, new StoreReviewData(store), env.Time);
        try
        {
            await server.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (IOException e)
        {
            throw new Core.Errors.UsageException($"--urls {settings.Urls}: cannot listen: {e.Message}", e);
        }

        foreach (var address in server.Addresses)
        {
            env.WriteRaw($"railwatch: serving {store.Path} at {address}/{(options.Token is null ? string.Empty : " (token required)")}\n");
        }

        env.WriteRaw("railwatch: press Ctrl+C to stop\n");
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C or SIGTERM (Program.cs): a normal stop.
        }

        await server.StopAsync(CancellationToken.None).ConfigureAwait(false);
        return 0;
    }
}
