using RailWatch.Core.Flags;
using RailWatch.Web.Report;
using RailWatch.Web.Storage;
using RailWatch.Web.Tests.Support;

namespace RailWatch.Web.Tests.Report;

[NonParallelizable]
public sealed class StaticReportTests
{
    [Test]
    public async Task Write_AcceptedFlag_ChartTableAndCopiedThumbnail()
    {
        using var store = TestStore.Create();
        store.Store.SaveReview(new Review(store.SpikeFlag, ReviewDecision.Accepted, "Ana", TestServer.Now) { Note = "<script>x</script> confirmed" });
        store.Store.SaveReview(new Review(store.KhasanLateFlag, ReviewDecision.Dismissed, "Bo", TestServer.Now));
        var dir = Path.Combine(store.Folder, "report");

        var result = await StaticReport.WriteAsync(new StoreReviewData(store.Store), dir, TestServer.Now);

        Assert.That(result.Yards, Is.EqualTo(2));
        Assert.That(result.AcceptedFlags, Is.EqualTo(1));
        Assert.That(result.Thumbnails, Is.EqualTo(1));
        var html = await File.ReadAllTextAsync(Path.Combine(dir, "index.html"));
        Assert.That(System.Text.RegularExpressions.Regex.Matches(html, "<svg class=\"chart\"").Count, Is.EqualTo(2), "one chart per yard");
        Assert.That(html, Does.Contain("@media print").And.Contain("@page"));
        Assert.That(html, Does.Contain("&lt;script&gt;x&lt;/script&gt; confirmed").And.Not.Contain("<script>"));
        var chipId = store.Store.Flags().Single(f => f.Id == store.SpikeFlag).ChipId;
        Assert.That(html, Does.Contain($"<img src=\"chips/{chipId}.png\""));
        Assert.That(File.ReadAllBytes(Path.Combine(dir, "chips", $"{chipId}.png")).Take(4), Is.EqualTo(new byte[] { 0x89, 0x50, 0x4E, 0x47 }));
        Assert.That(Directory.GetFiles(dir, "*.tmp-*", SearchOption.AllDirectories), Is.Empty, "nothing half-written");
    }

    [Test]
    public async Task Write_NoAcceptedFlags_SaysSoPerYard()
    {
        using var store = TestStore.Create();
        var dir = Path.Combine(store.Folder, "report");
        var result = await StaticReport.WriteAsync(new StoreReviewData(store.Store), dir, TestServer.Now);
        Assert.That(result.AcceptedFlags, Is.Zero);
        Assert.That(await File.ReadAllTextAsync(result.IndexPath), Does.Contain("No accepted flags."));
    }
}
