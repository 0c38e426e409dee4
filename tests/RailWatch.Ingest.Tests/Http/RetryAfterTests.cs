using RailWatch.Ingest.Http;

namespace RailWatch.Ingest.Tests.Http;

public sealed class RetryAfterTests
{
    private static readonly DateTimeOffset Now = new(2025, 7, 31, 15, 0, 0, TimeSpan.Zero);

    [TestCase("120", 120)]
    [TestCase("0", 0)]
    [TestCase("1.5", 1.5)]
    [TestCase("Thu, 31 Jul 2025 15:00:30 GMT", 30)]
    [TestCase("Thu, 31 Jul 2025 14:00:00 GMT", 0)]
    public void Parse_SecondsOrHttpDate_GivesTheWait(string header, double seconds) =>
        Assert.That(RetryAfter.Parse(header, Now), Is.EqualTo(TimeSpan.FromSeconds(seconds)));

    [Test]
    public void Parse_Garbage_IsNull() => Assert.That(RetryAfter.Parse("soon", Now), Is.Null);
}
