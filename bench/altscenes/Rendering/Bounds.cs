namespace RailWatch.AltScenes.Bench.Rendering;

/// <summary>An east/north box in local metres.</summary>
internal readonly record struct Bounds(double MinE, double MinN, double MaxE, double MaxN)
{
    public static Bounds Around(double e, double n, double radius) => new(e - radius, n - radius, e + radius, n + radius);

    public bool Intersects(Bounds other) => MinE <= other.MaxE && other.MinE <= MaxE && MinN <= other.MaxN && other.MinN <= MaxN;

    public Bounds Union(Bounds other) => new(Math.Min(MinE, other.MinE), Math.Min(MinN, other.MinN), Math.Max(MaxE, other.MaxE), Math.Max(MaxN, other.MaxN));

    public Bounds Shift(double de, double dn) => new(MinE + de, MinN + dn, MaxE + de, MaxN + dn);
}
