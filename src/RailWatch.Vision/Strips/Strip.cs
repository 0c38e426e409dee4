namespace RailWatch.Vision.Strips;

/// <summary>
/// A track rectified into a straight strip: <see cref="Length"/> samples along the centre line (rows of the
/// arrays' outer index) by <see cref="Width"/> samples across it, at <see cref="OffsetsMetres"/> from the centre
/// (positive to the left of the direction of travel).
/// </summary>
internal sealed class Strip
{
    public Strip(TrackPath path, double stepMetres, double[] offsetsMetres, int length, bool hasColour)
    {
        Path = path;
        StepMetres = stepMetres;
        OffsetsMetres = offsetsMetres;
        Length = length;
        Width = offsetsMetres.Length;
        Luma = new float[length * Width];
        ChromaA = hasColour ? new float[length * Width] : null;
        ChromaB = hasColour ? new float[length * Width] : null;
        Visible = new bool[length * Width];
    }

    public TrackPath Path { get; }

    public double StepMetres { get; }

    public double[] OffsetsMetres { get; }

    public int Length { get; }

    public int Width { get; }

    public float[] Luma { get; }

    public float[]? ChromaA { get; }

    public float[]? ChromaB { get; }

    public bool[] Visible { get; }

    /// <summary>Arc length of the centre of along-sample <paramref name="t"/>.</summary>
    public double ArcAt(double t) => (t + 0.5) * StepMetres;

    public int Index(int t, int v) => (t * Width) + v;
}
