using RailWatch.AltScenes.Bench.Scenes;

namespace RailWatch.AltScenes.Bench.Rendering;

/// <summary>
/// Renders a scene tile by tile at the supersampled resolution: ground, then the objects standing on it, then the
/// shadows they cast on whatever lies below them, then sun and sky light; each tile is area-averaged down to the
/// output grid. Clouds and haze are laid over the result.
/// </summary>
internal static class SceneRenderer
{
    private const int TilePixels = 64;

    /// <summary>Sky light is bluer than sunlight: shadows turn blue-grey.</summary>
    private static readonly Rgbn SkyTint = new(0.85f, 1.0f, 1.3f, 0.8f);

    public static RadianceImage Render(Scene scene, CloudField clouds)
    {
        var window = scene.Window;
        var sun = new SunLight(scene.Look.Light);
        var objects = SceneObjects.Build(scene, sun);
        var casters = objects.SelectMany(o => o.Casters).Select(c => (Caster: c, Extent: ShadowExtent.Of(c, sun))).ToArray();
        var ground = new GroundShader(scene);
        var (width, height) = (window.Width, window.Height);
        var image = new RadianceImage(width, height, new float[width * height], new float[width * height], new float[width * height], new float[width * height], new float[width * height]);
        var sunThrough = CloudShadow(window, clouds);

        var ss = scene.Supersample;
        var tilesX = (width + TilePixels - 1) / TilePixels;
        var tilesY = (height + TilePixels - 1) / TilePixels;
        var capacity = TilePixels * TilePixels * ss * ss;
        var options = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
        Parallel.For(0, tilesX * tilesY, options, () => new TileCanvas(capacity), (t, _, canvas) =>
        {
            var c0 = t % tilesX * TilePixels;
            var r0 = t / tilesX * TilePixels;
            var tile = new OutputTile(c0, r0, Math.Min(TilePixels, width - c0), Math.Min(TilePixels, height - r0));
            canvas.Reset(tile.Width * ss, tile.Height * ss, window.West + (c0 * window.Gsd), window.North - (r0 * window.Gsd), window.Gsd / ss);
            PaintGround(canvas, ground, c0 * ss, r0 * ss);
            var area = canvas.Area;
            foreach (var o in objects)
            {
                if (o.Bounds.Intersects(area))
                {
                    o.Paint(canvas);
                }
            }

            foreach (var (caster, extent) in casters)
            {
                if (extent.Intersects(area))
                {
                    CastShadow(canvas, caster, extent, sun);
                }
            }

            Compose(canvas, image, tile, ss, sunThrough, (float)sun.Ambient);
            return canvas;
        }, _ => { });

        Atmosphere.Apply(image, scene, clouds);
        return image;
    }

    private static void PaintGround(TileCanvas canvas, GroundShader ground, int fx0, int fy0)
    {
        for (var j = 0; j < canvas.Height; j++)
        {
            var n = canvas.Nth(j);
            for (var i = 0; i < canvas.Width; i++)
            {
                canvas.SetAlbedo((j * canvas.Width) + i, ground.Shade(canvas.E(i), n, canvas.Step, fx0 + i, fy0 + j));
            }
        }
    }

    private static void CastShadow(TileCanvas canvas, IShadowCaster caster, Bounds extent, SunLight sun)
    {
        var (i0, i1, j0, j1) = canvas.Range(extent);
        for (var j = j0; j < j1; j++)
        {
            var n = canvas.Nth(j);
            for (var i = i0; i < i1; i++)
            {
                var k = (j * canvas.Width) + i;
                if (canvas.Lit[k] && canvas.Owner[k] != caster.Owner && caster.Occludes(canvas.E(i), n, canvas.Z[k], sun))
                {
                    canvas.Lit[k] = false;
                }
            }
        }
    }

    /// <summary>Sun and sky light on each fine pixel, averaged over the output pixel it falls in.</summary>
    private static void Compose(TileCanvas canvas, RadianceImage image, OutputTile tile, int ss, float[] sunThrough, float ambient)
    {
        var norm = 1f / ((1 + ambient) * ss * ss);
        var sky = SkyTint * ambient;
        for (var y = 0; y < tile.Height; y++)
        {
            for (var x = 0; x < tile.Width; x++)
            {
                var o = ((tile.Row0 + y) * image.Width) + tile.Column0 + x;
                var through = sunThrough[o];
                float r = 0, g = 0, b = 0, nir = 0;
                for (var j = y * ss; j < (y + 1) * ss; j++)
                {
                    for (var i = x * ss; i < (x + 1) * ss; i++)
                    {
                        var k = (j * canvas.Width) + i;
                        var direct = canvas.Lit[k] ? canvas.Shade[k] * through : 0;
                        r += canvas.R[k] * (direct + sky.R);
                        g += canvas.G[k] * (direct + sky.G);
                        b += canvas.B[k] * (direct + sky.B);
                        nir += canvas.N[k] * (direct + sky.N);
                    }
                }

                image.R[o] = r * norm;
                image.G[o] = g * norm;
                image.B[o] = b * norm;
                image.N[o] = nir * norm;
            }
        }
    }

    /// <summary>Share of the direct sun that passes the clouds, per output pixel (thick cloud lets through 15 %).</summary>
    private static float[] CloudShadow(ImageWindow window, CloudField clouds)
    {
        var through = new float[window.Width * window.Height];
        Array.Fill(through, 1f);
        if (!clouds.Any)
        {
            return through;
        }

        Parallel.For(0, window.Height, r =>
        {
            var n = window.North - ((r + 0.5) * window.Gsd);
            for (var c = 0; c < window.Width; c++)
            {
                through[(r * window.Width) + c] = (float)(1 - (0.85 * clouds.ShadowOpacity(window.West + ((c + 0.5) * window.Gsd), n)));
            }
        });
        return through;
    }

    private readonly record struct OutputTile(int Column0, int Row0, int Width, int Height);
}
