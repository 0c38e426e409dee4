namespace RailWatch.Synth;

/// <summary>
/// Cumulus-like clouds from warped fractal noise, thresholded so that the requested fraction of the yard is under
/// opaque cloud (opacity ≥ 0.5), and the shadows they cast from their height along the sun's direction.
/// </summary>
internal sealed class CloudField
{
    private readonly int seed;
    private readonly double threshold;
    private readonly double scale;
    private readonly double shadowDx;
    private readonly double shadowDy;
    private readonly double softness;
    private Lattice? cover;
    private Lattice? shade;

    private CloudField(int seed, double threshold, double scale, double shadowDx, double shadowDy, double softness)
    {
        this.seed = seed;
        this.threshold = threshold;
        this.scale = scale;
        this.shadowDx = shadowDx;
        this.shadowDy = shadowDy;
        this.softness = softness;
    }

    public bool Empty => double.IsPositiveInfinity(threshold);

    public static CloudField Create(double cover, IReadOnlyList<(double X, double Y)> yardRing, Sun sun, Random rng, (double MinX, double MinY, double MaxX, double MaxY) bounds)
    {
        var field = CreateUncached(cover, yardRing, sun, rng);
        if (!field.Empty && !double.IsNegativeInfinity(field.threshold))
        {
            // The field is smooth (wavelengths of 100 m and more): a 3 m lattice is exact enough and far cheaper.
            field.cover = new Lattice(field.Raw, bounds.MinX, bounds.MinY, bounds.MaxX, bounds.MaxY, 3);
            field.shade = new Lattice(field.Raw, bounds.MinX + field.shadowDx, bounds.MinY + field.shadowDy, bounds.MaxX + field.shadowDx, bounds.MaxY + field.shadowDy, 3);
        }

        return field;
    }

    private static CloudField CreateUncached(double cover, IReadOnlyList<(double X, double Y)> yardRing, Sun sun, Random rng)
    {
        var seed = rng.Next();
        var scale = 120 + (rng.NextDouble() * 300);
        var height = 600 + (rng.NextDouble() * 1400);
        var softness = 0.03 + (rng.NextDouble() * 0.05);
        var field = new CloudField(seed, double.PositiveInfinity, scale, sun.Sx * height / sun.TanElevation, sun.Sy * height / sun.TanElevation, softness);
        if (cover <= 0)
        {
            return field;
        }

        // The threshold is the (1 - cover) quantile of the raw field over the yard polygon.
        var samples = new List<double>();
        var minX = yardRing.Min(p => p.X);
        var maxX = yardRing.Max(p => p.X);
        var minY = yardRing.Min(p => p.Y);
        var maxY = yardRing.Max(p => p.Y);
        var step = Math.Max(2, Math.Sqrt((maxX - minX) * (maxY - minY) / 40000));
        for (var y = minY; y <= maxY; y += step)
        {
            for (var x = minX; x <= maxX; x += step)
            {
                if (Core.Geometry.PlanarGeometry.Contains(yardRing, (x, y)))
                {
                    samples.Add(field.Raw(x, y));
                }
            }
        }

        if (samples.Count == 0)
        {
            return field;
        }

        samples.Sort();
        var threshold = cover >= 1 ? double.NegativeInfinity : samples[Math.Clamp((int)Math.Round((1 - cover) * samples.Count), 0, samples.Count - 1)];
        return new CloudField(seed, threshold, scale, field.shadowDx, field.shadowDy, softness);
    }

    /// <summary>Cloud opacity (0–1) above a ground point.</summary>
    public float Opacity(double x, double y)
    {
        if (Empty)
        {
            return 0;
        }

        if (double.IsNegativeInfinity(threshold))
        {
            return 1;
        }

        var raw = cover is not null && cover.TryGet(x, y, out var cached) ? cached
            : shade is not null && shade.TryGet(x, y, out cached) ? cached
            : Raw(x, y);
        var v = raw - threshold;
        var t = Math.Clamp((v + softness) / (2 * softness), 0, 1);
        return (float)(t * t * (3 - (2 * t)));
    }

    /// <summary>Opacity of the cloud between a ground point and the sun (its shadow).</summary>
    public float ShadowOpacity(double x, double y) => Opacity(x + shadowDx, y + shadowDy);

    /// <summary>Brightness texture of a cloud top.</summary>
    public float Texture(double x, double y) => Noise.Fbm(x, y, 40, 3, seed + 9);

    private double Raw(double x, double y)
    {
        var wx = Noise.Fbm(x, y, scale * 0.7, 2, seed + 1) - 0.5;
        var wy = Noise.Fbm(x, y, scale * 0.7, 2, seed + 2) - 0.5;
        return Noise.Fbm(x + (wx * scale * 0.6), y + (wy * scale * 0.6), scale, 5, seed);
    }

    private sealed class Lattice
    {
        private readonly float[] values;
        private readonly int nx;
        private readonly int ny;
        private readonly double minX;
        private readonly double minY;
        private readonly double cell;

        public Lattice(Func<double, double, double> f, double minX, double minY, double maxX, double maxY, double cell)
        {
            this.minX = minX - cell;
            this.minY = minY - cell;
            this.cell = cell;
            nx = (int)Math.Ceiling((maxX - minX) / cell) + 3;
            ny = (int)Math.Ceiling((maxY - minY) / cell) + 3;
            values = new float[nx * ny];
            for (var j = 0; j < ny; j++)
            {
                for (var i = 0; i < nx; i++)
                {
                    values[(j * nx) + i] = (float)f(this.minX + (i * cell), this.minY + (j * cell));
                }
            }
        }

        public bool TryGet(double x, double y, out double value)
        {
            var fx = (x - minX) / cell;
            var fy = (y - minY) / cell;
            if (fx < 0 || fy < 0 || fx >= nx - 1 || fy >= ny - 1)
            {
                value = 0;
                return false;
            }

            var ix = (int)fx;
            var iy = (int)fy;
            var tx = fx - ix;
            var ty = fy - iy;
            var k = (iy * nx) + ix;
            var top = values[k] + ((values[k + 1] - values[k]) * tx);
            var bottom = values[k + nx] + ((values[k + nx + 1] - values[k + nx]) * tx);
            value = top + ((bottom - top) * ty);
            return true;
        }
    }
}
