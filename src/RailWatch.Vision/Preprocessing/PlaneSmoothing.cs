namespace RailWatch.Vision.Preprocessing;

/// <summary>The planes the strips are sampled from, smoothed by a Gaussian (<see cref="PlaneOps.GaussianBlur"/>).</summary>
internal static class PlaneSmoothing
{
    /// <summary>Coarsest GSD (metres per pixel) that is smoothed: coarser pixels already average out the finest detail.</summary>
    public const double MaxGsdMetres = 1.0;

    /// <summary>Below this many pixels of standard deviation the smoothing would change nearly nothing, and is skipped.</summary>
    private const double MinSigmaPixels = 0.3;

    /// <summary>The planes smoothed by a Gaussian of <paramref name="sigmaMetres"/>, or the same planes where it does not apply.</summary>
    public static ScenePlanes ForStrips(ScenePlanes planes, double gsdMetres, double sigmaMetres)
    {
        var sigma = sigmaMetres / gsdMetres;
        if (!(sigmaMetres > 0) || gsdMetres > MaxGsdMetres || !(sigma >= MinSigmaPixels))
        {
            return planes;
        }

        float[] Smooth(float[] plane) => PlaneOps.GaussianBlur(plane, planes.Width, planes.Height, sigma);
        return new ScenePlanes(
            planes.Width,
            planes.Height,
            Smooth(planes.Luma),
            planes.ChromaA is null ? null : Smooth(planes.ChromaA),
            planes.ChromaB is null ? null : Smooth(planes.ChromaB),
            planes.Visible);
    }
}
