using RailWatch.Core.Errors;

namespace RailWatch.Synth;

/// <summary>
/// Everything that varies between rendered scenes of one yard. Every random choice is drawn from <see cref="Seed"/>,
/// so the same yard and options always give the same pixels and the same truth.
/// </summary>
public sealed record SceneOptions
{
    public int Seed { get; init; }

    /// <summary>Ground sample distance of the output pixels in metres (0.2–5).</summary>
    public double GsdMetres { get; init; } = 0.5;

    public Season Season { get; init; } = Season.Summer;

    public SensorKind Sensor { get; init; } = SensorKind.Rgb8;

    public OutputCrs Crs { get; init; } = OutputCrs.Utm;

    /// <summary>Fraction of the usable track length covered by car bodies (0–1); ignored when <see cref="CarCount"/> is set.</summary>
    public double Occupancy { get; init; } = 0.6;

    /// <summary>Exact number of railcars to place (locomotives included), or null to use <see cref="Occupancy"/>.</summary>
    public int? CarCount { get; init; }

    /// <summary>Fraction of the yard polygon's area under opaque cloud (0–1).</summary>
    public double CloudCover { get; init; }

    /// <summary>Atmospheric haze (0–1): the fraction of each pixel replaced by bright, bluish path radiance.</summary>
    public double Haze { get; init; }

    /// <summary>Standard deviation of additive Gaussian noise on a 0..1 (white) scale.</summary>
    public double NoiseSigma { get; init; } = 0.01;

    /// <summary>When set (1–100), each band goes through JPEG-like 8×8 DCT quantisation at this quality.</summary>
    public int? JpegQuality { get; init; }

    /// <summary>Magnitude of the deliberate shift of the file's georeference, in metres (0–50); its direction comes from the seed.</summary>
    public double GeolocationErrorMetres { get; init; }

    /// <summary>
    /// A little-used yard gone to weeds (outside winter): dark vegetation covers most of the ground between tracks and
    /// grows in the beds of unused tracks, so that each light ballast bed, about a car wide, lies between dark strips.
    /// </summary>
    public bool OvergrownYard { get; init; }

    /// <summary>Sun azimuth in degrees clockwise from north.</summary>
    public double SunAzimuthDegrees { get; init; } = 150;

    /// <summary>Sun elevation above the horizon in degrees (5–90).</summary>
    public double SunElevationDegrees { get; init; } = 35;

    /// <summary>
    /// Angle of the line of sight from the vertical (0–40°). Orthorectification puts the ground right but not what
    /// stands on it: a car's roof appears displaced from its footprint by its height times the tangent of this
    /// angle, away from the satellite, and the side facing the satellite shows.
    /// </summary>
    public double OffNadirDegrees { get; init; }

    /// <summary>Azimuth from the scene towards the satellite, degrees clockwise from north.</summary>
    public double ViewAzimuthDegrees { get; init; }

    /// <summary>Fraction of the image beyond a straight strip edge that holds no data (0–0.9).</summary>
    public double NodataEdgeFraction { get; init; }

    /// <summary>Buildings, roads, container stacks, vehicles and trees away from the tracks.</summary>
    public bool Clutter { get; init; } = true;

    /// <summary>Whether clouds cast shadows on the ground (off only to measure what the shadows cost a counter).</summary>
    public bool CloudShadows { get; init; } = true;

    /// <summary>Catenary masts and portal beams, whose long thin shadows cross tracks and cars.</summary>
    public bool Catenary { get; init; } = true;

    /// <summary>
    /// Track beds darkened by rust, oil and wooden sleepers into a dark brown band about as wide as a car, as on many
    /// real yards (the reference yard's tracks), instead of beds as light as the yard's ballast.
    /// </summary>
    public bool RustyTrackBeds { get; init; }

    /// <summary>Radiometric gain applied after haze (a product's calibration differs from the truth).</summary>
    public double Gain { get; init; } = 1.0;

    /// <summary>Radiometric offset on a 0..1 scale, applied after the gain.</summary>
    public double Offset { get; init; }

    /// <summary>Point-spread blur as a Gaussian standard deviation in output pixels (0–2).</summary>
    public double BlurPixels { get; init; } = 0.5;

    /// <summary>Ground margin rendered around the yard's bounds, in metres.</summary>
    public double MarginMetres { get; init; } = 60;

    /// <summary>Acquisition time written to the product (TIFFTAG_DATETIME) and the truth.</summary>
    public DateTimeOffset Acquired { get; init; } = new(2024, 6, 15, 2, 30, 0, TimeSpan.Zero);

    /// <summary>Throws <see cref="UsageException"/> naming the first option that is out of range.</summary>
    public void Validate()
    {
        Check(GsdMetres is >= 0.2 and <= 5, nameof(GsdMetres), GsdMetres, "0.2–5 m");
        Check(Occupancy is >= 0 and <= 1, nameof(Occupancy), Occupancy, "0–1");
        Check(CarCount is null or >= 0, nameof(CarCount), CarCount ?? 0, "≥ 0");
        Check(CloudCover is >= 0 and <= 1, nameof(CloudCover), CloudCover, "0–1");
        Check(Haze is >= 0 and <= 1, nameof(Haze), Haze, "0–1");
        Check(NoiseSigma is >= 0 and <= 0.5, nameof(NoiseSigma), NoiseSigma, "0–0.5");
        Check(JpegQuality is null or (>= 1 and <= 100), nameof(JpegQuality), JpegQuality ?? 0, "1–100");
        Check(GeolocationErrorMetres is >= 0 and <= 50, nameof(GeolocationErrorMetres), GeolocationErrorMetres, "0–50 m");
        Check(SunElevationDegrees is >= 5 and <= 90, nameof(SunElevationDegrees), SunElevationDegrees, "5–90°");
        Check(double.IsFinite(SunAzimuthDegrees), nameof(SunAzimuthDegrees), SunAzimuthDegrees, "a finite angle");
        Check(OffNadirDegrees is >= 0 and <= 40, nameof(OffNadirDegrees), OffNadirDegrees, "0–40°");
        Check(double.IsFinite(ViewAzimuthDegrees), nameof(ViewAzimuthDegrees), ViewAzimuthDegrees, "a finite angle");
        Check(NodataEdgeFraction is >= 0 and <= 0.9, nameof(NodataEdgeFraction), NodataEdgeFraction, "0–0.9");
        Check(Gain is > 0 and <= 5, nameof(Gain), Gain, "0–5");
        Check(Offset is >= -0.5 and <= 0.5, nameof(Offset), Offset, "-0.5–0.5");
        Check(BlurPixels is >= 0 and <= 2, nameof(BlurPixels), BlurPixels, "0–2");
        Check(MarginMetres is >= 0 and <= 2000, nameof(MarginMetres), MarginMetres, "0–2000 m");
    }

    private static void Check(bool ok, string name, double value, string range)
    {
        if (!ok)
        {
            throw new UsageException(FormattableString.Invariant($"scene option {name} = {value} is outside {range}"));
        }
    }
}
