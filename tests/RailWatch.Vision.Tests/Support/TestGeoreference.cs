using RailWatch.Core.Geometry;
using RailWatch.Core.Imaging;

namespace RailWatch.Vision.Tests.Support;

/// <summary>A north-up grid in a local metric frame: pixel (0, 0)'s corner at (<paramref name="West"/>, <paramref name="North"/>) metres.</summary>
internal sealed class TestGeoreference(LocalMetricFrame frame, double west, double north, double gsd) : IPixelGeoreference
{
    public double GsdMetres => gsd;

    public (double Column, double Row) ToPixel(GeoPoint point)
    {
        var (e, n) = frame.ToMetres(point);
        return ((e - west) / gsd, (north - n) / gsd);
    }

    public GeoPoint ToGeo(double column, double row) => frame.ToGeo(west + (column * gsd), north - (row * gsd));
}
