namespace RailWatch.Synth;

/// <summary>The straight edge of an acquisition strip: pixels beyond it hold no data.</summary>
internal sealed class NodataEdge
{
    private readonly double nx;
    private readonly double ny;
    private readonly double limit;
    private readonly double cx;
    private readonly double cy;

    private NodataEdge(double nx, double ny, double limit, double cx, double cy)
    {
        this.nx = nx;
        this.ny = ny;
        this.limit = limit;
        this.cx = cx;
        this.cy = cy;
    }

    public static NodataEdge Create(double fraction, int width, int height, Random rng)
    {
        // A strip edge runs roughly along one side of the image, tilted by up to 15°.
        var side = rng.Next(4);
        var angle = (side * Math.PI / 2) + ((rng.NextDouble() - 0.5) * Math.PI / 6);
        var nx = Math.Cos(angle);
        var ny = Math.Sin(angle);
        var cx = width / 2.0;
        var cy = height / 2.0;
        if (fraction <= 0)
        {
            return new NodataEdge(nx, ny, double.PositiveInfinity, cx, cy);
        }

        var step = Math.Max(1, (int)Math.Sqrt((double)width * height / 100000));
        var values = new List<double>();
        for (var r = 0; r < height; r += step)
        {
            for (var c = 0; c < width; c += step)
            {
                values.Add(((c + 0.5 - cx) * nx) + ((r + 0.5 - cy) * ny));
            }
        }

        values.Sort();
        var limit = values[Math.Clamp((int)Math.Round((1 - fraction) * values.Count), 0, values.Count - 1)];
        return new NodataEdge(nx, ny, limit, cx, cy);
    }

    /// <summary>True when the pixel centre (column + 0.5, row + 0.5) lies beyond the edge.</summary>
    public bool IsNodata(double column, double row) => ((column - cx) * nx) + ((row - cy) * ny) > limit;
}
