using RailWatch.Core.Geometry;

namespace RailWatch.Core.Imaging;

/// <summary>
/// Maps between WGS84 longitude/latitude and pixel coordinates of one image. Pixel coordinates are continuous:
/// (0, 0) is the top-left corner of the top-left pixel and (0.5, 0.5) its centre.
/// Implementations are safe to call from several threads.
/// </summary>
public interface IPixelGeoreference
{
    /// <summary>Nominal ground size of one pixel in metres.</summary>
    double GsdMetres { get; }

    (double Column, double Row) ToPixel(GeoPoint point);

    GeoPoint ToGeo(double column, double row);
}
