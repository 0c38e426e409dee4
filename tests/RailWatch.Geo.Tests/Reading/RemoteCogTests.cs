using System.Net;
using System.Net.Sockets;
using RailWatch.Core.Geometry;
using RailWatch.Geo.Tests.Support;

namespace RailWatch.Geo.Tests.Reading;

/// <summary>A COG served over HTTP with range requests from inside the test, read through /vsicurl/.</summary>
public sealed class RemoteCogTests
{
    [Test]
    public async Task ReadWindow_CogOverHttp_FetchesOnlyTheBlocksItNeeds()
    {
        using var rasters = new TestRasters();
        var path = rasters.PathFor("remote.tif");
        var grid = TestRasters.Utm(2048, 2048, 0.5);
        var noise = new Random(7);
        RasterWriter.WriteGeoTiff(path, TestRasters.Image(2048, 2048, (_, _) => noise.Next(256), grid), new GeoTiffWriteOptions { CloudOptimized = true });
        var bytes = await File.ReadAllBytesAsync(path);
        await using var server = new RangeServer(bytes);

        using var raster = GeoRaster.Open(server.Url);
        var window = raster.ReadWindow(GeoBounds.Of([grid.ToGeo(600, 600), grid.ToGeo(700, 700)]));
        using var local = GeoRaster.Open(path);
        var expected = local.ReadWindow(GeoBounds.Of([grid.ToGeo(600, 600), grid.ToGeo(700, 700)]));

        TestContext.Out.WriteLine($"served {server.BytesServed} of {bytes.Length} bytes for a {window.Width} x {window.Height} window");
        Assert.That(window.Bands[0], Is.EqualTo(expected.Bands[0]));
        Assert.That(server.BytesServed, Is.LessThan(bytes.Length / 8), $"served {server.BytesServed} of {bytes.Length} bytes");
        Assert.That(server.BytesServed, Is.GreaterThan(0));
    }

    [Test]
    public async Task Open_CancelledWhileGdalOpensTheUrl_ThrowsOperationCanceled()
    {
        using var rasters = new TestRasters();
        var path = rasters.PathFor("remote.tif");
        RasterWriter.WriteGeoTiff(path, TestRasters.Image(512, 512, (c, r) => (c + r) % 256, TestRasters.Utm(512, 512)), new GeoTiffWriteOptions { CloudOptimized = true });
        using var cancel = new CancellationTokenSource();
        await using var server = new RangeServer(await File.ReadAllBytesAsync(path), onRequest: cancel.Cancel);

        Assert.Throws<OperationCanceledException>(() => GeoRaster.Open(server.Url, cancellationToken: cancel.Token));
        Assert.That(server.BytesServed, Is.GreaterThan(0), "the token was checked after GDAL's open");
    }

    /// <summary>Serves one file at 127.0.0.1 with HEAD and single-range GET, counting the body bytes it sends.</summary>
    private sealed class RangeServer : IAsyncDisposable
    {
        private readonly byte[] content;
        private readonly Action? onRequest;
        private readonly HttpListener listener = new();
        private readonly Task loop;
        private long served;

        public RangeServer(byte[] content, Action? onRequest = null)
        {
            this.content = content;
            this.onRequest = onRequest;
            var port = FreePort();
            listener.Prefixes.Add($"http://127.0.0.1:{port}/");
            listener.Start();
            Url = $"http://127.0.0.1:{port}/remote-{Guid.NewGuid():N}.tif";
            loop = Task.Run(Serve);
        }

        public string Url { get; }

        public long BytesServed => Interlocked.Read(ref served);

        public async ValueTask DisposeAsync()
        {
            listener.Stop();
            listener.Close();
            try
            {
                await loop.ConfigureAwait(false);
            }
            catch (HttpListenerException)
            {
                // Stopping the listener ends the loop.
            }
            catch (ObjectDisposedException)
            {
                // Same.
            }
        }

        private static int FreePort()
        {
            using var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            return ((IPEndPoint)probe.LocalEndpoint).Port;
        }

        private async Task Serve()
        {
            while (listener.IsListening)
            {
                HttpListenerContext context;
                try
                {
                    context = await listener.GetContextAsync().ConfigureAwait(false);
                }
                catch (HttpListenerException)
                {
                    return;
                }
                catch (ObjectDisposedException)
                {
                    return;
                }

                Respond(context);
            }
        }

        private void Respond(HttpListenerContext context)
        {
            onRequest?.Invoke();
            var response = context.Response;
            response.Headers["Accept-Ranges"] = "bytes";
            var range = context.Request.Headers["Range"];
            long start = 0, end = content.Length - 1;
            if (range is not null && range.StartsWith("bytes=", StringComparison.Ordinal) && !range.Contains(',', StringComparison.Ordinal))
            {
                var parts = range["bytes=".Length..].Split('-');
                start = long.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture);
                end = parts[1].Length > 0 ? Math.Min(long.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture), content.Length - 1) : content.Length - 1;
                response.StatusCode = 206;
                response.Headers["Content-Range"] = $"bytes {start}-{end}/{content.Length}";
            }

            var length = end - start + 1;
            response.ContentLength64 = length;
            if (context.Request.HttpMethod != "HEAD")
            {
                response.OutputStream.Write(content, (int)start, (int)length);
                Interlocked.Add(ref served, length);
            }

            response.Close();
        }
    }
}
