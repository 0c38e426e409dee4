using System.Diagnostics;
using RailWatch.Cli.Infrastructure;
using Spectre.Console.Testing;

namespace RailWatch.Cli.Tests.Nightly;

/// <summary>Runs the railwatch program in-process (fast) or as a real child process (to kill it or signal it).</summary>
internal static class CliRunner
{
    public static async Task<(int ExitCode, string Out, string Error)> RunAsync(params string[] args)
    {
        var console = new TestConsole().Width(250);
        var error = new StringWriter();
        var code = await RailWatchApp.RunAsync(args, new CliEnvironment(console, error, TimeProvider.System));
        return (code, console.Output, error.ToString());
    }

    public static Process Start(params string[] args) => Start(null, args);

    /// <summary>Starts the built program; each line it writes (stdout or stderr) goes to <paramref name="onLine"/> as well.</summary>
    public static Process Start(Action<string>? onLine, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "railwatch.dll"));
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, e) => Forward(e.Data);
        process.ErrorDataReceived += (_, e) => Forward(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;

        void Forward(string? line)
        {
            if (line is not null)
            {
                onLine?.Invoke(line);
            }
        }
    }

    /// <summary>Sends SIGTERM (what kill, systemd and docker stop send) to the process, through the shell's kill.</summary>
    public static void Terminate(Process process)
    {
        using var kill = Process.Start(new ProcessStartInfo("sh") { ArgumentList = { "-c", $"kill -TERM {process.Id}" }, UseShellExecute = false })!;
        kill.WaitForExit();
        Assert.That(kill.ExitCode, Is.Zero, $"kill -TERM {process.Id}");
    }
}
