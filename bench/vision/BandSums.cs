namespace RailWatch.Vision.Bench;

/// <summary>
/// Weighted sums of tone and roughness per band of distance from the centre lines, for the registration criteria of
/// <see cref="ProfileRegistrar"/> and <see cref="CoarseReg"/>: the correlation ratio η² over all bands, or Fisher's
/// criterion between bands 0 and 1.
/// </summary>
internal sealed class BandSums(int bands)
{
    private readonly double[] tone = new double[bands];
    private readonly double[] toneSquares = new double[bands];
    private readonly double[] roughness = new double[bands];
    private readonly double[] roughnessSquares = new double[bands];
    private double allToneSquares;
    private double allRoughnessSquares;

    public double[] Count { get; } = new double[bands];

    public double Total { get; private set; }

    public void Clear()
    {
        Array.Clear(Count);
        Array.Clear(tone);
        Array.Clear(toneSquares);
        Array.Clear(roughness);
        Array.Clear(roughnessSquares);
        allToneSquares = allRoughnessSquares = Total = 0;
    }

    public void Add(int band, double t, double r) => Add(band, 1, t, r);

    public void Add(int band, double weight, double t, double r)
    {
        Count[band] += weight;
        tone[band] += weight * t;
        toneSquares[band] += weight * t * t;
        roughness[band] += weight * r;
        roughnessSquares[band] += weight * r * r;
        allToneSquares += weight * t * t;
        allRoughnessSquares += weight * r * r;
        Total += weight;
    }

    public double ToneRatio() => Ratio(tone, allToneSquares);

    public double RoughnessRatio() => Ratio(roughness, allRoughnessSquares);

    /// <summary>Fisher's criterion of band 0 against band 1, on tone plus on roughness; −∞ where either holds under 10.</summary>
    public double Fisher() => ToneFisher() + RoughnessFisher();

    public double ToneFisher() => Fisher(tone, toneSquares);

    public double RoughnessFisher() => Fisher(roughness, roughnessSquares);

    private double Fisher(double[] sums, double[] squares)
    {
        if (Count[0] < 10 || Count[1] < 10)
        {
            return double.NegativeInfinity;
        }

        double Variance(int b) => Math.Max(0, (squares[b] / Count[b]) - Sq(sums[b] / Count[b]));
        return Sq((sums[0] / Count[0]) - (sums[1] / Count[1])) / (Variance(0) + Variance(1) + 1e-6);
    }

    /// <summary>Between-band sum of squares over the total sum of squares.</summary>
    private double Ratio(double[] sums, double squares)
    {
        var mean = sums.Sum() / Total;
        var between = 0.0;
        for (var b = 0; b < sums.Length; b++)
        {
            if (Count[b] > 0)
            {
                between += Count[b] * Sq((sums[b] / Count[b]) - mean);
            }
        }

        var all = squares - (Total * mean * mean);
        return all > 1e-12 ? between / all : 0;
    }

    private static double Sq(double v) => v * v;
}
