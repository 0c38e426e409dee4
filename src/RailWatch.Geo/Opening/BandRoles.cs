using RailWatch.Core.Imaging;
using RailWatch.Geo.Native;

namespace RailWatch.Geo.Opening;

/// <summary>
/// What each band measures. GDAL 3.6 has no near-infrared colour interpretation, so band descriptions
/// ("nir", "B08", "red", ...) name such bands; our writer sets them.
/// </summary>
internal static class BandRoles
{
    public static BandRole FromInterpretation(GdalColorInterp interp, string? description) => interp switch
    {
        GdalColorInterp.Red => BandRole.Red,
        GdalColorInterp.Green => BandRole.Green,
        GdalColorInterp.Blue => BandRole.Blue,
        GdalColorInterp.Alpha => BandRole.Alpha,
        _ => FromDescription(description) ?? (interp == GdalColorInterp.Gray ? BandRole.Gray : BandRole.Other),
    };

    public static BandRole? FromDescription(string? description) =>
        description?.Trim().ToUpperInvariant() switch
        {
            "NIR" or "NIR08" or "NIR1" or "B08" or "B8" or "B8A" or "NEAR INFRARED" or "NEAR-INFRARED" or "NEARINFRARED" => BandRole.NearInfrared,
            "RED" or "B04" or "B4" => BandRole.Red,
            "GREEN" or "B03" or "B3" => BandRole.Green,
            "BLUE" or "B02" or "B2" => BandRole.Blue,
            "GRAY" or "GREY" or "PAN" or "PANCHROMATIC" => BandRole.Gray,
            "ALPHA" => BandRole.Alpha,
            _ => null,
        };

    /// <summary>The description our writer gives a band of this role.</summary>
    public static string Describe(BandRole role) => role switch
    {
        BandRole.NearInfrared => "nir",
        _ => role.ToString().ToLowerInvariant(),
    };

    public static GdalColorInterp ToInterpretation(BandRole role) => role switch
    {
        BandRole.Gray => GdalColorInterp.Gray,
        BandRole.Red => GdalColorInterp.Red,
        BandRole.Green => GdalColorInterp.Green,
        BandRole.Blue => GdalColorInterp.Blue,
        BandRole.Alpha => GdalColorInterp.Alpha,
        _ => GdalColorInterp.Undefined,
    };

    /// <summary>
    /// Three bands that say nothing about themselves (GDAL reports Gray, Undefined, Undefined for a TIFF without
    /// PHOTOMETRIC=RGB) are taken as red, green, blue.
    /// </summary>
    public static IReadOnlyList<BandRole> Refine(IReadOnlyList<BandRole> roles) =>
        roles.Count == 3 && roles.All(r => r is BandRole.Gray or BandRole.Other) && roles.Count(r => r == BandRole.Gray) <= 1
            ? [BandRole.Red, BandRole.Green, BandRole.Blue]
            : roles;
}
