namespace RailWatch.AltScenes.Bench.Rendering;

/// <summary>
/// The scene as light reaching the sensor, per output pixel and band (red, green, blue, near infrared), relative to
/// a white flat surface in full sun; and the cloud opacity over each pixel.
/// </summary>
internal sealed record RadianceImage(int Width, int Height, float[] R, float[] G, float[] B, float[] N, float[] CloudOpacity);
