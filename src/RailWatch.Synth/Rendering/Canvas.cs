namespace RailWatch.Synth;

/// <summary>The supersampled working raster of one tile: colour, surface height, owner and shadow per subsample.</summary>
internal sealed class Canvas
{
    private readonly int scale;
    private readonly Affine toLocal;
    private readonly Affine toPixel;

    public Canvas(int width, int height, double originColumn, double originRow, int scale, Affine pixelToLocal)
    {
        Width = width;
        Height = height;
        OriginColumn = originColumn;
        OriginRow = originRow;
        this.scale = scale;
        toLocal = pixelToLocal;
        toPixel = pixelToLocal.Inverse();
        var n = width * height;
        R = new float[n];
        G = new float[n];
        B = new float[n];
        N = new float[n];
        Z = new float[n];
        TrackDistance = new float[n];
        Array.Fill(TrackDistance, float.MaxValue);
        Owner = new int[n];
        Array.Fill(Owner, -1);
        Shadow = new bool[n];
    }

    public int Width { get; }

    public int Height { get; }

    /// <summary>Output-pixel column of the canvas's left edge.</summary>
    public double OriginColumn { get; }

    public double OriginRow { get; }

    public float[] R { get; }

    public float[] G { get; }

    public float[] B { get; }

    public float[] N { get; }

    public float[] Z { get; }

    public float[] TrackDistance { get; }

    public int[] Owner { get; }

    public bool[] Shadow { get; }

    public int Index(int i, int j) => (j * Width) + i;

    /// <summary>Local metres of the centre of subsample (i, j).</summary>
    public (double X, double Y) Local(int i, int j) =>
        toLocal.Apply(OriginColumn + ((i + 0.5) / scale), OriginRow + ((j + 0.5) / scale));

    public void Set(int i, int j, Rgbn c, float z)
    {
        var k = Index(i, j);
        R[k] = c.R;
        G[k] = c.G;
        B[k] = c.B;
        N[k] = c.N;
        Z[k] = z;
    }

    public Rgbn Get(int k) => new(R[k], G[k], B[k], N[k]);

    public (double MinX, double MinY, double MaxX, double MaxY) LocalBounds()
    {
        var corners = new[]
        {
            toLocal.Apply(OriginColumn, OriginRow),
            toLocal.Apply(OriginColumn + ((double)Width / scale), OriginRow),
            toLocal.Apply(OriginColumn, OriginRow + ((double)Height / scale)),
            toLocal.Apply(OriginColumn + ((double)Width / scale), OriginRow + ((double)Height / scale)),
        };
        return (corners.Min(c => c.X), corners.Min(c => c.Y), corners.Max(c => c.X), corners.Max(c => c.Y));
    }

    /// <summary>The subsamples whose centres may fall inside a local bounding box; false when none do.</summary>
    public bool Range((double MinX, double MinY, double MaxX, double MaxY) b, out int i0, out int i1, out int j0, out int j1)
    {
        double minI = double.PositiveInfinity, minJ = double.PositiveInfinity, maxI = double.NegativeInfinity, maxJ = double.NegativeInfinity;
        foreach (var (x, y) in new[] { (b.MinX, b.MinY), (b.MaxX, b.MinY), (b.MinX, b.MaxY), (b.MaxX, b.MaxY) })
        {
            var (c, r) = toPixel.Apply(x, y);
            var ci = (c - OriginColumn) * scale;
            var rj = (r - OriginRow) * scale;
            minI = Math.Min(minI, ci);
            maxI = Math.Max(maxI, ci);
            minJ = Math.Min(minJ, rj);
            maxJ = Math.Max(maxJ, rj);
        }

        i0 = Math.Max(0, (int)Math.Floor(minI - 1));
        j0 = Math.Max(0, (int)Math.Floor(minJ - 1));
        i1 = Math.Min(Width - 1, (int)Math.Ceiling(maxI + 1));
        j1 = Math.Min(Height - 1, (int)Math.Ceiling(maxJ + 1));
        return i0 <= i1 && j0 <= j1;
    }

    /// <summary>Shadowed subsamples keep only the sky's light; every subsample is scaled by the sun's irradiance.</summary>
    public void ApplyLight(Rgbn skyAmbient, float irradiance)
    {
        for (var k = 0; k < R.Length; k++)
        {
            if (Shadow[k])
            {
                R[k] *= skyAmbient.R * irradiance;
                G[k] *= skyAmbient.G * irradiance;
                B[k] *= skyAmbient.B * irradiance;
                N[k] *= skyAmbient.N * irradiance;
            }
            else
            {
                R[k] *= irradiance;
                G[k] *= irradiance;
                B[k] *= irradiance;
                N[k] *= irradiance;
            }
        }
    }

    /// <summary>Averages each <paramref name="factor"/> × <paramref name="factor"/> block of subsamples into one pixel (pixel integration).</summary>
    public Canvas Integrate(int factor)
    {
        var w = Width / factor;
        var h = Height / factor;
        var result = new Canvas(w, h, OriginColumn, OriginRow, 1, toLocal);
        var area = 1f / (factor * factor);
        for (var y = 0; y < h; y++)
        {
            for (var x = 0; x < w; x++)
            {
                float r = 0, g = 0, b = 0, n = 0;
                for (var dy = 0; dy < factor; dy++)
                {
                    var row = (((y * factor) + dy) * Width) + (x * factor);
                    for (var dx = 0; dx < factor; dx++)
                    {
                        r += R[row + dx];
                        g += G[row + dx];
                        b += B[row + dx];
                        n += N[row + dx];
                    }
                }

                var k = (y * w) + x;
                result.R[k] = r * area;
                result.G[k] = g * area;
                result.B[k] = b * area;
                result.N[k] = n * area;
            }
        }

        return result;
    }

    /// <summary>Separable Gaussian blur of every colour plane (the optics' point-spread function).</summary>
    public void Blur(float sigma, bool nearInfrared = true)
    {
        if (sigma < 0.3f)
        {
            return;
        }

        var radius = (int)Math.Ceiling(3 * sigma);
        var kernel = new float[(2 * radius) + 1];
        float sum = 0;
        for (var k = -radius; k <= radius; k++)
        {
            kernel[k + radius] = MathF.Exp(-(k * k) / (2 * sigma * sigma));
            sum += kernel[k + radius];
        }

        for (var k = 0; k < kernel.Length; k++)
        {
            kernel[k] /= sum;
        }

        var tmp = new float[R.Length];
        foreach (var plane in nearInfrared ? new[] { R, G, B, N } : [R, G, B])
        {
            for (var j = 0; j < Height; j++)
            {
                var row = j * Width;
                for (var i = 0; i < Width; i++)
                {
                    float acc = 0;
                    if (i >= radius && i < Width - radius)
                    {
                        for (var k = -radius; k <= radius; k++)
                        {
                            acc += kernel[k + radius] * plane[row + i + k];
                        }
                    }
                    else
                    {
                        for (var k = -radius; k <= radius; k++)
                        {
                            acc += kernel[k + radius] * plane[row + Math.Clamp(i + k, 0, Width - 1)];
                        }
                    }

                    tmp[row + i] = acc;
                }
            }

            // Vertical pass row by row so that memory is read in order.
            Array.Clear(plane);
            for (var j = 0; j < Height; j++)
            {
                var row = j * Width;
                for (var k = -radius; k <= radius; k++)
                {
                    var w = kernel[k + radius];
                    var src = Math.Clamp(j + k, 0, Height - 1) * Width;
                    for (var i = 0; i < Width; i++)
                    {
                        plane[row + i] += w * tmp[src + i];
                    }
                }
            }
        }
    }
}
