using RailWatch.Ingest.Xyz;

namespace RailWatch.Ingest.Tests.Xyz;

public sealed class TileUrlTests
{
    [Test]
    public void For_XyzTemplate_FillsZxyAndRotatesSubdomains()
    {
        var urls = new TileUrl("https://{s}.tiles.test/{z}/{x}/{y}.png?key={api_key}", ["a", "b"], tms: false);

        Assert.That(urls.For(5, 3, 7, "s3cr/t"), Is.EqualTo("https://a.tiles.test/5/3/7.png?key=s3cr%2Ft"));
        Assert.That(urls.For(5, 4, 7, null), Is.EqualTo("https://b.tiles.test/5/4/7.png?key={api_key}"));
    }

    [Test]
    public void For_MinusYOrTmsFlag_CountsRowsFromTheSouth()
    {
        Assert.That(new TileUrl("http://t/{z}/{x}/{-y}.png", [], false).For(4, 4, 3, null), Is.EqualTo("http://t/4/4/12.png"));
        Assert.That(new TileUrl("http://t/{z}/{x}/{y}.png", [], true).For(4, 4, 3, null), Is.EqualTo("http://t/4/4/12.png"));
    }
}
