using System.Text;
using System.Text.Json;

namespace RailWatch.Cli.Tests.Commands.Export;

[NonParallelizable]
public sealed class ExportCommandTests
{
    private WebCommandStore store = null!;

    [OneTimeSetUp]
    public void Fill() => store = WebCommandStore.Create();

    [OneTimeTearDown]
    public void Clean() => store.Dispose();

    [Test]
    public async Task Export_ObservationsCsvToStdout_HeaderAndOneLinePerTotalAndTrack()
    {
        var (code, stdout, stderr) = await WebCommandStore.RunAsync(["export", "--store", store.StorePath, "--what", "observations", "--format", "csv"]);
        Assert.That(code, Is.Zero, stderr);
        var lines = stdout.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines[0], Does.StartWith("yard,provider,scene_id,acquired,track,count,low,high"));
        Assert.That(lines, Has.Length.EqualTo(1 + 8));
    }

    [Test]
    public async Task Export_FlagsGeoJsonSince_OnlyLaterFlags()
    {
        var (code, stdout, stderr) = await WebCommandStore.RunAsync(["export", "--store", store.StorePath, "--what", "flags", "--format", "geojson", "--since", "2026-03-04"]);
        Assert.That(code, Is.Zero, stderr);
        using var doc = JsonDocument.Parse(stdout);
        var feature = doc.RootElement.GetProperty("features").EnumerateArray().Single();
        Assert.That(feature.GetProperty("properties").GetProperty("status").GetString(), Is.EqualTo("accepted"));
        Assert.That(feature.GetProperty("geometry").GetProperty("type").GetString(), Is.EqualTo("Point"));

        var (_, later, _) = await WebCommandStore.RunAsync(["export", "--store", store.StorePath, "--what", "flags", "--format", "geojson", "--since", "2026-03-05"]);
        using var none = JsonDocument.Parse(later);
        Assert.That(none.RootElement.GetProperty("features").GetArrayLength(), Is.Zero);
    }

    [Test]
    public async Task Export_ParquetToFile_WritesParquetWithGeoMetadata()
    {
        var target = Path.Combine(store.Folder, "obs.parquet");
        var (code, _, stderr) = await WebCommandStore.RunAsync(["export", "--store", store.StorePath, "--what", "observations", "--format", "parquet", "--out", target]);
        Assert.That(code, Is.Zero, stderr);
        var bytes = await File.ReadAllBytesAsync(target);
        Assert.That(Encoding.ASCII.GetString(bytes, 0, 4), Is.EqualTo("PAR1"));
        Assert.That(Encoding.ASCII.GetString(bytes, bytes.Length - 4, 4), Is.EqualTo("PAR1"));
        Assert.That(Encoding.UTF8.GetString(bytes), Does.Contain("\"primary_column\":\"geometry\""));
        Assert.That(Directory.GetFiles(store.Folder, ".obs.parquet.tmp-*"), Is.Empty);
    }

    [TestCase("--what", "scenes", "--format", "csv")]
    [TestCase("--what", "flags", "--format", "xlsx")]
    [TestCase("--what", "flags", "--format", "parquet")]
    [TestCase("--what", "flags", "--format", "csv", "--since", "yesterday")]
    [TestCase("--what", "observations", "--format", "csv", "--status", "accepted")]
    public async Task Export_BadArguments_Exit2(params string[] args)
    {
        var (code, _, _) = await WebCommandStore.RunAsync(["export", "--store", store.StorePath, .. args]);
        Assert.That(code, Is.EqualTo(2));
    }

    [Test]
    public async Task Export_MissingStore_Exit2NamingIt()
    {
        var missing = Path.Combine(store.Folder, "nope.db");
        var (code, _, stderr) = await WebCommandStore.RunAsync(["export", "--store", missing, "--what", "flags"]);
        Assert.That(code, Is.EqualTo(2));
        Assert.That(stderr, Does.Contain("nope.db"));
    }
}
