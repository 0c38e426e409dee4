namespace RailWatch.Synth;

/// <summary>A surface colour in red, green, blue and near-infrared on a 0..1 (white) scale.</summary>
internal readonly record struct Rgbn(float R, float G, float B, float N)
{
    public static Rgbn Rgb(float r, float g, float b) => new(r, g, b, Math.Min(1f, (0.9f * r) + (0.1f * g) + 0.04f));

    public static Rgbn Vegetation(float r, float g, float b, float nir) => new(r, g, b, nir);

    public static Rgbn operator *(Rgbn c, float k) => new(c.R * k, c.G * k, c.B * k, c.N * k);

    public static Rgbn operator +(Rgbn a, Rgbn b) => new(a.R + b.R, a.G + b.G, a.B + b.B, a.N + b.N);

    public Rgbn Mix(Rgbn other, float t) => new(R + ((other.R - R) * t), G + ((other.G - G) * t), B + ((other.B - B) * t), N + ((other.N - N) * t));

    public Rgbn Tint(float r, float g, float b, float n) => new(R * r, G * g, B * b, N * n);
}
