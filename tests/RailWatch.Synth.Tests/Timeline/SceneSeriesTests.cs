using RailWatch.Geo;

namespace RailWatch.Synth.Tests.Timeline;

public class SceneSeriesTests
{
    private static readonly SeriesOptions Options = new() { Seed = 5, Days = 120, SurgeDay = 80, BaselineCars = 20, SurgeCars = 75 };

    [Test]
    public void Plan_IsDeterministic_AndHasCloudGapsMixedSensorsAndSeasons()
    {
        var plan = SceneSeries.Plan(TestYards.Small, Options);

        Assert.That(SceneSeries.Plan(TestYards.Small, Options).Select(e => e.File), Is.EqualTo(plan.Select(e => e.File)));
        Assert.That(plan.Count, Is.InRange(20, 90), "realistic revisit: not every day");
        Assert.That(plan.Select(e => e.Options.Sensor).Distinct().Count(), Is.EqualTo(3));
        Assert.That(plan.Select(e => e.Options.Season).Distinct().Count(), Is.GreaterThanOrEqualTo(2));
        Assert.That(plan.Select(e => e.Options.CloudCover), Is.All.LessThanOrEqualTo(Options.MaxCloudCover + 0.05));
        var gaps = plan.Zip(plan.Skip(1)).Select(p => (p.Second.Acquired - p.First.Acquired).TotalDays).Max();
        Assert.That(gaps, Is.GreaterThanOrEqualTo(4), "weather leaves gaps of several days");
        Assert.That(plan.Select(e => e.File), Is.All.Match(@"^generated-yard_\d{8}T\d{6}Z_(rgb8|pan16|bgrn16)-[\d.]+m\.tif$"));
    }

    [Test]
    public void Plan_ScriptedSurge_RaisesTheCountFromBaselineToSurgeLevel()
    {
        var plan = SceneSeries.Plan(TestYards.Small, Options);
        var before = plan.Where(e => (e.Acquired - Options.Start).TotalDays < 80).Select(e => e.PlannedCars).ToList();
        var after = plan.Where(e => (e.Acquired - Options.Start).TotalDays >= 88).Select(e => e.PlannedCars).ToList();

        Assert.That(before.Average(), Is.EqualTo(20).Within(3));
        Assert.That(after.Average(), Is.EqualTo(75).Within(8));
        Assert.That(plan.Where(e => e.InSurge).Min(e => e.Acquired), Is.GreaterThanOrEqualTo(Options.Start.AddDays(80)));
    }

    [Test]
    public void Generate_WritesScenesTruthAndIndexWithAcquisitionTimes()
    {
        var dir = Path.Combine(Path.GetTempPath(), "rw-synth-series-" + Guid.NewGuid().ToString("N"));
        try
        {
            var options = Options with
            {
                Days = 8,
                SurgeDay = 4,
                MarginMetres = 10,
                Sensors = [new SensorProfile { Name = "coarse", Sensor = SensorKind.Bgrn16, GsdMetres = 3, DailyProbability = 1 }],
                MaxCloudCover = 1,
            };

            var written = SceneSeries.Generate(TestYards.Small, options, dir);

            Assert.That(written, Has.Count.EqualTo(8));
            Assert.That(File.ReadAllLines(Path.Combine(dir, "series.csv")), Has.Length.EqualTo(9));
            Assert.That(File.ReadAllText(Path.Combine(dir, "series.json")), Does.Contain("\"surge_day\": 4").And.Contain("\"total_count\""));
            var first = written[0];
            using var raster = GeoRaster.Open(Path.Combine(dir, first.File));
            Assert.That(raster.Info.Metadata["TIFFTAG_DATETIME"], Is.EqualTo(first.Acquired.UtcDateTime.ToString("yyyy:MM:dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture)));
            Assert.That(first.File, Does.Contain(first.Acquired.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", System.Globalization.CultureInfo.InvariantCulture)));
            Assert.That(written.Select(w => w.TotalCount), Is.All.Not.Null);
            Assert.That(written[^1].TotalCount ?? 0, Is.GreaterThan(written[0].TotalCount ?? 0));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Test]
    public void SolarPosition_AtTumangangNearNoonInWinterAndSummer_IsPlausible()
    {
        var place = new Core.Geometry.GeoPoint(130.6, 42.42);
        var winter = SolarPosition.At(place, new DateTimeOffset(2023, 12, 21, 3, 17, 0, TimeSpan.Zero));
        var summer = SolarPosition.At(place, new DateTimeOffset(2023, 6, 21, 3, 17, 0, TimeSpan.Zero));

        Assert.That(winter.ElevationDegrees, Is.EqualTo(90 - 42.42 - 23.44).Within(1.5));
        Assert.That(summer.ElevationDegrees, Is.EqualTo(90 - 42.42 + 23.44).Within(1.5));
        Assert.That(winter.AzimuthDegrees, Is.EqualTo(180).Within(5));
    }
}
