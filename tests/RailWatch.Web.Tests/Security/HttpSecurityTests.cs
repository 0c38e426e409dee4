using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Time.Testing;
using RailWatch.Core.Errors;
using RailWatch.Core.Flags;
using RailWatch.Web.Server;
using RailWatch.Web.Storage;
using RailWatch.Web.Tests.Support;

namespace RailWatch.Web.Tests.Security;

/// <summary>Each security rule of the review server, over HTTP against the real server.</summary>
[NonParallelizable]
public sealed partial class HttpSecurityTests
{
    private const string Token = "test-token-8c1f2e";

    [Test]
    public void Create_NonLoopbackWithoutToken_RefusedBeforeListening()
    {
        using var store = TestStore.Create();
        var e = Assert.Throws<UsageException>(() => ReviewServer.Create(
            new ReviewServerOptions { Urls = ["http://0.0.0.0:0"] }, new StoreReviewData(store.Store), new FakeTimeProvider()));
        Assert.That(e!.ExitCode, Is.EqualTo(2));
    }

    [Test]
    public async Task Token_RequestWithoutIt_Gets401()
    {
        await using var server = await TestServer.StartAsync(token: Token);
        using var http = Client(server);
        foreach (var path in new[] { "/", $"/flags/{server.Store.SpikeFlag}", "/api/flags", "/chips/1", "/static/app.js" })
        {
            using var response = await http.GetAsync(path);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized), path);
        }

        using var wrong = new HttpRequestMessage(HttpMethod.Get, "/");
        wrong.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token + "x");
        using var wrongResponse = await http.SendAsync(wrong);
        Assert.That(wrongResponse.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task Token_AsBearerHeader_Accepted()
    {
        await using var server = await TestServer.StartAsync(token: Token);
        using var http = Client(server);
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        using var response = await http.GetAsync("/api/flags");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Token_InQueryOnce_SetsCookieAndRedirectsWithoutIt()
    {
        await using var server = await TestServer.StartAsync(token: Token);
        var cookies = new CookieContainer();
        using var handler = new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false };
        using var http = new HttpClient(handler) { BaseAddress = server.BaseAddress };
        using var first = await http.GetAsync($"/?status=all&token={Token}");
        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(first.Headers.Location!.ToString(), Is.EqualTo("/?status=all"));
        using var second = await http.GetAsync("/?status=all");
        Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Loopback_ForeignHostHeader_Rejected()
    {
        await using var server = await TestServer.StartAsync();
        using var http = Client(server);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Host = "attacker.example";
        using var response = await http.SendAsync(request);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [Test]
    public async Task Notes_WithScript_ComeBackEscaped()
    {
        await using var server = await TestServer.StartAsync();
        server.Store.Store.SaveReview(new Review(server.Store.SpikeFlag, ReviewDecision.Accepted, "<b>Eve</b>", TestServer.Now)
        {
            Note = "<script>alert('x')</script> & more",
        });
        using var http = Client(server);
        var html = await http.GetStringAsync($"/flags/{server.Store.SpikeFlag}");
        Assert.That(html, Does.Not.Contain("<script>alert"));
        Assert.That(html, Does.Not.Contain("<b>Eve</b>"));
        Assert.That(html, Does.Contain("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; more"));
    }

    [Test]
    public async Task Chips_OutsideTheStoreOrUnknown_404()
    {
        await using var server = await TestServer.StartAsync();
        using var http = Client(server);
        string[] paths =
        [
            "/chips/../../etc/passwd", "/chips/..%2F..%2Fetc%2Fpasswd", "/chips/%2e%2e/%2e%2e/etc/passwd", "/chips/999999",
            "/chips/-1", "/chips/1.png", "/static/../../etc/passwd", "/static/..%2F..%2Fappsettings.json", "/static/RailWatch.Web.dll",
        ];
        foreach (var path in paths)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(server.BaseAddress, path));
            using var response = await http.SendAsync(request);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), path);
            Assert.That(await response.Content.ReadAsStringAsync(), Does.Not.Contain("root:"), path);
        }
    }

    [Test]
    public async Task Chips_KnownId_ServesThePng()
    {
        await using var server = await TestServer.StartAsync();
        var chipId = server.Store.Store.Flags().Single(f => f.Id == server.Store.SpikeFlag).ChipId!.Value;
        using var http = Client(server);
        using var response = await http.GetAsync($"/chips/{chipId}");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType!.MediaType, Is.EqualTo("image/png"));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.That(bytes.Take(4), Is.EqualTo(new byte[] { 0x89, 0x50, 0x4E, 0x47 }));
    }

    [Test]
    public async Task Decision_WithoutAntiForgeryToken_400AndNothingStored()
    {
        await using var server = await TestServer.StartAsync();
        using var http = Client(server);
        using var response = await http.PostAsync($"/api/flags/{server.Store.SpikeFlag}/reviews", Json("""{"decision":"accepted","reviewer":"Mallory"}"""));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(server.Store.Store.Reviews(server.Store.SpikeFlag), Is.Empty);
    }

    [Test]
    public async Task Decision_WithHeaderTokenButWithoutTheCookie_400()
    {
        await using var server = await TestServer.StartAsync();
        string token;
        using (var victim = Client(server, new CookieContainer()))
        {
            token = CsrfToken(await victim.GetStringAsync("/"));
        }

        using var attacker = Client(server);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/flags/{server.Store.SpikeFlag}/reviews")
        {
            Content = Json("""{"decision":"accepted","reviewer":"Mallory"}"""),
        };
        request.Headers.Add("X-CSRF-TOKEN", token);
        using var response = await attacker.SendAsync(request);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(server.Store.Store.Reviews(server.Store.SpikeFlag), Is.Empty);
    }

    [Test]
    public async Task Decision_WithPageTokenAndCookie_201AndStored()
    {
        await using var server = await TestServer.StartAsync();
        using var http = Client(server, new CookieContainer());
        var token = CsrfToken(await http.GetStringAsync($"/flags/{server.Store.SpikeFlag}"));
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/flags/{server.Store.SpikeFlag}/reviews")
        {
            Content = Json("""{"decision":"needs_more_imagery","reviewer":"Ana","note":"cloud edge","corrected_count":null}"""),
        };
        request.Headers.Add("X-CSRF-TOKEN", token);
        using var response = await http.SendAsync(request);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        var review = server.Store.Store.Reviews(server.Store.SpikeFlag).Single();
        Assert.That(review.Decision, Is.EqualTo(ReviewDecision.NeedsMoreImagery));
        Assert.That(review.DecidedAt, Is.EqualTo(TestServer.Now));
    }

    [Test]
    public async Task Decision_InvalidBody_400AndNothingStored()
    {
        await using var server = await TestServer.StartAsync();
        using var http = Client(server, new CookieContainer());
        var token = CsrfToken(await http.GetStringAsync("/"));
        string[] bodies =
        [
            """{"decision":"maybe","reviewer":"Ana"}""", """{"decision":"accepted","reviewer":"  "}""",
            """{"decision":"accepted","reviewer":"Ana","corrected_count":-3}""", """{"decision":"open","reviewer":"Ana"}""",
            "not json", "{\"decision\":\"accepted\",\"reviewer\":\"Ana\",\"note\":\"" + new string('x', 4001) + "\"}",
        ];
        foreach (var body in bodies)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/flags/{server.Store.SpikeFlag}/reviews") { Content = Json(body) };
            request.Headers.Add("X-CSRF-TOKEN", token);
            using var response = await http.SendAsync(request);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), body);
        }

        Assert.That(server.Store.Store.Reviews(server.Store.SpikeFlag), Is.Empty);
    }

    [Test]
    public async Task Decision_UnknownFlag_404()
    {
        await using var server = await TestServer.StartAsync();
        using var http = Client(server, new CookieContainer());
        var token = CsrfToken(await http.GetStringAsync("/"));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/flags/424242/reviews") { Content = Json("""{"decision":"accepted","reviewer":"Ana"}""") };
        request.Headers.Add("X-CSRF-TOKEN", token);
        using var response = await http.SendAsync(request);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task Pages_CarryContentSecurityPolicyWithoutInlineScript()
    {
        await using var server = await TestServer.StartAsync();
        using var http = Client(server);
        using var response = await http.GetAsync("/");
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.That(csp, Does.Contain("script-src 'self'").And.Contain("frame-ancestors 'none'").And.Not.Contain("unsafe-inline"));
        Assert.That(response.Headers.GetValues("X-Content-Type-Options").Single(), Is.EqualTo("nosniff"));
    }

    private static HttpClient Client(TestServer server, CookieContainer? cookies = null)
    {
        var handler = new HttpClientHandler { CookieContainer = cookies ?? new CookieContainer(), UseCookies = cookies is not null, AllowAutoRedirect = false };
        return new HttpClient(handler, disposeHandler: true) { BaseAddress = server.BaseAddress };
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private static string CsrfToken(string html) => WebUtilityDecode(CsrfMeta().Match(html).Groups[1].Value);

    private static string WebUtilityDecode(string s) => WebUtility.HtmlDecode(s);

    [GeneratedRegex("<meta name=\"csrf-token\" content=\"([^\"]+)\"")]
    private static partial Regex CsrfMeta();
}
