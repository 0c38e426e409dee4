using RailWatch.Core.Imaging;

namespace RailWatch.Synth;

/// <summary>
/// A rendered product and its truth. <see cref="RasterImage.Georeference"/> is the georeference written to the file,
/// deliberately off by the truth's geolocation error; <see cref="RasterImage.Valid"/> marks the nodata beyond a
/// strip edge (cloud pixels are valid data).
/// </summary>
public sealed record RenderedScene(RasterImage Image, SceneTruth Truth);
