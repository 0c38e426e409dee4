using RailWatch.Core.Geometry;

namespace RailWatch.Core.Tests.Geometry;

public sealed class PlanarGeometryTests
{
    private static readonly (double X, double Y)[] Square = [(0, 0), (10, 0), (10, 10), (0, 10)];

    [TestCase(5, 5, true)]
    [TestCase(10, 5, true)]
    [TestCase(11, 5, false)]
    [TestCase(-0.001, 5, false)]
    public void Contains_PointAgainstSquare(double x, double y, bool expected) =>
        Assert.That(PlanarGeometry.Contains(Square, (x, y)), Is.EqualTo(expected));

    [Test]
    public void FindSelfIntersection_SimpleRing_ReturnsNull() =>
        Assert.That(PlanarGeometry.FindSelfIntersection(Square), Is.Null);

    [Test]
    public void FindSelfIntersection_BowTie_FindsCrossingEdges()
    {
        (double X, double Y)[] bowTie = [(0, 0), (10, 10), (10, 0), (0, 10)];

        Assert.That(PlanarGeometry.FindSelfIntersection(bowTie), Is.EqualTo((0, 2)));
    }

    [Test]
    public void SegmentsIntersect_TouchingEndpoints_Counts() =>
        Assert.That(PlanarGeometry.SegmentsIntersect((0, 0), (5, 5), (5, 5), (9, 0)), Is.True);

    [Test]
    public void SegmentsIntersect_ParallelApart_DoesNotCount() =>
        Assert.That(PlanarGeometry.SegmentsIntersect((0, 0), (5, 0), (0, 1), (5, 1)), Is.False);
}
