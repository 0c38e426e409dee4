namespace RailWatch.Geo;

/// <summary>
/// GDAL's affine geotransform, in GDAL's order: world X = OriginX + column × PixelWidth + row × RowRotation,
/// world Y = OriginY + column × ColumnRotation + row × PixelHeight. Pixel (0, 0) is the top-left corner of the
/// top-left pixel; PixelHeight is negative for north-up images.
/// </summary>
public readonly record struct GeoTransform(
    double OriginX, double PixelWidth, double RowRotation, double OriginY, double ColumnRotation, double PixelHeight)
{
    /// <summary>A north-up grid whose top-left corner is (<paramref name="left"/>, <paramref name="top"/>).</summary>
    public static GeoTransform NorthUp(double left, double top, double pixelWidth, double pixelHeight) =>
        new(left, pixelWidth, 0, top, 0, -Math.Abs(pixelHeight));

    public bool IsNorthUp => RowRotation == 0 && ColumnRotation == 0;

    public (double X, double Y) ToWorld(double column, double row) =>
        (OriginX + (column * PixelWidth) + (row * RowRotation), OriginY + (column * ColumnRotation) + (row * PixelHeight));

    /// <summary>The inverse of <see cref="ToWorld"/>.</summary>
    public (double Column, double Row) ToPixel(double x, double y)
    {
        var det = (PixelWidth * PixelHeight) - (RowRotation * ColumnRotation);
        if (det == 0)
        {
            throw new InvalidOperationException("the geotransform is degenerate (determinant 0)");
        }

        var dx = x - OriginX;
        var dy = y - OriginY;
        return (((PixelHeight * dx) - (RowRotation * dy)) / det, ((PixelWidth * dy) - (ColumnRotation * dx)) / det);
    }

    /// <summary>The grid of a window starting at pixel (<paramref name="column"/>, <paramref name="row"/>) whose pixels are <paramref name="scaleX"/> × <paramref name="scaleY"/> of these.</summary>
    public GeoTransform Window(double column, double row, double scaleX = 1, double scaleY = 1)
    {
        var (x, y) = ToWorld(column, row);
        return new GeoTransform(x, PixelWidth * scaleX, RowRotation * scaleY, y, ColumnRotation * scaleX, PixelHeight * scaleY);
    }

    internal static GeoTransform FromArray(double[] gt) => new(gt[0], gt[1], gt[2], gt[3], gt[4], gt[5]);

    internal double[] ToArray() => [OriginX, PixelWidth, RowRotation, OriginY, ColumnRotation, PixelHeight];
}
