using RailWatch.Core.Imaging;

namespace RailWatch.Vision.Preprocessing;

/// <summary>
/// The image reduced to what the counter looks at: a luminance plane and two colour-difference planes
/// (zero for single-band images), all in units of the image's white level, plus which pixels can be seen.
/// </summary>
internal sealed class ScenePlanes
{
    public ScenePlanes(int width, int height, float[] luma, float[]? chromaA, float[]? chromaB, bool[] visible)
    {
        Width = width;
        Height = height;
        Luma = luma;
        ChromaA = chromaA;
        ChromaB = chromaB;
        Visible = visible;
    }

    public int Width { get; }

    public int Height { get; }

    public float[] Luma { get; }

    /// <summary>Red minus green, or null without colour.</summary>
    public float[]? ChromaA { get; }

    /// <summary>Blue minus the mean of red and green, or null without colour.</summary>
    public float[]? ChromaB { get; }

    /// <summary>Holds data and is not cloud.</summary>
    public bool[] Visible { get; }

    public bool HasColour => ChromaA is not null;
}
