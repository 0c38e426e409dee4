namespace RailWatch.Synth;

/// <summary>
/// Renders one output tile: the ground, tracks and solids at a supersampled resolution with a z-buffer and cast
/// shadows, then the sensor: point-spread blur, pixel integration, cloud and cloud shadow, haze, gain and offset,
/// noise, quantisation, JPEG artefacts and the nodata edge.
/// </summary>
internal sealed class TileRenderer
{
    public const int TileSize = 128;

    private static readonly Rgbn SkyAmbient = new(0.3f, 0.34f, 0.44f, 0.27f);
    private static readonly Rgbn HazeColour = new(0.72f, 0.76f, 0.84f, 0.62f);

    private readonly SceneModel m;
    private readonly SceneOptions o;
    private readonly int s;
    private readonly int border;
    private readonly double h;
    private readonly float[][] output;
    private readonly bool[] valid;
    private readonly bool[] cloudMask;
    private readonly float irradiance;

    public TileRenderer(SceneModel model, float[][] output, bool[] valid, bool[] cloudMask)
    {
        m = model;
        o = model.Options;
        s = Supersampling(o.GsdMetres);
        border = (int)Math.Ceiling(3 * o.BlurPixels) + 1;
        h = o.GsdMetres / s;
        this.output = output;
        this.valid = valid;
        this.cloudMask = cloudMask;
        irradiance = (float)Math.Clamp(0.55 + (0.45 * Math.Sin(o.SunElevationDegrees * Math.PI / 180) / Math.Sin(Math.PI / 3)), 0.5, 1.1);
    }

    /// <summary>Subsamples per output pixel along each axis: enough to draw rails and sleepers, at most 4.</summary>
    public static int Supersampling(double gsd) => Math.Clamp((int)Math.Round(gsd / 0.25), 2, 4);

    public void Render(int x0, int y0, int tw, int th)
    {
        var ow = tw + (2 * border);
        var oh = th + (2 * border);
        var canvas = new Canvas(ow * s, oh * s, x0 - border, y0 - border, s, m.Grid.PixelToLocal);
        DrawGround(canvas, ow, oh);
        var tileBounds = canvas.LocalBounds();
        foreach (var patch in m.Patches)
        {
            DrawPatch(canvas, patch, tileBounds);
        }

        for (var k = 0; k < m.Tracks.Count; k++)
        {
            DrawTrack(canvas, m.Tracks[k], m.TrackStyles[k], tileBounds);
        }
        var solids = new List<(int Index, Solid Solid)>();
        for (var k = 0; k < m.Solids.Count; k++)
        {
            if (Intersects(Reach(m.Solids[k]), tileBounds))
            {
                solids.Add((k, m.Solids[k]));
            }
        }

        foreach (var (k, solid) in solids)
        {
            DrawSolid(canvas, k, solid);
        }
        foreach (var (k, solid) in solids)
        {
            DrawShadow(canvas, k, solid);
        }

        // Snow scatters light into shadows: they stay brighter and bluer than on summer ground.
        canvas.ApplyLight(o.Season == Season.Winter ? SkyAmbient + new Rgbn(0.1f, 0.11f, 0.13f, 0.08f) : SkyAmbient, irradiance);
        var pixels = canvas.Integrate(s);
        pixels.Blur((float)o.BlurPixels, o.Sensor != SensorKind.Rgb8);
        Finish(pixels, x0, y0, tw, th);
    }

    private void DrawGround(Canvas c, int ow, int oh)
    {
        // Smooth ground colours on a ~1 m lattice, bilinearly spread to the subsamples; grain per subsample.
        var step = Math.Max(1, (int)Math.Round(1.0 / o.GsdMetres));
        var lw = (ow / step) + 2;
        var lh = (oh / step) + 2;
        var open = new Rgbn[lw * lh];
        var bed = new Rgbn[lw * lh];
        var edge = new float[lw * lh];
        for (var j = 0; j < lh; j++)
        {
            for (var i = 0; i < lw; i++)
            {
                var (x, y) = m.Grid.PixelToLocal.Apply(c.OriginColumn + (i * step), c.OriginRow + (j * step));
                open[(j * lw) + i] = m.Ground.Open(x, y);
                bed[(j * lw) + i] = m.Ground.Bed(x, y, 0.5f);
                edge[(j * lw) + i] = (float)(m.Ground.BedWidth + (8 * (Noise.Fbm(x, y, 30, 2, m.Ground.Seed + 20) - 0.5)));
            }
        }

        // The ground has no structure finer than its grain, so its smooth colour is computed once per output pixel.
        var pixel = new Rgbn[ow * oh];
        for (var py = 0; py < oh; py++)
        {
            var v = (py + 0.5) / step;
            var lj = Math.Min((int)v, lh - 2);
            var fy = (float)(v - lj);
            for (var px = 0; px < ow; px++)
            {
                var u = (px + 0.5) / step;
                var li = Math.Min((int)u, lw - 2);
                var fx = (float)(u - li);
                var k = (lj * lw) + li;
                var (x, y) = m.Grid.PixelToLocal.Apply(c.OriginColumn + px + 0.5, c.OriginRow + py + 0.5);
                var d = m.Distance.Sample(x, y);
                var e = Lerp(edge[k], edge[k + 1], edge[k + lw], edge[k + lw + 1], fx, fy);
                var t = Math.Clamp((d - e + 2) / 4, 0, 1);
                pixel[(py * ow) + px] = t <= 0 ? Lerp(bed[k], bed[k + 1], bed[k + lw], bed[k + lw + 1], fx, fy)
                    : t >= 1 ? Lerp(open[k], open[k + 1], open[k + lw], open[k + lw + 1], fx, fy)
                    : Lerp(bed[k], bed[k + 1], bed[k + lw], bed[k + lw + 1], fx, fy).Mix(Lerp(open[k], open[k + 1], open[k + lw], open[k + lw + 1], fx, fy), t);
            }
        }

        var seed = m.Ground.Seed + 31;
        var gi0 = (int)Math.Round(c.OriginColumn * s);
        var gj0 = (int)Math.Round(c.OriginRow * s);
        for (var j = 0; j < c.Height; j++)
        {
            var prow = j / s * ow;
            var row = j * c.Width;
            for (var i = 0; i < c.Width; i++)
            {
                var g = pixel[prow + (i / s)];
                var grain = 0.88f + (0.24f * Noise.Unit(gi0 + i, gj0 + j, seed));
                var k = row + i;
                c.R[k] = g.R * grain;
                c.G[k] = g.G * grain;
                c.B[k] = g.B * grain;
                c.N[k] = g.N * grain;
            }
        }
    }

    private void DrawPatch(Canvas c, GroundPatch patch, (double, double, double, double) tile)
    {
        var b = patch.Area.Bounds();
        if (!Intersects(b, tile) || !c.Range(b, out var i0, out var i1, out var j0, out var j1))
        {
            return;
        }

        for (var j = j0; j <= j1; j++)
        {
            for (var i = i0; i <= i1; i++)
            {
                var (x, y) = c.Local(i, j);
                var (a, cr) = patch.Area.Local(x, y);
                if (Math.Abs(a) > patch.Area.HalfL || Math.Abs(cr) > patch.Area.HalfW)
                {
                    continue;
                }

                var col = patch.Colour * (0.9f + (0.2f * Noise.Value(x * 0.5, y * 0.5, 77)));
                if (patch.Markings && Math.Abs(cr) < 0.07 && a - (Math.Floor(a / 6) * 6) < 3)
                {
                    col = Rgbn.Rgb(0.8f, 0.8f, 0.75f);
                }

                c.Set(i, j, col, 0);
            }
        }
    }

    private void DrawTrack(Canvas c, TrackPath track, TrackStyle style, (double, double, double, double) tile)
    {
        const double halfBed = 2.4;
        var winter = o.Season == Season.Winter;
        var rail = style.Used ? Rgbn.Rgb(0.17f, 0.16f, 0.15f) : Rgbn.Rgb(0.3f, 0.2f, 0.15f);
        var snow = m.Ground.Snow;
        for (var k = 1; k < track.Points.Count; k++)
        {
            var a = track.Points[k - 1];
            var b = track.Points[k];
            var len = TrackPath.Distance(a, b);
            if (len < 1e-6)
            {
                continue;
            }

            var ux = (b.X - a.X) / len;
            var uy = (b.Y - a.Y) / len;
            var lo = k == 1 ? 0 : -halfBed;
            var hi = k == track.Points.Count - 1 ? len : len + halfBed;

            // Only the part of the segment near this tile matters: clip it to the tile grown by the bed's half-width.
            var grown = (tile.Item1 - halfBed, tile.Item2 - halfBed, tile.Item3 + halfBed, tile.Item4 + halfBed);
            if (!Clip(a.X, a.Y, ux, uy, grown, ref lo, ref hi))
            {
                continue;
            }

            var (px0, py0) = (a.X + (ux * lo), a.Y + (uy * lo));
            var (px1, py1) = (a.X + (ux * hi), a.Y + (uy * hi));
            var bounds = (Math.Min(px0, px1) - halfBed, Math.Min(py0, py1) - halfBed, Math.Max(px0, px1) + halfBed, Math.Max(py0, py1) + halfBed);
            if (!c.Range(bounds, out var i0, out var i1, out var j0, out var j1))
            {
                continue;
            }

            lo = k == 1 ? 0 : -halfBed;
            hi = k == track.Points.Count - 1 ? len : len + halfBed;
            for (var j = j0; j <= j1; j++)
            {
                for (var i = i0; i <= i1; i++)
                {
                    var (x, y) = c.Local(i, j);
                    var along = ((x - a.X) * ux) + ((y - a.Y) * uy);
                    if (along < lo || along > hi)
                    {
                        continue;
                    }

                    var d = Math.Abs((-(x - a.X) * uy) + ((y - a.Y) * ux));
                    var idx = c.Index(i, j);
                    if (d > halfBed || d >= c.TrackDistance[idx])
                    {
                        continue;
                    }

                    c.TrackDistance[idx] = (float)d;
                    var arc = track.Arc[k - 1] + along;
                    var grain = Noise.Unit((int)Math.Floor(x / 0.07), (int)Math.Floor(y / 0.07), 913);
                    var ballast = style.Ballast * (0.78f + (0.44f * grain));
                    if (d < style.RailOffset && style.Used)
                    {
                        ballast *= 0.82f; // oil and dirt between the rails
                    }

                    var col = ballast;
                    var sleeper = Coverage1D(Wrap(arc, style.SleeperSpacing), style.SleeperWidth / 2, h, style.SleeperSpacing) * Coverage(d, 0, 1.35, h);
                    col = col.Mix(style.Sleeper, (float)sleeper);
                    var (weed, cover) = m.Ground.TrackWeeds(x, y, style.Used);
                    col = col.Mix(weed, cover);
                    if (winter)
                    {
                        var cleared = d < style.RailOffset ? style.SnowCleared * Noise.Value(arc * 0.3, d, 17) : style.SnowCleared * 0.3;
                        col = col.Mix(snow * (0.85f + (0.15f * grain)), (float)(0.95 - (0.9 * cleared)));
                    }

                    var railCover = Coverage(d, style.RailOffset - 0.036, style.RailOffset + 0.036, h);
                    col = col.Mix(winter && !style.Used ? rail.Mix(snow, 0.5f) : rail, (float)Math.Min(1, railCover * 1.3));
                    if (style.Used)
                    {
                        col = col.Mix(Rgbn.Rgb(0.62f, 0.62f, 0.63f), (float)Coverage(d, style.RailOffset - 0.018, style.RailOffset + 0.018, h));
                    }

                    // The shoulder of the bed fades into the ground.
                    var shoulder = (float)Math.Clamp((d - 1.7) / (halfBed - 1.7), 0, 1);
                    c.Set(i, j, col.Mix(c.Get(idx), shoulder * shoulder), 0);
                }
            }
        }
    }

    private void DrawSolid(Canvas c, int index, Solid solid)
    {
        if (m.View.IsNadir)
        {
            DrawSolidFromAbove(c, index, solid);
        }
        else
        {
            DrawSolidOffNadir(c, index, solid);
        }
    }

    private static void DrawSolidFromAbove(Canvas c, int index, Solid solid)
    {
        if (!c.Range(solid.Bounds, out var i0, out var i1, out var j0, out var j1))
        {
            return;
        }

        for (var j = j0; j <= j1; j++)
        {
            for (var i = i0; i <= i1; i++)
            {
                var (x, y) = c.Local(i, j);
                if (solid.Shade(x, y, out var colour, out var z))
                {
                    var idx = c.Index(i, j);
                    if (z >= c.Z[idx])
                    {
                        c.Set(i, j, colour, z);
                        c.Owner[idx] = index;
                    }
                }
            }
        }
    }

    /// <summary>
    /// Follows each subsample's line of sight down from the solid's top: the first height at which it meets the
    /// solid is what the subsample shows, a roof where the surface is at that height, else a wall facing the
    /// satellite (its paint a shade darker, and in shade where it faces away from the sun).
    /// </summary>
    private void DrawSolidOffNadir(Canvas c, int index, Solid solid)
    {
        var view = m.View;
        var top = solid.Top;
        if (!c.Range(view.Grow(solid.Bounds, top), out var i0, out var i1, out var j0, out var j1))
        {
            return;
        }

        // A step in height that moves the line of sight by about a subsample.
        var dz = Math.Clamp(h / view.Lean, 0.05, 0.5);
        var wallsLit = view.WallsLit(m.Sun);
        for (var j = j0; j <= j1; j++)
        {
            for (var i = i0; i <= i1; i++)
            {
                var (x, y) = c.Local(i, j);
                for (var z = top; z > -dz / 2; z -= dz)
                {
                    var level = Math.Max(0, z);
                    if (!solid.Shade(x - (view.Dx * level), y - (view.Dy * level), out var colour, out var surface) || surface < level - 1e-3)
                    {
                        continue;
                    }

                    var wall = surface - level > 1.5 * dz;
                    var seen = wall ? (float)level : surface;
                    var idx = c.Index(i, j);
                    if (seen >= c.Z[idx])
                    {
                        c.Set(i, j, wall ? colour * WallTone : colour, seen);
                        c.Owner[idx] = index;
                        c.Shadow[idx] = wall && !wallsLit;
                    }

                    break;
                }
            }
        }
    }

    /// <summary>A wall's paint against the roof's under the same light (roofs face the sky).</summary>
    private const float WallTone = 0.8f;

    /// <summary>Where a solid can change the image: its footprint and shadow, and where it shows leaning off nadir.</summary>
    private (double MinX, double MinY, double MaxX, double MaxY) Reach(Solid solid) => m.View.Grow(solid.ShadowBounds(m.Sun), solid.Top);

    private void DrawShadow(Canvas c, int index, Solid solid)
    {
        var view = m.View;
        if (!c.Range(Reach(solid), out var i0, out var i1, out var j0, out var j1))
        {
            return;
        }

        var top = solid.Top - 0.05;
        for (var j = j0; j <= j1; j++)
        {
            for (var i = i0; i <= i1; i++)
            {
                var idx = c.Index(i, j);
                if (c.Shadow[idx] || c.Owner[idx] == index || c.Z[idx] >= top)
                {
                    continue;
                }

                // What the subsample shows stands where the line of sight meets it, not under the subsample.
                var (x, y) = c.Local(i, j);
                var z = c.Z[idx];
                if (solid.Shadows(x - (view.Dx * z), y - (view.Dy * z), z, m.Sun))
                {
                    c.Shadow[idx] = true;
                }
            }
        }
    }

    private void Finish(Canvas c, int x0, int y0, int tw, int th)
    {
        var kind = o.Sensor;
        var bands = SensorModel.BandCount(kind);
        var white = (float)SensorModel.WhiteLevel(kind);
        var max = SensorModel.MaxValue(kind);
        var planes = new float[bands][];
        for (var b = 0; b < bands; b++)
        {
            planes[b] = new float[tw * th];
        }

        for (var y = 0; y < th; y++)
        {
            for (var x = 0; x < tw; x++)
            {
                var idx = ((y + border) * c.Width) + x + border;
                var col = c.Get(idx);
                var column = x0 + x;
                var line = y0 + y;
                var (lx, ly) = m.Grid.PixelToLocal.Apply(column + 0.5, line + 0.5);
                if (!m.Clouds.Empty)
                {
                    if (o.CloudShadows)
                    {
                        col *= 1 - (0.45f * m.Clouds.ShadowOpacity(lx, ly));
                    }

                    var opacity = m.Clouds.Opacity(lx, ly);
                    var cloud = new Rgbn(0.86f, 0.87f, 0.9f, 0.8f) * (0.82f + (0.22f * m.Clouds.Texture(lx, ly)));
                    col = col.Mix(cloud, opacity);
                    cloudMask[(line * m.Grid.Width) + column] = opacity >= SceneTruth.OpaqueCloudOpacity;
                }

                col = col.Mix(HazeColour, (float)o.Haze);
                col = (col * (float)o.Gain) + new Rgbn((float)o.Offset, (float)o.Offset, (float)o.Offset, (float)o.Offset);
                for (var b = 0; b < bands; b++)
                {
                    var dn = SensorModel.ToDn(kind, col, b);
                    if (o.NoiseSigma > 0)
                    {
                        dn += (float)(o.NoiseSigma * white) * Noise.FastGaussian(column, line, o.Seed + (b * 7919) + 1);
                    }

                    planes[b][(y * tw) + x] = Math.Clamp(MathF.Round(dn), 1, max);
                }
            }
        }

        if (o.JpegQuality is { } quality)
        {
            var scale = 255f / white;
            foreach (var p in planes)
            {
                for (var i = 0; i < p.Length; i++)
                {
                    p[i] *= scale;
                }
            }

            JpegArtefacts.Apply(planes, tw, th, quality, kind == SensorKind.Rgb8);
            foreach (var p in planes)
            {
                for (var i = 0; i < p.Length; i++)
                {
                    p[i] = Math.Clamp(MathF.Round(p[i] / scale), 1, max);
                }
            }
        }

        for (var y = 0; y < th; y++)
        {
            for (var x = 0; x < tw; x++)
            {
                var column = x0 + x;
                var line = y0 + y;
                var target = (line * m.Grid.Width) + column;
                var nodata = m.Nodata.IsNodata(column + 0.5, line + 0.5);
                valid[target] = !nodata;
                for (var b = 0; b < bands; b++)
                {
                    output[b][target] = nodata ? 0 : planes[b][(y * tw) + x];
                }
            }
        }
    }

    /// <summary>Liang–Barsky: narrows [lo, hi] along the ray p + t·u to the part inside the box; false when none is.</summary>
    private static bool Clip(double px, double py, double ux, double uy, (double MinX, double MinY, double MaxX, double MaxY) box, ref double lo, ref double hi)
    {
        foreach (var (p, u, min, max) in new[] { (px, ux, box.MinX, box.MaxX), (py, uy, box.MinY, box.MaxY) })
        {
            if (Math.Abs(u) < 1e-12)
            {
                if (p < min || p > max)
                {
                    return false;
                }

                continue;
            }

            var t1 = (min - p) / u;
            var t2 = (max - p) / u;
            if (t1 > t2)
            {
                (t1, t2) = (t2, t1);
            }

            lo = Math.Max(lo, t1);
            hi = Math.Min(hi, t2);
        }

        return lo <= hi;
    }

    private static bool Intersects((double MinX, double MinY, double MaxX, double MaxY) a, (double MinX, double MinY, double MaxX, double MaxY) b) =>
        a.MinX <= b.MaxX && b.MinX <= a.MaxX && a.MinY <= b.MaxY && b.MinY <= a.MaxY;

    /// <summary>Fraction of a box-filtered sample of width <paramref name="w"/> centred at <paramref name="d"/> that lies in [lo, hi].</summary>
    private static double Coverage(double d, double lo, double hi, double w)
    {
        var overlap = Math.Min(d + (w / 2), hi) - Math.Max(d - (w / 2), lo);
        return Math.Clamp(overlap / w, 0, 1);
    }

    /// <summary>Coverage of a periodic pattern of bars of half-width <paramref name="half"/> every <paramref name="period"/>.</summary>
    private static double Coverage1D(double offset, double half, double w, double period) =>
        w >= period ? 2 * half / period : Coverage(offset, -half, half, w);

    private static double Wrap(double v, double period)
    {
        var r = v - (Math.Floor(v / period) * period);
        return r > period / 2 ? r - period : r;
    }

    private static float Lerp(float a, float b, float c, float d, float fx, float fy)
    {
        var top = a + ((b - a) * fx);
        var bottom = c + ((d - c) * fx);
        return top + ((bottom - top) * fy);
    }

    private static Rgbn Lerp(Rgbn a, Rgbn b, Rgbn c, Rgbn d, float fx, float fy) => a.Mix(b, fx).Mix(c.Mix(d, fx), fy);
}
