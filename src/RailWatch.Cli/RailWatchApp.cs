using System.Reflection;
using RailWatch.Cli.Commands;
using RailWatch.Cli.Infrastructure;
using RailWatch.Core.Errors;
using Spectre.Console.Cli;

namespace RailWatch.Cli;

/// <summary>The <c>railwatch</c> program, runnable in-process by tests with their own console and clock.</summary>
public static class RailWatchApp
{
    public static async Task<int> RunAsync(string[] args, CliEnvironment environment, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(environment);
        var verbose = args.Contains("--verbose");
        var env = environment with { Verbose = environment.Verbose || verbose };
        var registrar = new TypeRegistrar();
        registrar.RegisterInstance(typeof(CliEnvironment), env);
        var app = new CommandApp(registrar);
        app.Configure(config =>
        {
            config.SetApplicationName("railwatch");
            config.SetApplicationVersion(
                typeof(RailWatchApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown");
            config.Settings.Console = env.Out;
            config.PropagateExceptions();
            config.CaseSensitivity(CaseSensitivity.None);

            // A mistyped option (--fromat json) must stop the command, not be dropped while it runs on defaults.
            config.UseStrictParsing();
            CommandTable.Register(config);
        });

        try
        {
            return await app.RunAsync(args.Where(a => a != "--verbose"), cancellationToken).ConfigureAwait(false);
        }
        catch (RailWatchException e)
        {
            return Fail(env, e, e.ExitCode);
        }
        catch (CommandParseException e)
        {
            return Fail(env, e, ExitCodes.Usage, ConversionMessage.Rewrite(e.Message, args));
        }
        catch (CommandRuntimeException e)
        {
            return Fail(env, e, ExitCodes.Usage, ConversionMessage.Rewrite(e.Message, args));
        }
        catch (OperationCanceledException e) when (cancellationToken.IsCancellationRequested)
        {
            env.Error.WriteLine("railwatch: cancelled");
            _ = e;
            return 130;
        }
#pragma warning disable CA1031 // The program's last line of defence: report any failure in one line.
        catch (Exception e)
#pragma warning restore CA1031
        {
            env.Error.WriteLine($"railwatch: internal error: {OneLine(e.Message)}{(env.Verbose ? string.Empty : " (run with --verbose for details)")}");
            if (env.Verbose)
            {
                env.Error.WriteLine(e.ToString());
            }

            return ExitCodes.Internal;
        }
    }

    private static int Fail(CliEnvironment env, Exception e, int exitCode, string? message = null)
    {
        env.Error.WriteLine($"railwatch: {OneLine(message ?? e.Message)}");
        if (env.Verbose)
        {
            env.Error.WriteLine(e.ToString());
        }

        return exitCode;
    }

    private static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim();
}
