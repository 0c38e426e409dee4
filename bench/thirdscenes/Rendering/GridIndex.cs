namespace RailWatch.ThirdScenes.Bench.Rendering;

/// <summary>A uniform grid of square cells listing, for each cell, the items whose outline's bounding box touches it.</summary>
internal sealed class GridIndex
{
    private readonly double cellSize;
    private readonly int[][] cells;
    private readonly double minX;
    private readonly double minY;
    private readonly int columns;
    private readonly int rows;

    public static GridIndex Of<T>(IReadOnlyList<T> items, (double MinX, double MinY, double MaxX, double MaxY) area, double cellSize, Func<T, IEnumerable<(double X, double Y)>> outline) =>
        new([.. items.Select(i => outline(i).ToList())], area, cellSize);

    private GridIndex(IReadOnlyList<List<(double X, double Y)>> outlines, (double MinX, double MinY, double MaxX, double MaxY) area, double cellSize)
    {
        this.cellSize = cellSize;
        minX = area.MinX;
        minY = area.MinY;
        columns = Math.Max(1, (int)Math.Ceiling((area.MaxX - area.MinX) / cellSize));
        rows = Math.Max(1, (int)Math.Ceiling((area.MaxY - area.MinY) / cellSize));
        var lists = new List<int>?[columns * rows];
        for (var i = 0; i < outlines.Count; i++)
        {
            var points = outlines[i];
            var c0 = Math.Max(0, (int)Math.Floor((points.Min(p => p.X) - minX) / cellSize));
            var c1 = Math.Min(columns - 1, (int)Math.Floor((points.Max(p => p.X) - minX) / cellSize));
            var r0 = Math.Max(0, (int)Math.Floor((points.Min(p => p.Y) - minY) / cellSize));
            var r1 = Math.Min(rows - 1, (int)Math.Floor((points.Max(p => p.Y) - minY) / cellSize));
            for (var r = r0; r <= r1; r++)
            {
                for (var c = c0; c <= c1; c++)
                {
                    (lists[(r * columns) + c] ??= []).Add(i);
                }
            }
        }

        cells = lists.Select(l => l?.ToArray() ?? []).ToArray();
    }

    public int[] At(double x, double y)
    {
        var c = (int)Math.Floor((x - minX) / cellSize);
        var r = (int)Math.Floor((y - minY) / cellSize);
        return c < 0 || r < 0 || c >= columns || r >= rows ? [] : cells[(r * columns) + c];
    }
}
