namespace RailWatch.ThirdScenes.Bench.Rendering;

/// <summary>A reflectance or radiance in four bands: red, green, blue and near-infrared.</summary>
internal readonly record struct Rgbn(float R, float G, float B, float N)
{
    public static Rgbn Gray(float v) => new(v, v, v, v);

    public Rgbn Scale(float k) => new(R * k, G * k, B * k, N * k);

    public Rgbn Times(Rgbn other) => new(R * other.R, G * other.G, B * other.B, N * other.N);

    public Rgbn Plus(Rgbn other) => new(R + other.R, G + other.G, B + other.B, N + other.N);

    public static Rgbn Mix(Rgbn a, Rgbn b, float t) =>
        new(a.R + ((b.R - a.R) * t), a.G + ((b.G - a.G) * t), a.B + ((b.B - a.B) * t), a.N + ((b.N - a.N) * t));
}
