namespace RailWatch.Store;

/// <summary>
/// A stored chip. <see cref="GeoTiffPath"/> and <see cref="PreviewPngPath"/> are relative to the store's chip
/// folder; the <c>Full</c> properties resolve them there (never outside it).
/// </summary>
public sealed record ChipRow(long Id, string YardId, string Provider, string SceneId, string GeoTiffPath, string? PreviewPngPath, int PreviewWidth, int PreviewHeight)
{
    public required string GeoTiffFullPath { get; init; }

    public string? PreviewPngFullPath { get; init; }
}
