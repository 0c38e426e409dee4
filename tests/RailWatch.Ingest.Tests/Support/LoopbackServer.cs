using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace RailWatch.Ingest.Tests.Support;

/// <summary>One request as the server saw it.</summary>
internal sealed record RecordedRequest(string Method, string PathAndQuery, IReadOnlyDictionary<string, string> Headers, string Body);

/// <summary>
/// A real HTTP server on 127.0.0.1 (Kestrel, a free port) whose answers a test scripts with a handler. It records
/// every request and counts the body bytes it sent, so tests can check what a client asked for and how much it read.
/// </summary>
internal sealed class LoopbackServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private long bytesSent;

    private LoopbackServer(WebApplication app) => this.app = app;

    public Uri BaseUri { get; private set; } = null!;

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    public long BytesSent => Interlocked.Read(ref bytesSent);

    public static async Task<LoopbackServer> StartAsync(Func<HttpContext, LoopbackServer, Task> handler)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var server = new LoopbackServer(app);
        app.Run(async context =>
        {
            context.Request.EnableBuffering();
            using var reader = new StreamReader(context.Request.Body);
            var body = await reader.ReadToEndAsync();
            var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
            server.Requests.Enqueue(new RecordedRequest(context.Request.Method, context.Request.Path + context.Request.QueryString, headers, body));
            await handler(context, server);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseUri = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/') + "/");
        return server;
    }

    public Uri Url(string relative) => new(BaseUri, relative.TrimStart('/'));

    /// <summary>Writes a body and counts it.</summary>
    public async Task WriteAsync(HttpContext context, ReadOnlyMemory<byte> bytes)
    {
        Interlocked.Add(ref bytesSent, bytes.Length);
        await context.Response.Body.WriteAsync(bytes);
    }

    /// <summary>Serves a file's bytes with HEAD and single-range (bytes=a-b, a-, -n) support, like a static object store.</summary>
    public async Task ServeBytesAsync(HttpContext context, byte[] data, string contentType = "application/octet-stream")
    {
        var response = context.Response;
        response.Headers.AcceptRanges = "bytes";
        response.ContentType = contentType;
        var range = context.Request.Headers.Range.ToString();
        long from = 0, to = data.Length - 1;
        if (range.StartsWith("bytes=", StringComparison.Ordinal) && !range.Contains(',', StringComparison.Ordinal))
        {
            var spec = range[6..].Split('-');
            if (spec[0].Length == 0)
            {
                from = Math.Max(0, data.Length - long.Parse(spec[1], System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                from = long.Parse(spec[0], System.Globalization.CultureInfo.InvariantCulture);
                if (spec[1].Length > 0)
                {
                    to = Math.Min(to, long.Parse(spec[1], System.Globalization.CultureInfo.InvariantCulture));
                }
            }

            if (from >= data.Length)
            {
                response.StatusCode = StatusCodes.Status416RangeNotSatisfiable;
                response.Headers.ContentRange = $"bytes */{data.Length}";
                return;
            }

            response.StatusCode = StatusCodes.Status206PartialContent;
            response.Headers.ContentRange = $"bytes {from}-{to}/{data.Length}";
        }

        response.ContentLength = to - from + 1;
        if (HttpMethods.IsHead(context.Request.Method))
        {
            return;
        }

        await WriteAsync(context, data.AsMemory((int)from, (int)(to - from + 1)));
    }

    /// <summary>Announces <paramref name="data"/>'s full length but sends only the first <paramref name="sent"/> bytes, then drops the connection.</summary>
    public async Task ServeTruncatedAsync(HttpContext context, byte[] data, int sent)
    {
        context.Response.ContentLength = data.Length;
        await WriteAsync(context, data.AsMemory(0, sent));
        await context.Response.Body.FlushAsync();
        // Let the client read what was sent before the reset, as it would from a connection that just stops.
        await Task.Delay(150);
        context.Abort();
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
