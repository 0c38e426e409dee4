using RailWatch.AltScenes.Bench.Scenes;

namespace RailWatch.AltScenes.Bench.Rendering;

/// <summary>
/// One tile of the supersampled ground: per fine pixel the reflectance, the height of the visible surface, how much
/// direct sun it takes relative to flat ground (<see cref="Shade"/>), whether the sun reaches it (<see cref="Lit"/>)
/// and which object owns it (so that an object does not shadow itself).
/// </summary>
internal sealed class TileCanvas
{
    public TileCanvas(int capacity)
    {
        R = new float[capacity];
        G = new float[capacity];
        B = new float[capacity];
        N = new float[capacity];
        Z = new float[capacity];
        Shade = new float[capacity];
        Lit = new bool[capacity];
        Owner = new int[capacity];
    }

    public int Width { get; private set; }

    public int Height { get; private set; }

    /// <summary>Local metres of the top-left corner of fine pixel (0, 0).</summary>
    public double West { get; private set; }

    public double North { get; private set; }

    public double Step { get; private set; }

    public float[] R { get; }

    public float[] G { get; }

    public float[] B { get; }

    public float[] N { get; }

    public float[] Z { get; }

    public float[] Shade { get; }

    public bool[] Lit { get; }

    public int[] Owner { get; }

    public Bounds Area => new(West, North - (Height * Step), West + (Width * Step), North);

    public void Reset(int width, int height, double west, double north, double step)
    {
        (Width, Height, West, North, Step) = (width, height, west, north, step);
        Array.Fill(Lit, true, 0, width * height);
        Array.Clear(Owner, 0, width * height);
        Array.Clear(Z, 0, width * height);
        Array.Fill(Shade, 1f, 0, width * height);
    }

    public double E(int i) => West + ((i + 0.5) * Step);

    public double Nth(int j) => North - ((j + 0.5) * Step);

    /// <summary>The fine pixel columns and rows whose centres may fall inside a box (clamped to the tile).</summary>
    public (int I0, int I1, int J0, int J1) Range(Bounds b) => (
        Math.Max(0, (int)Math.Floor((b.MinE - West) / Step)),
        Math.Min(Width, (int)Math.Ceiling((b.MaxE - West) / Step) + 1),
        Math.Max(0, (int)Math.Floor((North - b.MaxN) / Step)),
        Math.Min(Height, (int)Math.Ceiling((North - b.MinN) / Step) + 1));

    public void SetAlbedo(int k, Rgbn a)
    {
        R[k] = a.R;
        G[k] = a.G;
        B[k] = a.B;
        N[k] = a.N;
    }

    /// <summary>Paints a surface where it is higher than what the pixel shows so far.</summary>
    public void Paint(int k, Rgbn a, float z, float shade, int owner)
    {
        if (z < Z[k])
        {
            return;
        }

        SetAlbedo(k, a);
        Z[k] = z;
        Shade[k] = shade;
        Owner[k] = owner;
    }
}
