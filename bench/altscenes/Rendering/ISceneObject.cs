namespace RailWatch.AltScenes.Bench.Rendering;

/// <summary>Something standing on the ground that paints its top into a tile and casts shadows.</summary>
internal interface ISceneObject
{
    Bounds Bounds { get; }

    IReadOnlyList<IShadowCaster> Casters { get; }

    void Paint(TileCanvas canvas);
}
