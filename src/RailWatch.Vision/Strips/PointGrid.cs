namespace RailWatch.Vision.Strips;

/// <summary>
/// Points of the yard's local metric frame in square cells, for finding the points of other tracks near a point:
/// every point within one cell size of a query lies in the 3 × 3 cells around it.
/// </summary>
internal sealed class PointGrid<T>(double cellMetres)
{
    private readonly Dictionary<(int, int), List<(double E, double N, T Item)>> cells = [];

    public void Add(double e, double n, T item)
    {
        var key = Key(e, n);
        if (!cells.TryGetValue(key, out var list))
        {
            cells[key] = list = [];
        }

        list.Add((e, n, item));
    }

    /// <summary>Every point in the 3 × 3 cells around (<paramref name="e"/>, <paramref name="n"/>): a superset of those within one cell size.</summary>
    public IEnumerable<(double E, double N, T Item)> Around(double e, double n)
    {
        var (cx, cy) = Key(e, n);
        for (var dx = -1; dx <= 1; dx++)
        {
            for (var dy = -1; dy <= 1; dy++)
            {
                if (cells.TryGetValue((cx + dx, cy + dy), out var list))
                {
                    foreach (var point in list)
                    {
                        yield return point;
                    }
                }
            }
        }
    }

    private (int, int) Key(double e, double n) => ((int)Math.Floor(e / cellMetres), (int)Math.Floor(n / cellMetres));
}
