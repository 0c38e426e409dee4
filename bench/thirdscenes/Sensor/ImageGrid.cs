namespace RailWatch.ThirdScenes.Bench.Sensor;

/// <summary>The delivered north-up grid in true local metres: column c, row r has its top-left corner at (Left + c·Gsd, Top − r·Gsd).</summary>
internal sealed record ImageGrid(double Left, double Top, double Gsd, int Width, int Height)
{
    public double Right => Left + (Width * Gsd);

    public double Bottom => Top - (Height * Gsd);

    public (double MinX, double MinY, double MaxX, double MaxY) Area(double margin) => (Left - margin, Bottom - margin, Right + margin, Top + margin);

    public (double Column, double Row) ToPixel(double x, double y) => ((x - Left) / Gsd, (Top - y) / Gsd);

    public bool Contains(double x, double y) => x >= Left && x < Right && y <= Top && y > Bottom;
}

/// <summary>
/// The sensor's own sampling grid, before the product was resampled onto <see cref="ImageGrid"/>: a pixel size of
/// Gsd × scale, turned by a small angle and shifted by a fraction of a pixel; (u, v) are continuous pixel coordinates.
/// </summary>
internal sealed class NativeGrid
{
    private const int Margin = 5;
    private readonly double centreX;
    private readonly double centreY;
    private readonly double cos;
    private readonly double sin;

    public NativeGrid(ImageGrid product, double scale, double rotationDeg, (double X, double Y) offset, int block)
    {
        Gsd = product.Gsd * scale;
        var angle = rotationDeg * Math.PI / 180;
        cos = Math.Cos(angle);
        sin = Math.Sin(angle);
        var w = product.Width * product.Gsd;
        var h = product.Height * product.Gsd;
        var spanX = (Math.Abs(w * cos) + Math.Abs(h * sin)) / Gsd;
        var spanY = (Math.Abs(w * sin) + Math.Abs(h * cos)) / Gsd;
        // Whole multiples of the multispectral block, so pan-sharpening divides evenly.
        Width = RoundUp((int)Math.Ceiling(spanX) + (2 * Margin), block);
        Height = RoundUp((int)Math.Ceiling(spanY) + (2 * Margin), block);
        centreX = ((product.Left + product.Right) / 2) + (offset.X * Gsd);
        centreY = ((product.Top + product.Bottom) / 2) + (offset.Y * Gsd);
    }

    public double Gsd { get; }

    public int Width { get; }

    public int Height { get; }

    /// <summary>Unit vectors of the grid's u and v axes in local metres (v points down the image).</summary>
    public ((double X, double Y) U, (double X, double Y) V) Axes => ((cos, sin), (sin, -cos));

    public (double X, double Y) ToLocal(double u, double v)
    {
        var a = (u - (Width / 2.0)) * Gsd;
        var b = -(v - (Height / 2.0)) * Gsd;
        return (centreX + (a * cos) - (b * sin), centreY + (a * sin) + (b * cos));
    }

    public (double U, double V) ToGrid(double x, double y)
    {
        var dx = x - centreX;
        var dy = y - centreY;
        var a = (dx * cos) + (dy * sin);
        var b = (-dx * sin) + (dy * cos);
        return ((a / Gsd) + (Width / 2.0), (-b / Gsd) + (Height / 2.0));
    }

    private static int RoundUp(int value, int block) => (value + block - 1) / block * block;
}
