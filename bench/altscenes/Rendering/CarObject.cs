using RailWatch.AltScenes.Bench.Scenes;

namespace RailWatch.AltScenes.Bench.Rendering;

/// <summary>A railcar in a tile: its footprint in car coordinates (x along, y across to the left) and its casters.</summary>
internal sealed class CarObject : ISceneObject
{
    private readonly Railcar car;
    private readonly CarSurface surface;

    public CarObject(Railcar car, int ownerBase, SunLight sun, Rgbn snow)
    {
        this.car = car;
        surface = new CarSurface(car, ownerBase, sun, snow);
        var a = car.Length / 2;
        var b = car.Width / 2;
        var re = (a * Math.Abs(car.DirE)) + (b * Math.Abs(car.DirN));
        var rn = (a * Math.Abs(car.DirN)) + (b * Math.Abs(car.DirE));
        Bounds = new Bounds(car.CentreE - re, car.CentreN - rn, car.CentreE + re, car.CentreN + rn);
        var casters = new List<IShadowCaster>
        {
            new BoxCaster(ownerBase, car.CentreE, car.CentreN, car.DirE, car.DirN, a, b, 0, car.Height),
        };
        for (var k = 0; k < car.Containers.Count; k++)
        {
            var box = car.Containers[k];
            casters.Add(new BoxCaster(ownerBase + 1 + k, car.CentreE + (box.Along * car.DirE), car.CentreN + (box.Along * car.DirN),
                car.DirE, car.DirN, box.Length / 2, CarSurface.ContainerHalfWidth, car.Height, box.Top));
        }

        Casters = casters;
    }

    /// <summary>Owner ids a car takes: its body and up to three containers.</summary>
    public const int OwnerIds = 4;

    public Bounds Bounds { get; }

    public IReadOnlyList<IShadowCaster> Casters { get; }

    public void Paint(TileCanvas canvas)
    {
        var (i0, i1, j0, j1) = canvas.Range(Bounds);
        var a = car.Length / 2;
        var b = car.Width / 2;
        for (var j = j0; j < j1; j++)
        {
            var dn = canvas.Nth(j) - car.CentreN;
            for (var i = i0; i < i1; i++)
            {
                var de = canvas.E(i) - car.CentreE;
                var x = (de * car.DirE) + (dn * car.DirN);
                var y = (-de * car.DirN) + (dn * car.DirE);
                if (Math.Abs(x) > a || Math.Abs(y) > b)
                {
                    continue;
                }

                var p = surface.At(x, y, canvas.Step);
                if (p.Hit)
                {
                    canvas.Paint((j * canvas.Width) + i, p.Albedo, p.Z, p.Shade, p.Owner);
                }
            }
        }
    }
}
