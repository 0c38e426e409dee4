using RailWatch.Core.Geometry;

namespace RailWatch.Geo.Tests.Geometry;

public sealed class FootprintCoverageTests
{
    private static readonly LocalMetricFrame Frame = new(new GeoPoint(130.6, 42.4));

    [Test]
    public void Of_YardHalfInsideFootprint_ReturnsHalf()
    {
        var footprint = Rectangle(0, 0, 1000, 1000);
        var yard = Rectangle(500, 200, 1500, 400);

        var coverage = FootprintCoverage.Of(footprint, yard);

        Assert.That(coverage.AreaSquareMetres, Is.EqualTo(1000 * 200).Within(200));
        Assert.That(coverage.Fraction, Is.EqualTo(0.5).Within(0.002));
    }

    [Test]
    public void Of_YardOutsideFootprint_ReturnsZero()
    {
        var coverage = FootprintCoverage.Of(Rectangle(0, 0, 100, 100), Rectangle(200, 200, 300, 300));

        Assert.That(coverage.Fraction, Is.Zero);
    }

    [Test]
    public void Of_ConcaveYardPartlyInside_ClipsEachArm()
    {
        // An L: a 300 × 100 foot along the bottom and a 100 × 300 arm up the left; the footprint keeps x < 200.
        var yard = new[] { (0.0, 0.0), (300.0, 0.0), (300.0, 100.0), (100.0, 100.0), (100.0, 300.0), (0.0, 300.0) }
            .Select(p => Frame.ToGeo(p.Item1, p.Item2)).ToList();

        var coverage = FootprintCoverage.Of(Rectangle(-50, -50, 200, 400), yard);

        Assert.That(coverage.CoveredSquareMetres / coverage.AreaSquareMetres, Is.EqualTo(40_000 / 50_000.0).Within(0.003));
    }

    [Test]
    public void Of_DensifiedFootprintOfARealGrid_CoversAYardInside()
    {
        var grid = GridGeoreference.Create("EPSG:32652", GeoTransform.NorthUp(640_000, 4_700_000, 1, 1), 1000, 1000);
        var footprint = Enumerable.Range(0, 40).Select(i => i switch
        {
            < 10 => grid.ToGeo(i * 100, 1000),
            < 20 => grid.ToGeo(1000, 1000 - ((i - 10) * 100)),
            < 30 => grid.ToGeo(1000 - ((i - 20) * 100), 0),
            _ => grid.ToGeo(0, (i - 30) * 100),
        }).ToList();
        var yard = new[] { grid.ToGeo(100, 100), grid.ToGeo(900, 100), grid.ToGeo(900, 900), grid.ToGeo(100, 900) };

        Assert.That(FootprintCoverage.Of(footprint, yard).Fraction, Is.EqualTo(1).Within(1e-6));
    }

    private static List<GeoPoint> Rectangle(double x0, double y0, double x1, double y1) =>
        [Frame.ToGeo(x0, y0), Frame.ToGeo(x1, y0), Frame.ToGeo(x1, y1), Frame.ToGeo(x0, y1)];
}
