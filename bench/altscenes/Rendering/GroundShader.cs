using RailWatch.AltScenes.Bench.Scenes;

namespace RailWatch.AltScenes.Bench.Rendering;

/// <summary>The bare ground at a point: the yard's gravel or the land around it, snow, and the track over it.</summary>
internal sealed class GroundShader
{
    private static readonly Rgbn Weeds = new(0.08f, 0.13f, 0.05f, 0.40f);

    private readonly YardLayout layout;
    private readonly LandCoverShader land;
    private readonly TrackBedShader tracks;
    private readonly SnowLayer snowLayer;
    private readonly SnowCover snow;
    private readonly int seed;

    public GroundShader(Scene scene)
    {
        layout = scene.Layout;
        seed = scene.Seed * 31;
        land = new LandCoverShader(scene.Surroundings.Land, scene.Look.Season, scene.Surroundings.Roads);
        tracks = new TrackBedShader(layout, scene.Look.Snow, seed);
        snow = scene.Look.Snow;
        snowLayer = new SnowLayer(seed + 60);
    }

    public Rgbn Shade(double e, double n, double step, int fx, int fy)
    {
        var (s, o) = layout.Curve.ToCurve(e, n);
        var ragged = (0.6 * PositionNoise.Smooth(e / 3, n / 3, seed + 1)) + (0.3 * PositionNoise.Smooth(e / 0.8, n / 0.8, seed + 6));
        Rgbn albedo;
        if (layout.InZone(s, o, -ragged))
        {
            albedo = YardGravel(e, n, fx, fy);
            albedo = snowLayer.Cover(albedo, snow.Ground, e, n);
        }
        else
        {
            var (ground, road) = land.Shade(e, n, s, o, step, fx, fy);
            albedo = snowLayer.Cover(ground, road ? snow.Roads : snow.Ground, e, n);
        }

        return tracks.Overlay(albedo, s, o, step, e, n, fx, fy);
    }

    private Rgbn YardGravel(double e, double n, int fx, int fy)
    {
        var surface = layout.Surface;
        var texture = 1 + (0.1f * PositionNoise.Fractal(e / 3, n / 3, seed + 2, 2)) + (0.07f * PositionNoise.Smooth(e / 0.45, n / 0.45, seed + 7)) + (0.08f * PositionNoise.White(fx, fy, seed + 3));
        var gravel = surface.Gravel * texture;
        if (surface.WeedShare > 0)
        {
            var weed = PositionNoise.Smooth(e / 5, n / 5, seed + 4) + (0.4f * PositionNoise.Smooth(e / 1.2, n / 1.2, seed + 5));
            var cover = Math.Clamp((weed - (1 - (2.2 * surface.WeedShare))) * 3, 0, 1);
            gravel = Rgbn.Lerp(gravel, Weeds * texture, (float)cover);
        }

        return gravel;
    }
}
