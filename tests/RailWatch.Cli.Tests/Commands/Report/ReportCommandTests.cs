using RailWatch.Cli.Tests.Commands.Export;

namespace RailWatch.Cli.Tests.Commands.Report;

[NonParallelizable]
public sealed class ReportCommandTests
{
    [Test]
    public async Task Report_Out_WritesIndexWithChartAndThumbnail()
    {
        using var store = WebCommandStore.Create();
        var dir = Path.Combine(store.Folder, "report");
        var (code, stdout, stderr) = await WebCommandStore.RunAsync(["report", "--store", store.StorePath, "--out", dir]);
        Assert.That(code, Is.Zero, stderr);
        Assert.That(stdout, Does.Contain("report of 1 yard, 1 accepted flag (1 thumbnail)"));
        var html = await File.ReadAllTextAsync(Path.Combine(dir, "index.html"));
        Assert.That(html, Does.Contain("<svg class=\"chart\"").And.Contain("14 cars against 5.3 expected."));
        Assert.That(Directory.GetFiles(Path.Combine(dir, "chips"), "*.png"), Has.Length.EqualTo(1));
    }

    [Test]
    public async Task Report_WithoutOut_Exit2()
    {
        using var store = WebCommandStore.Create();
        var (code, _, _) = await WebCommandStore.RunAsync(["report", "--store", store.StorePath]);
        Assert.That(code, Is.EqualTo(2));
    }
}
