using RailWatch.Ingest.Folder;

namespace RailWatch.Ingest.Tests.Folder;

public sealed class FileNameTimeTests
{
    [TestCase("tumangang_20231005T023000Z_s2.tif", "2023-10-05T02:30:00Z")]
    [TestCase("S2A_MSIL2A_20231005T023000_N0509.tif", "2023-10-05T02:30:00Z")]
    [TestCase("yard_2023-10-05_chip.tif", "2023-10-05T00:00:00Z")]
    [TestCase("yard_2023-10-05T02:30:00Z.tif", "2023-10-05T02:30:00Z")]
    [TestCase("scene-20231005.jp2", "2023-10-05T00:00:00Z")]
    [TestCase("v2_1_20231005T0230.tif", "2023-10-05T02:30:00Z")]
    public void Parse_DefaultPattern_RecognisesCompactAndExtendedTimes(string name, string expected) =>
        Assert.That(new FileNameTime(null, null).Parse(name), Is.EqualTo(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture)));

    [TestCase("image_final.tif")]
    [TestCase("scan_123456789012.tif")]
    [TestCase("x_20231345.tif")]
    public void Parse_NoTimeInName_IsNull(string name) => Assert.That(new FileNameTime(null, null).Parse(name), Is.Null);

    [Test]
    public void Parse_ConfiguredRegexAndFormat_UseTheNamedGroup()
    {
        var parser = new FileNameTime(@"_d(?<time>\d{2}\.\d{2}\.\d{4})_", ["dd.MM.yyyy"]);

        Assert.That(parser.Parse("yard_d05.10.2023_pan.tif"), Is.EqualTo(new DateTimeOffset(2023, 10, 5, 0, 0, 0, TimeSpan.Zero)));
    }
}
