using System.Text.Json;
using RailWatch.Core.Geometry;
using RailWatch.Ingest.Stac;
using RailWatch.Ingest.Tests.Support;

namespace RailWatch.Ingest.Tests.Stac;

public sealed class StacItemParserTests
{
    [Test]
    public void Parse_EarthSearchV1Item_WithoutMgrsTile_ReadsTimeAssetsCloudAndGsd()
    {
        using var doc = JsonDocument.Parse(Fixtures.Text("earthsearch_v1_item_sentinel-2-l2a_S2A_13TDE_20231008_0_L2A.json"));
        Assert.That(doc.RootElement.GetProperty("properties").TryGetProperty("s2:mgrs_tile", out _), Is.False, "fixture premise");

        var item = StacItemParser.Parse(doc.RootElement);

        Assert.That(item.Id, Is.EqualTo("S2A_13TDE_20231008_0_L2A"));
        Assert.That(item.Acquired, Is.EqualTo(new DateTimeOffset(2023, 10, 8, 18, 2, 55, 276, TimeSpan.Zero)));
        Assert.That(item.Epsg, Is.EqualTo(32613));
        Assert.That(item.CloudCoverPercent, Is.EqualTo(0.000299).Within(1e-9));
        Assert.That(item.Sensor, Is.EqualTo("sentinel-2a/msi"));
        var visual = item.FindAsset(["visual"])!.Value;
        Assert.That(visual.Asset.Href, Does.EndWith("/S2A_13TDE_20231008_0_L2A/TCI.tif"));
        Assert.That(visual.Asset.Gsd, Is.EqualTo(10));
        Assert.That(item.FindAsset(["SCL"])!.Value.Key, Is.EqualTo("scl"));
        Assert.That(item.Bounds!.Value.MinLon, Is.EqualTo(-106.18316062292897));
    }

    [Test]
    public void Parse_EarthSearchCollection1Item_ReadsRasterBandsResolution()
    {
        using var doc = JsonDocument.Parse(Fixtures.Text("earthsearch_v1_item_sentinel-2-c1-l2a_S2B_T24MWV_20250731T130245_L2A.json"));

        var item = StacItemParser.Parse(doc.RootElement);

        Assert.That(item.Id, Is.EqualTo("S2B_T24MWV_20250731T130245_L2A"));
        Assert.That(item.Collection, Is.EqualTo("sentinel-2-c1-l2a"));
        Assert.That(item.FindAsset(["visual"]), Is.Not.Null);
        Assert.That(item.FindAsset(["scl"])!.Value.Asset.Gsd, Is.EqualTo(20));
    }

    [Test]
    public void Parse_EveryFeatureOfRealSearchPages_Succeeds()
    {
        foreach (var name in new[] { "earthsearch_v1_search_page1.json", "earthsearch_v1_search_cql2_page2.json", "mpc_search_naip_page1_token_next.json" })
        {
            using var doc = JsonDocument.Parse(Fixtures.Text(name));
            var items = doc.RootElement.GetProperty("features").EnumerateArray().Select(f => StacItemParser.Parse(f)).ToList();

            Assert.That(items, Is.Not.Empty, name);
            Assert.That(items.Select(i => i.Acquired.Year), Is.All.InRange(2019, 2026), name);
            Assert.That(items.Select(i => i.Bounds), Is.All.Not.Null, name);
        }
    }

    [Test]
    public void Parse_PlanetaryComputerItem_FindsUppercaseSclAndMgrsTile()
    {
        using var doc = JsonDocument.Parse(Fixtures.Text("mpc_item_sentinel-2-l2a_S2A_MSIL2A_20190101T000001_R116_T60VUK_20201007T214652.json"));

        var item = StacItemParser.Parse(doc.RootElement);

        Assert.That(item.CloudCoverPercent, Is.EqualTo(56.297088));
        Assert.That(item.FindAsset(["scl"])!.Value.Key, Is.EqualTo("SCL"));
        Assert.That(item.FindAsset(["visual"])!.Value.Asset.Gsd, Is.EqualTo(10));
        Assert.That(item.Sensor, Is.EqualTo("Sentinel-2A/msi"));
    }

    [Test]
    public void Parse_PlanetDataApiItem_ConvertsCloudFractionToPercentAndReadsAcquired()
    {
        using var doc = JsonDocument.Parse(Fixtures.Text("planet_data_v1_item_PSScene_20220125_075509_67_1061.json"));

        var item = StacItemParser.Parse(doc.RootElement);

        Assert.That(item.Format, Is.EqualTo("planet"));
        Assert.That(item.Acquired, Is.EqualTo(DateTimeOffset.Parse("2022-01-25T07:55:09.676173Z", System.Globalization.CultureInfo.InvariantCulture)));
        Assert.That(item.CloudCoverPercent, Is.EqualTo(0));
        Assert.That(item.Gsd, Is.EqualTo(3.6));
        Assert.That(item.Sensor, Is.EqualTo("planetscope/PS2.SD"));
        Assert.That(item.FindAsset(["ortho_visual"])!.Value.Asset.Href, Does.StartWith("https://api.planet.com/data/v1/item-types/PSScene/items/20220125_075509_67_1061/assets/"));
        Assert.That(StacItemParser.Intersects(item, new GeoBounds(46.9, 8.35, 46.95, 8.4)), Is.True);
        Assert.That(StacItemParser.Intersects(item, new GeoBounds(47.2, 8.35, 47.3, 8.4)), Is.False);
    }

    [Test]
    public void Parse_ItemWithoutDatetime_IsRejectedWithTheReason()
    {
        using var doc = JsonDocument.Parse("""{"type":"Feature","id":"x","properties":{"datetime":null},"assets":{}}""");

        Assert.That(() => StacItemParser.Parse(doc.RootElement), Throws.TypeOf<FormatException>().With.Message.Contains("\"x\" has no properties.datetime"));
    }

    [Test]
    public void Intersects_FootprintTriangleMissingTheBoxCorner_IsFalseThoughBboxOverlaps()
    {
        using var doc = JsonDocument.Parse("""
            {"type":"Feature","id":"t","properties":{"datetime":"2024-01-01T00:00:00Z"},
             "geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[0,1],[0,0]]]}}
            """);
        var item = StacItemParser.Parse(doc.RootElement);

        Assert.That(StacItemParser.Intersects(item, new GeoBounds(0.8, 0.8, 0.9, 0.9)), Is.False);
        Assert.That(StacItemParser.Intersects(item, new GeoBounds(0.1, 0.1, 0.2, 0.2)), Is.True);
    }
}
