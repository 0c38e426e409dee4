using RailWatch.Core.Scenes;

namespace RailWatch.Core.Tests.Scenes;

public class SeedRangesTests
{
    [Test]
    public void Parse_RangesAndSingleSeeds_KeepsTheOrderWrittenAndEachSeedOnce()
    {
        Assert.That(SeedRanges.Parse("7, 1-3,2"), Is.EqualTo(new[] { 7, 1, 2, 3 }));
    }

    [TestCase("5-3", "\"5-3\" ends before it starts")]
    [TestCase("1-10,x", "\"1-10,x\" is not A-B or A")]
    [TestCase("", "\"\" is not A-B or A")]
    public void Parse_Malformed_ThrowsFormatExceptionNamingThePart(string text, string message)
    {
        Assert.That(() => SeedRanges.Parse(text), Throws.TypeOf<FormatException>().With.Message.Contains(message));
    }
}
