using System.Net;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Time.Testing;
using RailWatch.Ingest.Config;
using RailWatch.Ingest.Http;
using RailWatch.Ingest.Tests.Support;

namespace RailWatch.Ingest.Tests.Http;

public sealed class ResilientHttpClientTests
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

    private static (ResilientHttpClient Client, JumpingTimeProvider Time, List<string> Log) Client(HttpOptions? options = null, string? secret = null, IReadOnlyList<KeyValuePair<string, string>>? headers = null)
    {
        var time = new JumpingTimeProvider(new DateTimeOffset(2025, 7, 31, 15, 0, 0, TimeSpan.Zero));
        var log = new List<string>();
        var context = new IngestContext { CacheDirectory = Path.GetTempPath(), Time = time, Log = new SyncProgress(log) };
        options ??= new HttpOptions { Timeout = TimeSpan.FromSeconds(5), RateLimitPerSecond = 1000 };
        return (new ResilientHttpClient("test", options, context, new SecretRedactor([secret]), headers, new Random(1)), time, log);
    }

    [Test]
    public async Task GetBytes_429WithRetryAfterSeconds_WaitsExactlyThatLongThenSucceeds()
    {
        var calls = 0;
        await using var server = await LoopbackServer.StartAsync(async (ctx, s) =>
        {
            if (Interlocked.Increment(ref calls) == 1)
            {
                ctx.Response.StatusCode = 429;
                ctx.Response.Headers.RetryAfter = "7";
                return;
            }

            await s.ServeBytesAsync(ctx, Png, "image/png");
        });
        var (client, time, _) = Client();
        using (client)
        {
            var bytes = await client.GetBytesAsync(server.Url("tile.png"), PayloadKind.Png, false, CancellationToken.None);

            Assert.That(bytes, Is.EqualTo(Png));
            Assert.That(calls, Is.EqualTo(2));
            Assert.That(time.Delays, Does.Contain(TimeSpan.FromSeconds(7)));
        }
    }

    [Test]
    public async Task GetBytes_503WithRetryAfterHttpDate_WaitsUntilThatDate()
    {
        var calls = 0;
        var (client, time, _) = Client();
        await using var server = await LoopbackServer.StartAsync(async (ctx, s) =>
        {
            if (Interlocked.Increment(ref calls) == 1)
            {
                ctx.Response.StatusCode = 503;
                ctx.Response.Headers.RetryAfter = time.GetUtcNow().AddSeconds(90).ToString("R");
                return;
            }

            await s.ServeBytesAsync(ctx, Png, "image/png");
        });
        using (client)
        {
            await client.GetBytesAsync(server.Url("t.png"), PayloadKind.Png, false, CancellationToken.None);

            Assert.That(time.Delays.Single(d => d > TimeSpan.FromSeconds(1)).TotalSeconds, Is.EqualTo(90).Within(1));
        }
    }

    [Test]
    public async Task GetBytes_RetryAfterBeyondTheAllowedWait_FailsAtOnce()
    {
        await using var server = await LoopbackServer.StartAsync((ctx, _) =>
        {
            ctx.Response.StatusCode = 429;
            ctx.Response.Headers.RetryAfter = "86400";
            return Task.CompletedTask;
        });
        var (client, time, _) = Client();
        using (client)
        {
            var e = Assert.ThrowsAsync<SceneFetchException>(() => client.GetBytesAsync(server.Url("t.png"), PayloadKind.Png, false, CancellationToken.None));

            Assert.That(e!.Message, Does.Contain("retry after 86400 s"));
            Assert.That(server.Requests, Has.Count.EqualTo(1));
            Assert.That(time.Delays.Where(d => d > TimeSpan.FromSeconds(1)), Is.Empty);
        }
    }

    [Test]
    public async Task GetBytes_Repeated503WithoutRetryAfter_BacksOffExponentiallyThenFailsWithOneLineReason()
    {
        await using var server = await LoopbackServer.StartAsync((ctx, _) =>
        {
            ctx.Response.StatusCode = 503;
            return Task.CompletedTask;
        });
        var (client, time, log) = Client(new HttpOptions { MaxRetries = 3, RetryBaseDelay = TimeSpan.FromSeconds(2), Timeout = TimeSpan.FromSeconds(5) });
        using (client)
        {
            var e = Assert.ThrowsAsync<SceneFetchException>(() => client.GetBytesAsync(server.Url("t.png"), PayloadKind.Png, false, CancellationToken.None));

            Assert.That(e!.Message, Does.Contain("HTTP 503").And.Contain("after 4 attempts").And.Not.Contain("\n"));
            Assert.That(server.Requests, Has.Count.EqualTo(4));
            var backoffs = time.Delays.Where(d => d >= TimeSpan.FromSeconds(0.5)).Select(d => d.TotalSeconds).ToList();
            Assert.That(backoffs, Has.Count.EqualTo(3));
            Assert.That(backoffs[0], Is.InRange(1.0, 2.0));
            Assert.That(backoffs[1], Is.InRange(2.0, 4.0));
            Assert.That(backoffs[2], Is.InRange(4.0, 8.0));
            Assert.That(log, Has.Count.EqualTo(3));
        }
    }

    [Test]
    public async Task GetBytes_TruncatedBodyEveryTime_RetriesThenReportsTruncation()
    {
        await using var server = await LoopbackServer.StartAsync((ctx, s) => s.ServeTruncatedAsync(ctx, Png, 9));
        var (client, _, _) = Client(new HttpOptions { MaxRetries = 2, Timeout = TimeSpan.FromSeconds(5) });
        using (client)
        {
            var e = Assert.ThrowsAsync<SceneFetchException>(() => client.GetBytesAsync(server.Url("t.png"), PayloadKind.Png, false, CancellationToken.None));

            Assert.That(server.Requests, Has.Count.EqualTo(3));
            Assert.That(e!.Message, Does.Contain("after 3 attempts"));
        }
    }

    [Test]
    public async Task GetBytes_TruncatedOnceThenWhole_Succeeds()
    {
        var calls = 0;
        await using var server = await LoopbackServer.StartAsync((ctx, s) =>
            Interlocked.Increment(ref calls) == 1 ? s.ServeTruncatedAsync(ctx, Png, 9) : s.ServeBytesAsync(ctx, Png, "image/png"));
        var (client, _, _) = Client();
        using (client)
        {
            Assert.That(await client.GetBytesAsync(server.Url("t.png"), PayloadKind.Png, false, CancellationToken.None), Is.EqualTo(Png));
        }
    }

    [Test]
    public async Task GetBytes_CorruptMagicBytes_RetriedThenFailsNamingTheExpectedKind()
    {
        await using var server = await LoopbackServer.StartAsync((ctx, s) => s.ServeBytesAsync(ctx, Encoding.UTF8.GetBytes("<html>quota exceeded</html>"), "image/png"));
        var (client, _, _) = Client(new HttpOptions { MaxRetries = 1, Timeout = TimeSpan.FromSeconds(5) });
        using (client)
        {
            var e = Assert.ThrowsAsync<SceneFetchException>(() => client.GetBytesAsync(server.Url("t.png"), PayloadKind.Png, false, CancellationToken.None));

            Assert.That(e!.Message, Does.Contain("not a PNG image"));
            Assert.That(server.Requests, Has.Count.EqualTo(2));
        }
    }

    [Test]
    public async Task GetBytes_NoAnswer_EachAttemptTimesOutWhenTheInjectedClockPassesTheTimeout()
    {
        using var arrived = new SemaphoreSlim(0);
        await using var server = await LoopbackServer.StartAsync(async (ctx, _) =>
        {
            arrived.Release();
            // No answer until the client gives up on the request.
            await Task.Delay(Timeout.InfiniteTimeSpan, ctx.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
        });
        var time = new FakeTimeProvider(new DateTimeOffset(2025, 7, 31, 15, 0, 0, TimeSpan.Zero));
        var log = new List<string>();
        var context = new IngestContext { CacheDirectory = Path.GetTempPath(), Time = time, Log = new SyncProgress(log) };
        var options = new HttpOptions { MaxRetries = 1, Timeout = TimeSpan.FromSeconds(30), RetryBaseDelay = TimeSpan.FromSeconds(1), RateLimitPerSecond = 1000 };
        using var client = new ResilientHttpClient("test", options, context, new SecretRedactor([]), null, new Random(1));

        var fetch = client.GetBytesAsync(server.Url("slow.png"), PayloadKind.Png, false, CancellationToken.None);
        Assert.That(await arrived.WaitAsync(TimeSpan.FromSeconds(10)), Is.True, "first attempt");
        time.Advance(TimeSpan.FromSeconds(29));
        Assert.That(await Task.WhenAny(fetch, Task.Delay(300)), Is.Not.SameAs(fetch), "the attempt ended before the clock reached its timeout");
        time.Advance(TimeSpan.FromSeconds(1));
        Assert.That(await EventuallyAsync(() => Lines(log).Any(l => l.Contains("no complete answer within 30 s; retry 1/1", StringComparison.Ordinal))), Is.True, "the first attempt timed out at 30 s on the injected clock");

        // The back-off wait (at most the 1 s base delay) runs on the same clock: step it until the second attempt arrives.
        while (!await arrived.WaitAsync(TimeSpan.FromMilliseconds(50)))
        {
            time.Advance(TimeSpan.FromSeconds(1));
        }

        time.Advance(TimeSpan.FromSeconds(30));
        var e = Assert.ThrowsAsync<SceneFetchException>(() => fetch.WaitAsync(TimeSpan.FromSeconds(10)));

        Assert.That(e!.Message, Does.Contain("no complete answer within 30 s").And.Contain("after 2 attempts"));
        Assert.That(server.Requests, Has.Count.EqualTo(2));
    }

    [Test]
    public async Task GetBytes_404_IsNullWhenMissingAllowedAndAFailureOtherwise()
    {
        await using var server = await LoopbackServer.StartAsync((ctx, _) =>
        {
            ctx.Response.StatusCode = 404;
            return Task.CompletedTask;
        });
        var (client, _, _) = Client();
        using (client)
        {
            Assert.That(await client.GetBytesAsync(server.Url("a.png"), PayloadKind.Png, true, CancellationToken.None), Is.Null);
            var e = Assert.ThrowsAsync<SceneFetchException>(() => client.GetBytesAsync(server.Url("b.png"), PayloadKind.Png, false, CancellationToken.None));
            Assert.That(e!.Message, Does.Contain("HTTP 404").And.Contain("after 1 attempt"));
        }
    }

    [Test]
    public async Task Failure_WithApiKeyInUrlAndHeader_NeverShowsTheKey()
    {
        const string Secret = "sk-live-0123456789abcdef";
        await using var server = await LoopbackServer.StartAsync(async (ctx, _) =>
        {
            ctx.Response.StatusCode = 403;
            await ctx.Response.WriteAsync($"key {Secret} is not allowed here");
        });
        var (client, _, log) = Client(secret: Secret, headers: [new("X-Api-Key", Secret)]);
        using (client)
        {
            var e = Assert.ThrowsAsync<SceneFetchException>(() => client.GetBytesAsync(server.Url($"t.png?key={Secret}"), PayloadKind.Png, false, CancellationToken.None));

            Assert.That(server.Requests.Single().Headers["X-Api-Key"], Is.EqualTo(Secret));
            Assert.That(e!.ToString(), Does.Not.Contain(Secret));
            Assert.That(e.Message, Does.Contain("HTTP 403"));
            Assert.That(string.Join("\n", log), Does.Not.Contain(Secret));
        }
    }

    [Test]
    public async Task Download_InterruptedMidway_ResumesWithRangeFromThePartialFile()
    {
        var data = new byte[50_000];
        new Random(3).NextBytes(data);
        "II*\0"u8.CopyTo(data);
        var calls = 0;
        await using var server = await LoopbackServer.StartAsync((ctx, s) =>
            Interlocked.Increment(ref calls) == 1 ? s.ServeTruncatedAsync(ctx, data, 20_000) : s.ServeBytesAsync(ctx, data, "image/tiff"));
        var (client, _, _) = Client();
        using var folder = new TempFolder();
        var target = folder.File("scene.tif");
        using (client)
        {
            await client.DownloadAsync(server.Url("scene.tif"), target, PayloadKind.Tiff, CancellationToken.None);
        }

        Assert.That(File.ReadAllBytes(target), Is.EqualTo(data));
        Assert.That(File.Exists(target + ".part"), Is.False);
        var second = server.Requests.ElementAt(1);
        Assert.That(second.Headers["Range"], Is.EqualTo("bytes=20000-"));
        Assert.That(server.BytesSent, Is.EqualTo(50_000));
    }

    [Test]
    public async Task Download_AlwaysTruncated_FailsAndLeavesNoFinalFile()
    {
        var data = new byte[10_000];
        "II*\0"u8.CopyTo(data);
        await using var server = await LoopbackServer.StartAsync((ctx, s) =>
        {
            // Never more than 1000 bytes per answer, and Range is ignored (200, whole length): it cannot complete.
            return s.ServeTruncatedAsync(ctx, data, 1000);
        });
        var (client, _, _) = Client(new HttpOptions { MaxRetries = 2, Timeout = TimeSpan.FromSeconds(5) });
        using var folder = new TempFolder();
        var target = folder.File("scene.tif");
        using (client)
        {
            Assert.ThrowsAsync<SceneFetchException>(() => client.DownloadAsync(server.Url("scene.tif"), target, PayloadKind.Tiff, CancellationToken.None));
        }

        Assert.That(File.Exists(target), Is.False);
    }

    [Test]
    public async Task RateLimit_TenRequestsAtTwoPerSecond_WaitsForTokens()
    {
        await using var server = await LoopbackServer.StartAsync((ctx, s) => s.ServeBytesAsync(ctx, Png, "image/png"));
        var (client, time, _) = Client(new HttpOptions { RateLimitPerSecond = 2, Timeout = TimeSpan.FromSeconds(5) });
        using (client)
        {
            for (var i = 0; i < 10; i++)
            {
                await client.GetBytesAsync(server.Url($"t{i}.png"), PayloadKind.Png, false, CancellationToken.None);
            }
        }

        // A burst of 2, then one token every 0.5 s: 8 waits adding up to 4 s of virtual time.
        Assert.That(time.GetUtcNow() - time.Start, Is.EqualTo(TimeSpan.FromSeconds(4)).Within(TimeSpan.FromMilliseconds(50)));
    }

    [Test]
    public async Task SendJson_PostsBodyAndParsesAnswer()
    {
        await using var server = await LoopbackServer.StartAsync(async (ctx, _) =>
        {
            ctx.Response.ContentType = "application/geo+json";
            await ctx.Response.WriteAsync("{\"type\":\"FeatureCollection\",\"features\":[]}");
        });
        var (client, _, _) = Client();
        using (client)
        {
            using var doc = await client.SendJsonAsync(HttpMethod.Post, server.Url("search"), new System.Text.Json.Nodes.JsonObject { ["limit"] = 5 }, null, CancellationToken.None);

            Assert.That(doc.RootElement.GetProperty("type").GetString(), Is.EqualTo("FeatureCollection"));
            Assert.That(server.Requests.Single().Body, Is.EqualTo("{\"limit\":5}"));
            Assert.That(server.Requests.Single().Headers["Content-Type"], Does.StartWith("application/json"));
        }
    }

    [Test]
    public async Task SendJson_HtmlErrorPageWith200_IsRetriedAsCorrupt()
    {
        var calls = 0;
        await using var server = await LoopbackServer.StartAsync(async (ctx, _) =>
            await ctx.Response.WriteAsync(Interlocked.Increment(ref calls) == 1 ? "<html>gateway</html>" : "{\"ok\":true}"));
        var (client, _, _) = Client();
        using (client)
        {
            using var doc = await client.SendJsonAsync(HttpMethod.Get, server.Url("x"), null, null, CancellationToken.None);

            Assert.That(doc.RootElement.GetProperty("ok").GetBoolean(), Is.True);
            Assert.That(calls, Is.EqualTo(2));
        }
    }

    private static List<string> Lines(List<string> log)
    {
        lock (log)
        {
            return [.. log];
        }
    }

    private static async Task<bool> EventuallyAsync(Func<bool> condition)
    {
        for (var i = 0; i < 500; i++)
        {
            if (condition())
            {
                return true;
            }

            await Task.Delay(20);
        }

        return condition();
    }

    private sealed class SyncProgress(List<string> lines) : IProgress<string>
    {
        public void Report(string value)
        {
            lock (lines)
            {
                lines.Add(value);
            }
        }
    }
}
