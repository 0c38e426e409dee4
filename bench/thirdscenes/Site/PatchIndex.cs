namespace RailWatch.ThirdScenes.Bench.Site;

/// <summary>A uniform grid listing the ground patches whose rectangles touch each cell.</summary>
internal sealed class PatchIndex
{
    private const double CellSize = 10;
    private readonly int[][] cells;
    private readonly double minX;
    private readonly double minY;
    private readonly int columns;
    private readonly int rows;

    public PatchIndex(IReadOnlyList<GroundPatch> patches, (double MinX, double MinY, double MaxX, double MaxY) area)
    {
        minX = area.MinX;
        minY = area.MinY;
        columns = Math.Max(1, (int)Math.Ceiling((area.MaxX - area.MinX) / CellSize));
        rows = Math.Max(1, (int)Math.Ceiling((area.MaxY - area.MinY) / CellSize));
        var lists = new List<int>?[columns * rows];
        for (var i = 0; i < patches.Count; i++)
        {
            var corners = patches[i].Corners().ToList();
            var c0 = Math.Max(0, (int)Math.Floor((corners.Min(p => p.X) - minX) / CellSize));
            var c1 = Math.Min(columns - 1, (int)Math.Floor((corners.Max(p => p.X) - minX) / CellSize));
            var r0 = Math.Max(0, (int)Math.Floor((corners.Min(p => p.Y) - minY) / CellSize));
            var r1 = Math.Min(rows - 1, (int)Math.Floor((corners.Max(p => p.Y) - minY) / CellSize));
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
