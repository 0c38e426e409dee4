namespace RailWatch.AltScenes.Bench.Scenes;

/// <summary>
/// The image's pixel grid on the ground (true position): north-up, pixel (0, 0)'s top-left corner at
/// (<see cref="West"/>, <see cref="North"/>) local metres, <see cref="Gsd"/> metres a pixel.
/// </summary>
internal sealed record ImageWindow(double West, double North, double Gsd, int Width, int Height)
{
    public double East => West + (Width * Gsd);

    public double South => North - (Height * Gsd);

    public (double Column, double Row) ToPixel(double e, double n) => ((e - West) / Gsd, (North - n) / Gsd);

    public bool Contains(double e, double n)
    {
        var (c, r) = ToPixel(e, n);
        return c >= 0 && r >= 0 && c < Width && r < Height;
    }
}
