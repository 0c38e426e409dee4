using RailWatch.AltScenes.Bench.Scenes;

namespace RailWatch.AltScenes.Bench.Rendering;

/// <summary>
/// The sun as rendering needs it: elevation sine and cosine, the horizontal unit vector towards the sun (east,
/// north), and how far a shadow reaches per metre of height.
/// </summary>
internal sealed class SunLight
{
    public SunLight(Illumination light)
    {
        var elevation = light.ElevationDeg * Math.PI / 180;
        var azimuth = light.AzimuthDeg * Math.PI / 180;
        Sin = Math.Sin(elevation);
        Cos = Math.Cos(elevation);
        ShadowPerMetre = Cos / Sin;
        TowardE = Math.Sin(azimuth);
        TowardN = Math.Cos(azimuth);
        Ambient = light.AmbientShare;
    }

    public double Sin { get; }

    public double Cos { get; }

    public double ShadowPerMetre { get; }

    public double TowardE { get; }

    public double TowardN { get; }

    /// <summary>Sky light on a flat surface as a share of the sun's light on it at this elevation.</summary>
    public double Ambient { get; }

    /// <summary>Direct light on a surface with this unit normal relative to a flat one (0 when it faces away).</summary>
    public float Relative(double normalE, double normalN, double normalUp) =>
        (float)Math.Max(0, ((normalE * TowardE * Cos) + (normalN * TowardN * Cos) + (normalUp * Sin)) / Sin);
}
