using RailWatch.Core.Geometry;
using RailWatch.Core.Imaging;

namespace RailWatch.Synth;

/// <summary>A north-up grid georeference computed with the managed projections (used in memory).</summary>
internal sealed class ProjectedGeoreference(MapProjection projection, double originX, double originY, double pixelWidth, double pixelHeight, double gsd)
    : IPixelGeoreference
{
    public double GsdMetres => gsd;

    public string Crs => projection.Crs;

    public double OriginX => originX;

    public double OriginY => originY;

    public double PixelWidth => pixelWidth;

    public double PixelHeight => pixelHeight;

    public (double Column, double Row) ToPixel(GeoPoint point)
    {
        var (x, y) = projection.Forward(point);
        return ((x - originX) / pixelWidth, (originY - y) / pixelHeight);
    }

    public GeoPoint ToGeo(double column, double row) =>
        projection.Inverse(originX + (column * pixelWidth), originY - (row * pixelHeight));
}
