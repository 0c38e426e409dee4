using RailWatch.Core.Errors;
using RailWatch.Geo;

namespace RailWatch.Synth.Tests.Rendering;

public class SceneRendererTests
{
    private static readonly Lazy<RenderedScene> WithCars = new(() => SceneRenderer.Render(TestYards.Small, TestYards.Quick()));
    private static readonly Lazy<RenderedScene> WithoutCars = new(() => SceneRenderer.Render(TestYards.Small, TestYards.Quick() with { CarCount = 0 }));

    [Test]
    public void Render_SameSeed_GivesIdenticalPixelsAndTruth()
    {
        var again = SceneRenderer.Render(TestYards.Small, TestYards.Quick());

        Assert.That(again.Image.Bands[0], Is.EqualTo(WithCars.Value.Image.Bands[0]).AsCollection);
        Assert.That(again.Image.Bands[2], Is.EqualTo(WithCars.Value.Image.Bands[2]).AsCollection);
        Assert.That(again.Truth.ToJson(), Is.EqualTo(WithCars.Value.Truth.ToJson()));
    }

    [Test]
    public void Render_DifferentSeed_GivesDifferentPixelsAndCars()
    {
        var other = SceneRenderer.Render(TestYards.Small, TestYards.Quick(seed: 12));

        Assert.That(other.Image.Bands[0], Is.Not.EqualTo(WithCars.Value.Image.Bands[0]).AsCollection);
        Assert.That(other.Truth.AllCars.Select(c => c.Center[0]), Is.Not.EqualTo(WithCars.Value.Truth.AllCars.Select(c => c.Center[0])));
    }

    [Test]
    public void Render_CarPixels_DifferFromTheSameSceneWithoutCarsWhereTheTruthPutsCars()
    {
        var scene = WithCars.Value;
        var empty = WithoutCars.Value;
        Assert.That(scene.Truth.TotalCount, Is.GreaterThan(10));
        Assert.That(empty.Truth.TotalCount, Is.Zero);

        var perCar = scene.Truth.AllCars.Select(c => TestYards.MeanAbsDiff(scene, empty, TestYards.AlongCar(scene, c))).ToList();

        // Every car changes the pixels on its axis; dark cars on dark ballast change them least, but visibly.
        Assert.That(perCar.Average(), Is.GreaterThan(25));
        Assert.That(perCar.Count(d => d > 6), Is.GreaterThanOrEqualTo((int)(0.95 * perCar.Count)));
    }

    [Test]
    public void Render_AwayFromCarsAndTheirShadows_PixelsAreUnchangedByCars()
    {
        var scene = WithCars.Value;
        var empty = WithoutCars.Value;
        var image = scene.Image;

        // The top rows are ground margin, far from every track, car and shadow.
        var rows = Enumerable.Range(0, 6).SelectMany(r => Enumerable.Range(0, image.Width).Select(c => (c + 0.5, r + 0.5)));
        Assert.That(TestYards.MeanAbsDiff(scene, empty, rows), Is.Zero);
    }

    [Test]
    public void Render_UnderOpaqueCloud_CarsAreHiddenAndMarkedInvisible()
    {
        var options = TestYards.Quick(21) with { CloudCover = 0.5 };
        var cloudy = SceneRenderer.Render(TestYards.Small, options);
        var cloudyEmpty = SceneRenderer.Render(TestYards.Small, options with { CarCount = 0 });
        var mask = cloudy.Truth.CloudMask();
        var hidden = cloudy.Truth.AllCars.Where(c => c.ClearFraction == 0).ToList();
        var seen = cloudy.Truth.AllCars.Where(c => c.ClearFraction == 1).ToList();
        Assume.That(hidden, Is.Not.Empty, "this seed should hide some cars");
        Assume.That(seen, Is.Not.Empty, "this seed should leave some cars clear");

        Assert.That(hidden.All(c => !c.Visible), Is.True);
        Assert.That(cloudy.Truth.VisibleCount, Is.LessThan(cloudy.Truth.TotalCount));
        foreach (var car in hidden)
        {
            foreach (var (col, row) in TestYards.AlongCar(cloudy, car))
            {
                Assert.That(mask[((int)row * cloudy.Image.Width) + (int)col], Is.True, "a hidden car's pixels are under the cloud mask");
            }
        }

        var hiddenDiff = hidden.Average(c => TestYards.MeanAbsDiff(cloudy, cloudyEmpty, TestYards.AlongCar(cloudy, c)));
        var seenDiff = seen.Average(c => TestYards.MeanAbsDiff(cloudy, cloudyEmpty, TestYards.AlongCar(cloudy, c)));
        Assert.That(hiddenDiff, Is.LessThan(seenDiff / 4));
    }

    [Test]
    public void Render_CloudCover_MatchesTheRequestedFractionOfTheYard()
    {
        var scene = SceneRenderer.Render(TestYards.Small, TestYards.Quick(22) with { CloudCover = 0.4 });

        Assert.That(scene.Truth.CloudFraction, Is.EqualTo(0.4).Within(0.1));
        Assert.That(scene.Truth.CloudMask().Count(m => m), Is.GreaterThan(0));
        Assert.That(scene.Truth.ObservedFraction, Is.LessThan(0.9));
    }

    [Test]
    public void Render_FinerGsd_GivesProportionallyMorePixels()
    {
        var coarse = SceneRenderer.Render(TestYards.Small, TestYards.Quick() with { GsdMetres = 2 });

        Assert.That((double)WithCars.Value.Image.Width / coarse.Image.Width, Is.EqualTo(4).Within(0.1));
        Assert.That(coarse.Image.GsdMetres, Is.EqualTo(2).Within(0.05));
        Assert.That(coarse.Truth.TotalCount, Is.EqualTo(WithCars.Value.Truth.TotalCount), "the cars do not depend on the resolution");
    }

    [Test]
    public void Render_WinterSnow_BrightensTheGround()
    {
        var summer = SceneRenderer.Render(TestYards.Small, TestYards.Quick() with { CarCount = 0 });
        var winter = SceneRenderer.Render(TestYards.Small, TestYards.Quick() with { CarCount = 0, Season = Season.Winter });
        var autumn = SceneRenderer.Render(TestYards.Small, TestYards.Quick() with { CarCount = 0, Season = Season.Autumn });

        Assert.That(winter.Image.Bands[1].Average(), Is.GreaterThan(summer.Image.Bands[1].Average() + 60));
        Assert.That(autumn.Image.Bands[0].Average(), Is.Not.EqualTo(summer.Image.Bands[0].Average()).Within(2));
    }

    [Test]
    public void Render_RustyTrackBeds_DarkenTheTracksAndNothingElse()
    {
        var plain = WithoutCars.Value.Image.Bands[1];
        var rusty = SceneRenderer.Render(TestYards.Small, TestYards.Quick() with { CarCount = 0, RustyTrackBeds = true }).Image.Bands[1];

        var changed = Enumerable.Range(0, plain.Length).Where(i => Math.Abs(rusty[i] - plain[i]) > 0.5f).ToList();
        Assert.That(changed, Has.Count.GreaterThan(plain.Length / 100), "the beds are drawn darker");
        Assert.That(changed, Has.Count.LessThan(plain.Length / 2), "the ground away from the tracks is as it was");
        Assert.That(changed.Average(i => rusty[i]), Is.LessThan(0.8 * changed.Average(i => plain[i])));
    }

    [Test]
    public void Render_Haze_LowersContrast()
    {
        var hazy = SceneRenderer.Render(TestYards.Small, TestYards.Quick() with { Haze = 0.5 });

        Assert.That(TestYards.StdDev(hazy.Image.Bands[1]), Is.LessThan(0.7 * TestYards.StdDev(WithCars.Value.Image.Bands[1])));
    }

    [TestCase(SensorKind.Rgb8, 3, 255.0)]
    [TestCase(SensorKind.Pan16, 1, 2047.0)]
    [TestCase(SensorKind.Bgrn16, 4, 10000.0)]
    public void Render_SensorKind_SetsBandsRolesAndRange(SensorKind kind, int bands, double white)
    {
        var scene = SceneRenderer.Render(TestYards.Small, TestYards.Quick() with { Sensor = kind, GsdMetres = 2 });

        Assert.That(scene.Image.Bands, Has.Count.EqualTo(bands));
        Assert.That(scene.Image.WhiteLevel, Is.EqualTo(white));
        Assert.That(scene.Image.Bands.SelectMany(b => b).Max(), Is.LessThanOrEqualTo(kind == SensorKind.Bgrn16 ? 65535 : white));
        Assert.That(scene.Image.Bands.SelectMany(b => b).All(v => v == Math.Round(v)), Is.True, "digital numbers are integers");
        if (kind == SensorKind.Bgrn16)
        {
            Assert.That(scene.Image.Roles, Is.EqualTo(new[] { Core.Imaging.BandRole.Blue, Core.Imaging.BandRole.Green, Core.Imaging.BandRole.Red, Core.Imaging.BandRole.NearInfrared }));
            Assert.That(scene.Image.Bands.SelectMany(b => b).Max(), Is.GreaterThan(255), "16-bit range is used");
        }
    }

    [TestCase(OutputCrs.Utm, 32652)]
    [TestCase(OutputCrs.Wgs84, 4326)]
    [TestCase(OutputCrs.WebMercator, 3857)]
    public void Render_Crs_WritesThatCrsAndKeepsCarsWhereTheTruthSays(OutputCrs crs, int epsg)
    {
        var scene = SceneRenderer.Render(TestYards.Small, TestYards.Quick() with { Crs = crs, GsdMetres = 1 });
        var empty = SceneRenderer.Render(TestYards.Small, TestYards.Quick() with { Crs = crs, GsdMetres = 1, CarCount = 0 });
        var georeference = (GridGeoreference)scene.Image.Georeference;

        Assert.That(georeference.Epsg, Is.EqualTo(epsg));
        Assert.That(scene.Truth.Crs, Is.EqualTo($"EPSG:{epsg}"));
        Assert.That(georeference.GsdMetres, Is.EqualTo(1).Within(0.05));
        var diff = scene.Truth.AllCars.Average(c => TestYards.MeanAbsDiff(scene, empty, TestYards.AlongCar(scene, c)));
        Assert.That(diff, Is.GreaterThan(15));
    }

    [Test]
    public void Render_GeolocationError_ShiftsTheFileGeoreferenceByTheStatedVector()
    {
        var shifted = SceneRenderer.Render(TestYards.Small, TestYards.Quick() with { GeolocationErrorMetres = 8 });
        var truth = shifted.Truth.GeolocationError;
        var car = shifted.Truth.AllCars.First();
        var point = new Core.Geometry.GeoPoint(car.Center[0], car.Center[1]);

        Assert.That(truth.MagnitudeM, Is.EqualTo(8).Within(0.01));
        var (c0, r0) = WithCars.Value.Image.Georeference.ToPixel(point);
        var (c1, r1) = shifted.Image.Georeference.ToPixel(point);

        // The file claims the ground is `error` further east/north than it is, so a true point maps to pixels shifted the other way.
        Assert.That((c0 - c1) * 0.5, Is.EqualTo(truth.EastM).Within(0.05));
        Assert.That((r1 - r0) * 0.5, Is.EqualTo(truth.NorthM).Within(0.05));
        Assert.That(shifted.Image.Bands[0], Is.EqualTo(WithCars.Value.Image.Bands[0]).AsCollection, "the pixels are the same, only the georeference is off");
    }

    [Test]
    public void Render_NodataEdge_InvalidatesPixelsAndLowersObservedFraction()
    {
        var scene = SceneRenderer.Render(TestYards.Small, TestYards.Quick() with { NodataEdgeFraction = 0.4 });
        var valid = scene.Image.Valid;

        Assert.That(valid, Is.Not.Null);
        Assert.That(valid!.Count(v => !v) / (double)valid.Length, Is.EqualTo(0.4).Within(0.03));
        Assert.That(Enumerable.Range(0, valid.Length).Where(i => !valid[i]).All(i => scene.Image.Bands[0][i] == 0), Is.True);
        Assert.That(scene.Truth.NodataFraction, Is.EqualTo(0.4).Within(0.03));
        Assert.That(scene.Truth.Tracks.Min(t => t.ObservedFraction), Is.LessThan(1));
        Assert.That(WithCars.Value.Image.Valid, Is.Null, "a scene without a strip edge has no nodata");
    }

    [Test]
    public void Render_JpegQuality_AddsBlockArtefacts()
    {
        var jpeg = SceneRenderer.Render(TestYards.Small, TestYards.Quick() with { JpegQuality = 20 });
        var a = WithCars.Value.Image.Bands[1];
        var b = jpeg.Image.Bands[1];

        var meanDiff = a.Zip(b).Average(p => Math.Abs(p.First - p.Second));
        Assert.That(meanDiff, Is.GreaterThan(1));
        Assert.That(Math.Abs(a.Average() - b.Average()), Is.LessThan(3), "compression keeps the mean");
    }

    [Test]
    public void Render_NoiseSigma_AddsNoiseOfThatSize()
    {
        var quiet = SceneRenderer.Render(TestYards.Small, TestYards.Quick() with { NoiseSigma = 0 });
        var noisy = SceneRenderer.Render(TestYards.Small, TestYards.Quick() with { NoiseSigma = 0.05 });
        var diff = quiet.Image.Bands[1].Zip(noisy.Image.Bands[1]).Select(p => p.Second - p.First).ToArray();

        Assert.That(TestYards.StdDev(diff), Is.EqualTo(0.05 * 255).Within(2.5));
    }

    [Test]
    public void Render_GainAndOffset_ScaleTheDigitalNumbers()
    {
        var bright = SceneRenderer.Render(TestYards.Small, TestYards.Quick() with { Gain = 1.3, Offset = 0.02 });

        Assert.That(bright.Image.Bands[1].Average(), Is.GreaterThan(WithCars.Value.Image.Bands[1].Average() * 1.2));
    }

    [Test]
    public void Render_SunElevation_LengthensShadows()
    {
        var high = SceneRenderer.Render(TestYards.Small, TestYards.Quick() with { SunElevationDegrees = 70 });
        var low = SceneRenderer.Render(TestYards.Small, TestYards.Quick() with { SunElevationDegrees = 15 });

        // Long shadows and weaker light darken the scene.
        Assert.That(low.Image.Bands[1].Average(), Is.LessThan(high.Image.Bands[1].Average() - 10));
    }

    [Test]
    public void Render_OffNadir_MovesCarRoofsAwayFromTheSatelliteAndKeepsTheTruthOnTheFootprints()
    {
        // Sun overhead, so that no shadow falls beside the cars; the satellite 25° off nadir to the north.
        var overhead = TestYards.Quick() with { SunElevationDegrees = 90 };
        var leaning = overhead with { OffNadirDegrees = 25, ViewAzimuthDegrees = 0 };
        var nadir = SceneRenderer.Render(TestYards.Small, overhead);
        var scene = SceneRenderer.Render(TestYards.Small, leaning);
        var empty = SceneRenderer.Render(TestYards.Small, leaning with { CarCount = 0 });

        // Cars 3–4.5 m tall lean 1.4–2.1 m: the roofs cover the ground south of the footprints, not north of them.
        double Beside(CarTruth car, double north) => TestYards.MeanAbsDiff(scene, empty, TestYards.AlongCar(scene, car, north));
        var south = scene.Truth.AllCars.Average(c => Beside(c, -1.9));
        var north = scene.Truth.AllCars.Average(c => Beside(c, 1.9));
        Assert.That(south, Is.GreaterThan(3 * north));
        Assert.That(scene.Truth.AllCars.Select(c => c.Center), Is.EqualTo(nadir.Truth.AllCars.Select(c => c.Center)).AsCollection);
    }

    [Test]
    public void Render_OvergrownYard_DarkensTheYardWithWeedsAndLeavesTheFieldsAround()
    {
        var plain = TestYards.Quick() with { Season = Season.Summer, CarCount = 0, MarginMetres = 60 };
        var before = SceneRenderer.Render(TestYards.Small, plain).Image;
        var after = SceneRenderer.Render(TestYards.Small, plain with { OvergrownYard = true }).Image;

        // The top rows lie 60 m from the outermost track, in the fields beyond the yard's bed.
        var fields = before.Width * 6;
        Assert.Multiple(() =>
        {
            Assert.That(after.Bands[1].Take(fields), Is.EqualTo(before.Bands[1].Take(fields)).AsCollection);
            Assert.That(after.Bands[0].Average(), Is.LessThan(before.Bands[0].Average() - 2), "dark weeds in place of light gravel");
        });
    }

    [Test]
    public void Render_OvergrownYardInWinter_IsUnderSnowAsBefore()
    {
        var winter = TestYards.Quick() with { Season = Season.Winter, CarCount = 0 };

        var overgrown = SceneRenderer.Render(TestYards.Small, winter with { OvergrownYard = true });

        Assert.That(overgrown.Image.Bands[0], Is.EqualTo(SceneRenderer.Render(TestYards.Small, winter).Image.Bands[0]).AsCollection);
    }

    [Test]
    public void Render_ClutterAndCatenary_AddObjectsAwayFromTracks()
    {
        var plain = SceneRenderer.Render(TestYards.Small, TestYards.Quick() with { MarginMetres = 80, CarCount = 0 });
        var busy = SceneRenderer.Render(TestYards.Small, TestYards.Quick() with { MarginMetres = 80, CarCount = 0, Clutter = true, Catenary = true });

        Assert.That(busy.Image.Bands[0], Is.Not.EqualTo(plain.Image.Bands[0]).AsCollection);
        Assert.That(busy.Truth.TotalCount, Is.Zero, "clutter is never counted as cars");
    }

    [Test]
    public void Render_CarCount_PlacesExactlyThatManyCars()
    {
        var scene = SceneRenderer.Render(TestYards.Small, TestYards.Quick() with { CarCount = 17 });

        Assert.That(scene.Truth.TotalCount, Is.EqualTo(17));
    }

    [Test]
    public void Render_Occupancy_ScalesTheNumberOfCars()
    {
        var sparse = SceneRenderer.Render(TestYards.Small, TestYards.Quick() with { Occupancy = 0.15, GsdMetres = 2 });
        var full = SceneRenderer.Render(TestYards.Small, TestYards.Quick() with { Occupancy = 0.9, GsdMetres = 2 });

        Assert.That(full.Truth.TotalCount, Is.GreaterThan(3 * sparse.Truth.TotalCount));
    }

    [TestCase(nameof(SceneOptions.GsdMetres))]
    [TestCase(nameof(SceneOptions.CloudCover))]
    [TestCase(nameof(SceneOptions.SunElevationDegrees))]
    [TestCase(nameof(SceneOptions.OffNadirDegrees))]
    public void Render_OptionOutOfRange_ThrowsUsageNamingTheOption(string name)
    {
        var options = name switch
        {
            nameof(SceneOptions.GsdMetres) => TestYards.Quick() with { GsdMetres = 0.01 },
            nameof(SceneOptions.CloudCover) => TestYards.Quick() with { CloudCover = 1.5 },
            nameof(SceneOptions.OffNadirDegrees) => TestYards.Quick() with { OffNadirDegrees = 60 },
            _ => TestYards.Quick() with { SunElevationDegrees = -3 },
        };

        Assert.That(() => SceneRenderer.Render(TestYards.Small, options), Throws.InstanceOf<UsageException>().With.Message.Contains(name));
    }
}
