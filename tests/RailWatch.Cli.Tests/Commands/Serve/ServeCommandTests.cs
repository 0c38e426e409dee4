using System.Net;
using System.Text.RegularExpressions;
using RailWatch.Cli.Tests.Commands.Export;
using RailWatch.Cli.Tests.Nightly;
using Spectre.Console.Testing;

namespace RailWatch.Cli.Tests.Commands.Serve;

[NonParallelizable]
public sealed partial class ServeCommandTests
{
    [Test]
    public async Task Serve_NonLoopbackWithoutToken_Exit2NamingTheToken()
    {
        using var store = WebCommandStore.Create();
        var (code, _, stderr) = await WebCommandStore.RunAsync(
            ["serve", "--store", store.StorePath, "--urls", "http://0.0.0.0:5999"], variables: _ => null);
        Assert.That(code, Is.EqualTo(2));
        Assert.That(stderr, Does.Contain("web.token").And.Contain("RAILWATCH_WEB_TOKEN"));
    }

    [Test]
    public async Task Serve_Loopback_ServesTheQueueAndStopsCleanlyOnCancel()
    {
        using var store = WebCommandStore.Create();
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var console = new TestConsole();
        var run = WebCommandStore.RunAsync(["serve", "--store", store.StorePath, "--urls", "http://127.0.0.1:0"], cancel.Token, console);
        var url = await WaitForUrl(console, run);
        using (var http = new HttpClient())
        {
            var html = await http.GetStringAsync(url + "/?status=all");
            Assert.That(html, Does.Contain("Khasan"));
        }

        await cancel.CancelAsync();
        var (code, _, stderr) = await run;
        Assert.That(code, Is.Zero, stderr);
    }

    [Test]
    public async Task Serve_Sigterm_StopsServingAndExitsZeroWithinSeconds()
    {
        using var store = WebCommandStore.Create();
        var url = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var output = new System.Collections.Concurrent.ConcurrentQueue<string>();
        using var process = CliRunner.Start(
            line =>
            {
                output.Enqueue(line);
                if (ServingLine().Match(line) is { Success: true } m)
                {
                    url.TrySetResult(m.Groups[1].Value);
                }
            },
            "serve", "--store", store.StorePath, "--urls", "http://127.0.0.1:0");
        try
        {
            var address = await url.Task.WaitAsync(TimeSpan.FromSeconds(60));
            using var http = new HttpClient();
            Assert.That(await http.GetStringAsync(address + "/?status=all"), Does.Contain("Khasan"));

            CliRunner.Terminate(process);
            var stopped = process.WaitForExit(TimeSpan.FromSeconds(10));

            Assert.That(stopped, Is.True, "still serving 10 s after SIGTERM");
            Assert.That(process.ExitCode, Is.Zero, string.Join('\n', output));
            Assert.That(async () => await http.GetAsync(address + "/"), Throws.InstanceOf<HttpRequestException>(), "nothing listens any more");
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }

    [Test]
    public async Task Serve_TokenFromConfigOnAnyAddress_RequestsWithoutItGet401()
    {
        using var store = WebCommandStore.Create();
        var config = Path.Combine(store.Folder, "railwatch.json");
        await File.WriteAllTextAsync(config, """{ "store": { "path": "railwatch.db" }, "web": { "token": "cfg-token-123", "reviewer": "Ana" } }""");
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var console = new TestConsole();
        var run = WebCommandStore.RunAsync(["serve", "--config", config, "--store", store.StorePath, "--urls", "http://0.0.0.0:0"], cancel.Token, console);
        var url = await WaitForUrl(console, run);
        var port = new Uri(url.Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal)).Port;
        using (var http = new HttpClient())
        {
            using var denied = await http.GetAsync($"http://127.0.0.1:{port}/");
            Assert.That(denied.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "cfg-token-123");
            var html = await http.GetStringAsync($"http://127.0.0.1:{port}/");
            Assert.That(html, Does.Contain("<meta name=\"reviewer\" content=\"Ana\">"));
        }

        await cancel.CancelAsync();
        Assert.That((await run).Code, Is.Zero);
    }

    private static async Task<string> WaitForUrl(TestConsole console, Task<(int Code, string Stdout, string Stderr)> run)
    {
        for (var i = 0; i < 300; i++)
        {
            var m = ServingLine().Match(console.Output);
            if (m.Success)
            {
                return m.Groups[1].Value;
            }

            if (run.IsCompleted)
            {
                var (code, stdout, stderr) = await run;
                Assert.Fail($"serve exited with {code}: {stdout} {stderr}");
            }

            await Task.Delay(100);
        }

        Assert.Fail("serve did not print its address: " + console.Output);
        return string.Empty;
    }

    [GeneratedRegex(@"serving .* at (http://[^/\s]+)/")]
    private static partial Regex ServingLine();
}
