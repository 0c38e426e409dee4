using RailWatch.Core.Imaging;
using RailWatch.ThirdScenes.Bench.Plan;

namespace RailWatch.ThirdScenes.Bench.Sensor;

/// <summary>The delivered pixels: one plane of digital numbers per band, in file order, and how they are stored.</summary>
internal sealed record Product(
    ImageGrid Grid,
    IReadOnlyList<float[]> Bands,
    IReadOnlyList<BandRole> Roles,
    double WhiteLevel,
    int Bits,
    Compression Compression,
    int JpegQuality);
