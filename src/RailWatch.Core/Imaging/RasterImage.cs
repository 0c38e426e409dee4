namespace RailWatch.Core.Imaging;

/// <summary>
/// Pixels of an image window in managed memory: one row-major <see cref="float"/> plane per band, what each band
/// measures, where the pixels are on the ground, and which pixels hold data. This is how stages hand imagery to
/// each other; no library handle ever crosses a stage boundary.
/// </summary>
public sealed class RasterImage
{
    public RasterImage(
        int width,
        int height,
        IReadOnlyList<float[]> bands,
        IReadOnlyList<BandRole> roles,
        IPixelGeoreference georeference,
        bool[]? valid = null,
        double whiteLevel = 255)
    {
        ArgumentNullException.ThrowIfNull(bands);
        ArgumentNullException.ThrowIfNull(roles);
        ArgumentNullException.ThrowIfNull(georeference);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(height);
        if (bands.Count == 0 || bands.Count != roles.Count)
        {
            throw new ArgumentException("need at least one band and one role per band", nameof(roles));
        }

        if (bands.Any(b => b.Length != width * height) || (valid is not null && valid.Length != width * height))
        {
            throw new ArgumentException("every plane must hold width × height values", nameof(bands));
        }

        Width = width;
        Height = height;
        Bands = bands;
        Roles = roles;
        Georeference = georeference;
        Valid = valid;
        WhiteLevel = whiteLevel;
    }

    public int Width { get; }

    public int Height { get; }

    public IReadOnlyList<float[]> Bands { get; }

    public IReadOnlyList<BandRole> Roles { get; }

    public IPixelGeoreference Georeference { get; }

    /// <summary>Per-pixel data flag (false: nodata, outside the product, or masked as cloud by the provider); null when every pixel holds data.</summary>
    public bool[]? Valid { get; }

    /// <summary>The nominal value of a white surface: 255 for 8-bit imagery, the sensor's range (e.g. 4095, 10000, 65535) otherwise.</summary>
    public double WhiteLevel { get; }

    /// <summary>
    /// Whether <see cref="WhiteLevel"/> is only the largest value the file's integer type holds (65535 for 16-bit), which
    /// is what a reader falls back on when the file states no white: the data may fill a small part of it (a 12-bit
    /// sensor, reflectance × 10,000).
    /// </summary>
    public bool WhiteLevelIsContainerMaximum => WhiteLevel is 65535 or 32767 or 4294967295 or 2147483647;

    public double GsdMetres => Georeference.GsdMetres;

    public bool IsValid(int column, int row) => Valid is null || Valid[(row * Width) + column];

    /// <summary>The first band with the given role, or null.</summary>
    public float[]? Band(BandRole role)
    {
        for (var i = 0; i < Roles.Count; i++)
        {
            if (Roles[i] == role)
            {
                return Bands[i];
            }
        }

        return null;
    }
}
