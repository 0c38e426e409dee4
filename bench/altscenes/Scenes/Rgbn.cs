namespace RailWatch.AltScenes.Bench.Scenes;

/// <summary>A reflectance (or radiance) in red, green, blue and near infrared, linear.</summary>
internal readonly record struct Rgbn(float R, float G, float B, float N)
{
    public static Rgbn Grey(float v) => new(v, v, v, v);

    /// <summary>A paint or material whose near-infrared reflectance follows its brightest visible band.</summary>
    public static Rgbn Paint(float r, float g, float b) => new(r, g, b, (0.85f * Math.Max(r, Math.Max(g, b))) + 0.03f);

    public static Rgbn operator *(Rgbn a, float k) => new(a.R * k, a.G * k, a.B * k, a.N * k);

    public static Rgbn operator *(Rgbn a, Rgbn b) => new(a.R * b.R, a.G * b.G, a.B * b.B, a.N * b.N);

    public static Rgbn operator +(Rgbn a, Rgbn b) => new(a.R + b.R, a.G + b.G, a.B + b.B, a.N + b.N);

    public static Rgbn Lerp(Rgbn a, Rgbn b, float t) => new(
        a.R + ((b.R - a.R) * t), a.G + ((b.G - a.G) * t), a.B + ((b.B - a.B) * t), a.N + ((b.N - a.N) * t));
}
