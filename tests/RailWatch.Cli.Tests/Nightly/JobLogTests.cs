using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using RailWatch.Cli.Nightly;

namespace RailWatch.Cli.Tests.Nightly;

public sealed class JobLogTests
{
    [Test]
    public void Info_TimeField_IsUtcWithZLikeTheRestOfTheOutput()
    {
        using var writer = new StringWriter();
        var log = new JobLog(writer, new FakeTimeProvider(new DateTimeOffset(2026, 11, 27, 22, 0, 0, TimeSpan.Zero)));

        log.Info("flag", ("acquired", new DateTimeOffset(2023, 12, 11, 10, 49, 0, TimeSpan.FromHours(9))), ("count", 139));

        using var line = JsonDocument.Parse(writer.ToString());
        Assert.That(line.RootElement.GetProperty("acquired").GetString(), Is.EqualTo("2023-12-11T01:49:00Z"));
        Assert.That(line.RootElement.GetProperty("count").GetInt32(), Is.EqualTo(139));
        Assert.That(line.RootElement.GetProperty("ts").GetString(), Is.EqualTo("2026-11-27T22:00:00.000Z"));
    }
}
