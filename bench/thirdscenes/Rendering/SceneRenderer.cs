using RailWatch.ThirdScenes.Bench.Sensor;
using RailWatch.ThirdScenes.Bench.Layout;

namespace RailWatch.ThirdScenes.Bench.Rendering;

/// <summary>
/// Renders at-sensor radiance (before the atmosphere) on the sensor's native grid by point sampling the scene on a
/// fine sub-grid of every pixel and averaging: the detector's integration over its area. Near the yard and its objects
/// each pixel is sampled at about 0.12–0.2 m; open ground more coarsely. Each sample finds the highest prism face the
/// (possibly oblique) view ray meets, or the ground, and lights it with sun (unless a prism or cloud shades it) and sky.
/// Rows are independent, so they render in parallel and the result does not depend on the order.
/// </summary>
internal sealed class SceneRenderer
{
    private const long SampleBudget = 10_000_000;
    private readonly IReadOnlyList<Prism> prisms;
    private readonly GridIndex view;
    private readonly GridIndex shadows;
    private readonly GroundShader ground;
    private readonly CloudField clouds;
    private readonly SunView sun;
    private readonly YardLayout yard;

    public SceneRenderer(IReadOnlyList<Prism> prisms, GroundShader ground, CloudField clouds, SunView sun, YardLayout yard, (double MinX, double MinY, double MaxX, double MaxY) area)
    {
        this.prisms = prisms;
        this.ground = ground;
        this.clouds = clouds;
        this.sun = sun;
        this.yard = yard;
        view = GridIndex.Of(prisms, area, 6, p => p.Corners().SelectMany(c => new[] { c, (c.X + (p.Z1 * sun.LeanX), c.Y + (p.Z1 * sun.LeanY)) }));
        var cot = sun.CotElevation;
        shadows = GridIndex.Of(prisms, area, 6, p => p.Corners().SelectMany(c => new[] { c, (c.X - (p.Z1 * cot * sun.SunX), c.Y - (p.Z1 * cot * sun.SunY)) }));
    }

    /// <summary>Red, green, blue and near-infrared radiance planes on the native grid.</summary>
    public float[][] Render(NativeGrid grid)
    {
        var (fine, coarse) = Subsampling(grid);
        var planes = Enumerable.Range(0, 4).Select(_ => new float[grid.Width * grid.Height]).ToArray();
        var (ua, va) = grid.Axes;
        Parallel.For(0, grid.Height, row =>
        {
            for (var col = 0; col < grid.Width; col++)
            {
                var (cx, cy) = grid.ToLocal(col + 0.5, row + 0.5);
                var k = Detailed(cx, cy) ? fine : coarse;
                var step = grid.Gsd / k;
                var light = clouds.Light(cx, cy);
                float r = 0, g = 0, b = 0, n = 0;
                for (var j = 0; j < k; j++)
                {
                    var dv = ((j + 0.5) / k) - 0.5;
                    for (var i = 0; i < k; i++)
                    {
                        var du = ((i + 0.5) / k) - 0.5;
                        var x = cx + (grid.Gsd * ((du * ua.X) + (dv * va.X)));
                        var y = cy + (grid.Gsd * ((du * ua.Y) + (dv * va.Y)));
                        var radiance = Shade(x, y, step, light);
                        r += radiance.R;
                        g += radiance.G;
                        b += radiance.B;
                        n += radiance.N;
                    }
                }

                var index = (row * grid.Width) + col;
                var scale = 1f / (k * k);
                planes[0][index] = r * scale;
                planes[1][index] = g * scale;
                planes[2][index] = b * scale;
                planes[3][index] = n * scale;
            }
        });
        return planes;
    }

    /// <summary>Samples per pixel side near the yard and elsewhere: about 0.12 m, coarser when the budget needs it.</summary>
    private (int Fine, int Coarse) Subsampling(NativeGrid grid)
    {
        var detailed = 0L;
        for (var row = 0; row < grid.Height; row += 4)
        {
            for (var col = 0; col < grid.Width; col += 4)
            {
                var (x, y) = grid.ToLocal(col + 0.5, row + 0.5);
                detailed += Detailed(x, y) ? 16 : 0;
            }
        }

        var area = Math.Max(1, detailed) * grid.Gsd * grid.Gsd;
        var step = Math.Max(0.12, Math.Sqrt(area / SampleBudget));
        var fine = Math.Max(1, (int)Math.Ceiling(grid.Gsd / step));
        var coarse = Math.Max(1, (int)Math.Ceiling(grid.Gsd / 0.3));
        return (fine, Math.Min(fine, coarse));
    }

    private bool Detailed(double x, double y)
    {
        var (s, d) = yard.Shape.Curvilinear(x, y);
        return (d > yard.FloorLow - 4 && d < yard.FloorHigh + 4 && s > -30 && s < yard.Shape.Length + 30) || view.At(x, y).Length > 0;
    }

    private Rgbn Shade(double x, double y, double footprint, float cloudLight)
    {
        var best = -1;
        var bestZ = double.NegativeInfinity;
        var bestFace = Face.Top;
        foreach (var i in view.At(x, y))
        {
            var p = prisms[i];
            double t0 = p.Z0, t1 = p.Z1;
            if (p.Clip(x, y, -sun.LeanX, -sun.LeanY, ref t0, ref t1, out var face) && t1 > bestZ)
            {
                best = i;
                bestZ = t1;
                bestFace = face;
            }
        }

        Surface surface;
        float shade;
        if (best >= 0)
        {
            var p = prisms[best];
            var hx = x - (bestZ * sun.LeanX);
            var hy = y - (bestZ * sun.LeanY);
            var (a, c) = p.Local(hx, hy);
            if (bestFace == Face.Top)
            {
                surface = p.Look.Top(p, a, c, sun);
            }
            else
            {
                var (nx, ny) = p.Normal(bestFace);
                var position = bestFace is Face.AcrossPlus or Face.AcrossMinus ? a : c;
                surface = new Surface(p.Look.Wall(p, bestFace, position, bestZ - p.Z0), sun.WallDirect(nx, ny), 0.5f);
            }

            shade = surface.Direct > 0 && Shadowed(hx, hy, bestZ, best) ? 0 : 1;
        }
        else
        {
            surface = new Surface(ground.Albedo(x, y, footprint), (float)sun.SinElevation, 1);
            shade = Shadowed(x, y, 0, -1) ? 0 : 1;
        }

        var direct = surface.Direct * shade * cloudLight;
        var sky = sun.Sky.Scale(surface.Sky);
        return surface.Albedo.Times(new Rgbn(direct + sky.R, direct + sky.G, direct + sky.B, direct + sky.N));
    }

    private bool Shadowed(double x, double y, double z, int exclude)
    {
        var cot = sun.CotElevation;
        foreach (var i in shadows.At(x, y))
        {
            var p = prisms[i];
            if (i == exclude || p.Z1 <= z)
            {
                continue;
            }

            double t0 = Math.Max(0, p.Z0 - z), t1 = p.Z1 - z;
            if (p.Clip(x, y, cot * sun.SunX, cot * sun.SunY, ref t0, ref t1, out _))
            {
                return true;
            }
        }

        return false;
    }
}
