using System.Text.Json;
using System.Text.Json.Nodes;
using RailWatch.Ingest.Stac;
using RailWatch.Ingest.Tests.Support;

namespace RailWatch.Ingest.Tests.Stac;

public sealed class StacPagerTests
{
    private static readonly Uri Search = new("https://example.test/v1/search");

    [Test]
    public void NextRequest_EarthSearchPostLink_UsesTheLinkBodyExactly()
    {
        using var page = JsonDocument.Parse(Fixtures.Text("earthsearch_v1_search_cql2_page2.json"));
        var previous = new StacPager.PageRequest(HttpMethod.Post, Search, new JsonObject { ["limit"] = 10, ["filter"] = "x" }, null);

        var next = StacPager.NextRequest(page.RootElement, previous)!;

        Assert.That(next.Method, Is.EqualTo(HttpMethod.Post));
        Assert.That(next.Url, Is.EqualTo(new Uri("https://earth-search.aws.element84.com/v1/search")));
        Assert.That(next.Body!.ToJsonString(), Is.EqualTo("""{"next":"2025-07-31T13:03:19.635000Z,S2B_24MUA_20250731_0_L2A,sentinel-2-l2a"}"""));
    }

    [Test]
    public void NextRequest_PlanetaryComputerTokenLink_PostsTheTokenBody()
    {
        using var page = JsonDocument.Parse(Fixtures.Text("mpc_search_naip_page1_token_next.json"));
        var previous = new StacPager.PageRequest(HttpMethod.Post, Search, new JsonObject { ["limit"] = 10 }, null);

        var next = StacPager.NextRequest(page.RootElement, previous)!;

        Assert.That(next.Body!["token"]!.GetValue<string>(), Is.EqualTo("next:naip:mt_m_4811501_se_11_060_20231117_20240103"));
        Assert.That(next.Body["collections"]!.AsArray().Select(c => c!.GetValue<string>()), Is.EqualTo(new[] { "naip" }));
    }

    [Test]
    public void NextRequest_MergeTrue_KeepsThePreviousFieldsAndOverridesWithTheLinks()
    {
        using var page = JsonDocument.Parse("""
            {"features":[],"links":[{"rel":"next","href":"/v1/search","method":"POST","merge":true,"body":{"token":"t2"},"headers":{"X-Page":"2"}}]}
            """);
        var previous = new StacPager.PageRequest(HttpMethod.Post, Search, new JsonObject { ["limit"] = 5, ["token"] = "t1" }, null);

        var next = StacPager.NextRequest(page.RootElement, previous)!;

        Assert.That(next.Body!.ToJsonString(), Is.EqualTo("""{"limit":5,"token":"t2"}"""));
        Assert.That(next.Url, Is.EqualTo(new Uri("https://example.test/v1/search")));
        Assert.That(next.Headers!["X-Page"], Is.EqualTo("2"));
    }

    [Test]
    public void NextRequest_LinkWithoutMethod_IsAGetOfTheHref()
    {
        using var page = JsonDocument.Parse("""{"features":[],"links":[{"rel":"next","href":"https://example.test/v1/search?token=next:abc"}]}""");

        var next = StacPager.NextRequest(page.RootElement, new StacPager.PageRequest(HttpMethod.Post, Search, new JsonObject(), null))!;

        Assert.That(next.Method, Is.EqualTo(HttpMethod.Get));
        Assert.That(next.Body, Is.Null);
        Assert.That(next.Url.Query, Is.EqualTo("?token=next:abc"));
    }

    [Test]
    public void NextRequest_LastPage_IsNull()
    {
        using var page = JsonDocument.Parse(Fixtures.Text("earthsearch_v1_search_page2_empty.json"));

        Assert.That(StacPager.NextRequest(page.RootElement, new StacPager.PageRequest(HttpMethod.Post, Search, null, null)), Is.Null);
    }
}
