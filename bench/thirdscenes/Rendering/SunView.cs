using RailWatch.ThirdScenes.Bench.Plan;

namespace RailWatch.ThirdScenes.Bench.Rendering;

/// <summary>
/// Sun and viewing geometry in local metres. The sun is toward (SunX, SunY) horizontally; a shadow of a point at height
/// h lies h · CotElevation away from the sun. Off nadir, a point at height h appears displaced by h · (LeanX, LeanY):
/// away from the satellite, so the walls facing the satellite show.
/// </summary>
internal sealed class SunView
{
    public SunView(LightPlan light)
    {
        var elevation = light.SunElevationDeg * Math.PI / 180;
        var azimuth = light.SunAzimuthDeg * Math.PI / 180;
        SinElevation = Math.Sin(elevation);
        CosElevation = Math.Cos(elevation);
        CotElevation = CosElevation / SinElevation;
        SunX = Math.Sin(azimuth);
        SunY = Math.Cos(azimuth);
        var view = light.ViewAzimuthDeg * Math.PI / 180;
        var lean = Math.Tan(light.OffNadirDeg * Math.PI / 180);
        LeanX = -Math.Sin(view) * lean;
        LeanY = -Math.Cos(view) * lean;
        SkyShare = light.SkyShare;
    }

    public double SinElevation { get; }

    public double CosElevation { get; }

    public double CotElevation { get; }

    public double SunX { get; }

    public double SunY { get; }

    public double LeanX { get; }

    public double LeanY { get; }

    public double SkyShare { get; }

    /// <summary>Sky light per band: bluer than the sun.</summary>
    public Rgbn Sky => new((float)(SkyShare * 0.8), (float)SkyShare, (float)(SkyShare * 1.3), (float)(SkyShare * 0.55));

    /// <summary>Direct light on a wall with this outward normal.</summary>
    public float WallDirect(double nx, double ny) => (float)Math.Max(0, CosElevation * ((nx * SunX) + (ny * SunY)));

    /// <summary>The sun's horizontal direction in a prism's along/across frame.</summary>
    public (double Along, double Across) Local(Prism prism) =>
        ((SunX * prism.Ux) + (SunY * prism.Uy), (-SunX * prism.Uy) + (SunY * prism.Ux));
}
