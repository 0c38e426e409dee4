using RailWatch.Core.Errors;

namespace RailWatch.Synth.Tests.Truth;

public class SceneTruthTests
{
    private static readonly Lazy<RenderedScene> Scene = new(() => SceneRenderer.Render(TestYards.Small, TestYards.Quick(31) with { Occupancy = 0.9 }));

    [Test]
    public void ToJson_IsSnakeCaseAndRoundTrips()
    {
        var json = Scene.Value.Truth.ToJson();
        var back = SceneTruth.FromJson(json);

        Assert.That(json, Does.Contain("\"observed_fraction\"").And.Contain("\"visible_count\"").And.Contain("\"length_m\"").And.Contain("\"geolocation_error\""));
        Assert.That(back.TotalCount, Is.EqualTo(Scene.Value.Truth.TotalCount));
        Assert.That(back.ToJson(), Is.EqualTo(json));
        Assert.That(() => back.CloudMask(), Throws.InvalidOperationException, "a truth read from JSON holds no mask");
    }

    [Test]
    public void FromJson_Garbage_ThrowsBadDataNamingTheSource() =>
        Assert.That(() => SceneTruth.FromJson("{ nope", "x.truth.json"), Throws.InstanceOf<BadDataException>().With.Message.StartsWith("x.truth.json"));

    [Test]
    public void Cars_HaveSizesOfTheirType()
    {
        var cars = Scene.Value.Truth.AllCars.ToList();
        var ranges = new Dictionary<CarType, (double, double)>
        {
            [CarType.Boxcar] = (15, 17), [CarType.TankCar] = (12, 18), [CarType.Gondola] = (12, 15),
            [CarType.Hopper] = (12, 15), [CarType.Flatcar] = (13, 19), [CarType.Locomotive] = (18, 22),
        };

        Assert.That(cars.Select(c => c.Type).Distinct().Count(), Is.GreaterThanOrEqualTo(4), "a full yard mixes types");
        foreach (var car in cars)
        {
            Assert.That(car.LengthM, Is.InRange(ranges[car.Type].Item1, ranges[car.Type].Item2), car.Type.ToString());
            Assert.That(car.WidthM, Is.InRange(2.7, 3.35));
        }
    }

    [Test]
    public void Cars_OnOneTrack_AreCoupledWithGapsOf08To16MetresOrSeparatedIntoCuts()
    {
        var gaps = new List<double>();
        foreach (var track in Scene.Value.Truth.Tracks)
        {
            var frame = new Core.Geometry.LocalMetricFrame(new Core.Geometry.GeoPoint(track.Cars.Count > 0 ? track.Cars[0].Center[0] : 0, track.Cars.Count > 0 ? track.Cars[0].Center[1] : 0));
            var ordered = track.Cars.Select(c => (Car: c, P: frame.ToMetres(new Core.Geometry.GeoPoint(c.Center[0], c.Center[1]))))
                .OrderBy(c => c.P.East + c.P.North * 1e-3).ToList();
            for (var i = 1; i < ordered.Count; i++)
            {
                var d = Math.Sqrt(Math.Pow(ordered[i].P.East - ordered[i - 1].P.East, 2) + Math.Pow(ordered[i].P.North - ordered[i - 1].P.North, 2));
                gaps.Add(d - ((ordered[i].Car.LengthM + ordered[i - 1].Car.LengthM) / 2));
            }
        }

        Assert.That(gaps, Is.Not.Empty);
        Assert.That(gaps.Where(g => g < 3), Is.All.InRange(0.79, 1.61), "coupler gaps");
        Assert.That(gaps.Count(g => g < 3), Is.GreaterThan(gaps.Count / 2), "most neighbours are coupled");
    }

    [Test]
    public void Counts_AddUpOverTracks()
    {
        var t = Scene.Value.Truth;

        Assert.That(t.TotalCount, Is.EqualTo(t.Tracks.Sum(x => x.Cars.Count)));
        Assert.That(t.VisibleCount, Is.EqualTo(t.TotalCount), "no clouds and no nodata: every car is visible");
        Assert.That(t.Tracks.Select(x => x.ObservedFraction), Is.All.EqualTo(1.0));
    }
}
