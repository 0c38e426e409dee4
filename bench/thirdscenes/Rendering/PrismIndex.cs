namespace RailWatch.ThirdScenes.Bench.Rendering;

/// <summary>A uniform grid of cells listing the prisms whose given bounds touch each cell.</summary>
internal sealed class PrismIndex
{
    private const double CellSize = 6;
    private readonly int[][] cells;
    private readonly double minX;
    private readonly double minY;
    private readonly int columns;
    private readonly int rows;

    public PrismIndex(IReadOnlyList<Prism> prisms, (double MinX, double MinY, double MaxX, double MaxY) area, Func<Prism, IEnumerable<(double X, double Y)>> outline)
    {
        minX = area.MinX;
        minY = area.MinY;
        columns = Math.Max(1, (int)Math.Ceiling((area.MaxX - area.MinX) / CellSize));
        rows = Math.Max(1, (int)Math.Ceiling((area.MaxY - area.MinY) / CellSize));
        var lists = new List<int>?[columns * rows];
        for (var i = 0; i < prisms.Count; i++)
        {
            var points = outline(prisms[i]).ToList();
            var c0 = Math.Max(0, (int)Math.Floor((points.Min(p => p.X) - minX) / CellSize));
            var c1 = Math.Min(columns - 1, (int)Math.Floor((points.Max(p => p.X) - minX) / CellSize));
            var r0 = Math.Max(0, (int)Math.Floor((points.Min(p => p.Y) - minY) / CellSize));
            var r1 = Math.Min(rows - 1, (int)Math.Floor((points.Max(p => p.Y) - minY) / CellSize));
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
        var c = (int)Math.Floor((x - minX) / CellSize);
        var r = (int)Math.Floor((y - minY) / CellSize);
        return c < 0 || r < 0 || c >= columns || r >= rows ? [] : cells[(r * columns) + c];
    }
}
