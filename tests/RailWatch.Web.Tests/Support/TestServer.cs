using Microsoft.Extensions.Time.Testing;
using RailWatch.Web.Server;
using RailWatch.Web.Storage;

namespace RailWatch.Web.Tests.Support;

/// <summary>The real review server on 127.0.0.1 with a free port, over a <see cref="TestStore"/>.</summary>
internal sealed class TestServer : IAsyncDisposable
{
    public static readonly DateTimeOffset Now = new(2026, 2, 1, 9, 0, 0, TimeSpan.Zero);

    private TestServer(TestStore store, ReviewServer server)
    {
        Store = store;
        Server = server;
        BaseAddress = new Uri(server.Addresses.First(a => a.StartsWith("http://127.0.0.1", StringComparison.Ordinal)) + "/");
    }

    public TestStore Store { get; }

    public ReviewServer Server { get; }

    public Uri BaseAddress { get; }

    public static async Task<TestServer> StartAsync(string? token = null, string? reviewer = null)
    {
        var store = TestStore.Create();
        var options = new ReviewServerOptions { Urls = ["http://127.0.0.1:0"], Token = token, Reviewer = reviewer };
        var server = ReviewServer.Create(options, new StoreReviewData(store.Store), new FakeTimeProvider(Now));
        await server.StartAsync();
        return new TestServer(store, server);
    }

    public async ValueTask DisposeAsync()
    {
        await Server.StopAsync();
        await Server.DisposeAsync();
        Store.Dispose();
    }
}
