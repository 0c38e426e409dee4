using RailWatch.AltScenes.Bench.Scenes;
using RailWatch.Core.Geometry;
using RailWatch.Core.Imaging;

namespace RailWatch.AltScenes.Bench.Geo;

/// <summary>
/// A north-up grid in a local metric frame that says every pixel lies (<paramref name="errorEast"/>,
/// <paramref name="errorNorth"/>) metres from where it truly is: the image was drawn at the true positions, and this
/// is the (wrong) georeference it is delivered with. With zero error it is the true one.
/// </summary>
internal sealed class ShiftedGeoreference(LocalMetricFrame frame, ImageWindow window, double errorEast, double errorNorth) : IPixelGeoreference
{
    public double GsdMetres => window.Gsd;

    public (double Column, double Row) ToPixel(GeoPoint point)
    {
        var (e, n) = frame.ToMetres(point);
        return window.ToPixel(e - errorEast, n - errorNorth);
    }

    public GeoPoint ToGeo(double column, double row) =>
        frame.ToGeo(window.West + (column * window.Gsd) + errorEast, window.North - (row * window.Gsd) + errorNorth);
}
