using RailWatch.Vision.Preprocessing;

namespace RailWatch.Vision.Registration;

/// <summary>Summed-area table of the pixels that cannot be seen: whether a box is all visible, in constant time.</summary>
internal sealed class VisibilityTable
{
    private readonly int[] hidden;
    private readonly int stride;

    public VisibilityTable(ScenePlanes planes)
    {
        Width = planes.Width;
        Height = planes.Height;
        stride = Width + 1;
        hidden = new int[stride * (Height + 1)];
        var visible = planes.Visible;
        for (var y = 0; y < Height; y++)
        {
            var rowSum = 0;
            for (var x = 0; x < Width; x++)
            {
                rowSum += visible[(y * Width) + x] ? 0 : 1;
                hidden[((y + 1) * stride) + x + 1] = hidden[(y * stride) + x + 1] + rowSum;
            }
        }
    }

    public int Width { get; }

    public int Height { get; }

    /// <summary>True when every pixel of columns x0..x1 and rows y0..y1 (inclusive, inside the image) is visible.</summary>
    public bool AllVisible(int x0, int y0, int x1, int y1) =>
        hidden[((y1 + 1) * stride) + x1 + 1] - hidden[(y0 * stride) + x1 + 1] - hidden[((y1 + 1) * stride) + x0] + hidden[(y0 * stride) + x0] == 0;
}
