using System.Text.Json;
using RailWatch.Web.Tests.Support;

namespace RailWatch.Web.Tests.Server;

/// <summary>The JSON API's form, as scripts consume it.</summary>
[NonParallelizable]
public sealed class ApiJsonTests
{
    [Test]
    public async Task Flags_TimesAreUtcWithZ_AsOnTheCommandLine()
    {
        await using var server = await TestServer.StartAsync();
        using var http = new HttpClient { BaseAddress = server.BaseAddress };

        using var document = JsonDocument.Parse(await http.GetStringAsync("/api/flags"));

        var acquired = document.RootElement.EnumerateArray().Select(f => f.GetProperty("acquired").GetString()).ToList();
        Assert.That(acquired, Is.Not.Empty);
        Assert.That(acquired, Is.All.Match(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$"));
    }
}
