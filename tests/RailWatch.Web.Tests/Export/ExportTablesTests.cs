using System.Globalization;
using System.Text.Json;
using RailWatch.Core.Flags;
using RailWatch.Export;
using RailWatch.Web.Export;
using RailWatch.Web.Storage;
using RailWatch.Web.Tests.Support;

namespace RailWatch.Web.Tests.Export;

[NonParallelizable]
public sealed class ExportTablesTests
{
    private TestStore store = null!;
    private StoreReviewData data = null!;

    [OneTimeSetUp]
    public void Fill()
    {
        store = TestStore.Create();
        data = new StoreReviewData(store.Store);
        store.Store.SaveReview(new Review(store.SpikeFlag, ReviewDecision.Accepted, "Ana", TestServer.Now) { Note = "=HYPERLINK(\"x\"), \"quoted\"", CorrectedCount = 25 });
    }

    [OneTimeTearDown]
    public void Clean() => store.Dispose();

    [Test]
    public void ObservationsCsv_HeaderAndTotalRow_StableColumnsAndValues()
    {
        var text = Csv(ExportTables.Observations(data));
        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines[0], Is.EqualTo("yard,provider,scene_id,acquired,track,count,low,high,observed_fraction,gsd_m,sensor,algorithm,model_version,corrected_count"));
        Assert.That(lines, Has.Length.EqualTo(1 + (2 * 8 * 3)), "16 scenes × (total + 2 tracks)");
        Assert.That(lines, Does.Contain("tumangang,sentinel-2,S2_tumangang_07,2026-01-08T02:30:00Z,*,26,24,28,1,0.5,MSI,test-counter,1,25"));
    }

    [Test]
    public void ObservationsSince_OnlyLaterScenes()
    {
        var table = ExportTables.Observations(data, TestStore.Day0.AddDays(6));
        Assert.That(table.Rows.Select(r => (DateTimeOffset)r.Values[3]!), Is.All.GreaterThanOrEqualTo(TestStore.Day0.AddDays(6)));
        Assert.That(table.Rows, Has.Count.EqualTo(2 * 2 * 3));
    }

    [Test]
    public void FlagsCsv_LatestDecisionAndFormulaSafeQuotedNote()
    {
        var lines = Csv(ExportTables.Flags(data)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines[0], Is.EqualTo("id,yard,acquired,count,expected,upper,p_value,kind,method,reason,status,severity,provider,scene_id,gsd_m,cloud_pct,corrected_count,reviewer,decided_at,note"));
        var spike = lines.Single(l => l.Contains("tumangang", StringComparison.Ordinal));
        Assert.That(spike, Does.Contain(",accepted,").And.Contain(",25,Ana,2026-02-01T09:00:00Z,\"'=HYPERLINK(\"\"x\"\"), \"\"quoted\"\"\""));
        Assert.That(lines, Has.Length.EqualTo(4));
    }

    [Test]
    public void FlagsWithStatus_OnlyThatStatus()
    {
        var table = ExportTables.Flags(data, status: RailWatch.Store.FlagStatus.Accepted);
        Assert.That(table.Rows, Has.Count.EqualTo(1));
        Assert.That(table.Rows[0].Values[0], Is.EqualTo(store.SpikeFlag));
    }

    [Test]
    public void GeoJson_PointAtYardCentroidWithProperties()
    {
        using var buffer = new MemoryStream();
        GeoJsonExport.Write(ExportTables.Flags(data), buffer);
        using var doc = JsonDocument.Parse(buffer.ToArray());
        Assert.That(doc.RootElement.GetProperty("type").GetString(), Is.EqualTo("FeatureCollection"));
        var features = doc.RootElement.GetProperty("features").EnumerateArray().ToList();
        Assert.That(features, Has.Count.EqualTo(3));
        var spike = features.Single(f => f.GetProperty("properties").GetProperty("yard").GetString() == "tumangang");
        var coords = spike.GetProperty("geometry").GetProperty("coordinates").EnumerateArray().Select(c => c.GetDouble()).ToList();
        Assert.That(coords[0], Is.EqualTo(130.605).Within(1e-6));
        Assert.That(coords[1], Is.EqualTo(42.402).Within(1e-6));
        Assert.That(spike.GetProperty("properties").GetProperty("count").GetInt32(), Is.EqualTo(26));
        Assert.That(spike.GetProperty("properties").GetProperty("acquired").GetString(), Is.EqualTo("2026-01-08T02:30:00Z"));
        Assert.That(spike.GetProperty("properties").GetProperty("note").GetString(), Is.EqualTo("=HYPERLINK(\"x\"), \"quoted\""));
    }

    private static string Csv(ExportTable table)
    {
        using var w = new StringWriter(CultureInfo.InvariantCulture);
        CsvExport.Write(table, w);
        return w.ToString();
    }
}
