namespace RailWatch.Synth;

/// <summary>Distance from points of the scene to the nearest track centre line, on a coarse grid, bilinearly sampled.</summary>
internal sealed class DistanceField
{
    private readonly float[] values;
    private readonly int nx;
    private readonly int ny;

    public DistanceField(IReadOnlyList<TrackPath> tracks, double minX, double minY, double maxX, double maxY, double cell, double cap)
    {
        MinX = minX;
        MinY = minY;
        Cell = cell;
        nx = (int)Math.Ceiling((maxX - minX) / cell) + 2;
        ny = (int)Math.Ceiling((maxY - minY) / cell) + 2;
        values = new float[nx * ny];
        Array.Fill(values, (float)cap);

        // Each segment only updates the cells within `cap` of it.
        foreach (var track in tracks)
        {
            for (var i = 1; i < track.Points.Count; i++)
            {
                var a = track.Points[i - 1];
                var b = track.Points[i];
                var x0 = Math.Max(0, (int)Math.Floor((Math.Min(a.X, b.X) - cap - minX) / cell));
                var x1 = Math.Min(nx - 1, (int)Math.Ceiling((Math.Max(a.X, b.X) + cap - minX) / cell));
                var y0 = Math.Max(0, (int)Math.Floor((Math.Min(a.Y, b.Y) - cap - minY) / cell));
                var y1 = Math.Min(ny - 1, (int)Math.Ceiling((Math.Max(a.Y, b.Y) + cap - minY) / cell));
                for (var y = y0; y <= y1; y++)
                {
                    for (var x = x0; x <= x1; x++)
                    {
                        var d = (float)TrackPath.DistanceToSegment((minX + (x * cell), minY + (y * cell)), a, b);
                        var k = (y * nx) + x;
                        if (d < values[k])
                        {
                            values[k] = d;
                        }
                    }
                }
            }
        }
    }

    public double MinX { get; }

    public double MinY { get; }

    public double Cell { get; }

    public float Sample(double x, double y)
    {
        var fx = Math.Clamp((x - MinX) / Cell, 0, nx - 1.001);
        var fy = Math.Clamp((y - MinY) / Cell, 0, ny - 1.001);
        var ix = (int)fx;
        var iy = (int)fy;
        var tx = (float)(fx - ix);
        var ty = (float)(fy - iy);
        var k = (iy * nx) + ix;
        var top = values[k] + ((values[k + 1] - values[k]) * tx);
        var bottom = values[k + nx] + ((values[k + nx + 1] - values[k + nx]) * tx);
        return top + ((bottom - top) * ty);
    }
}
