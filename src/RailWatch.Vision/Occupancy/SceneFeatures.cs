namespace RailWatch.Vision.Occupancy;

/// <summary>
/// The per-sample features of every strip of one scene, in canonical orientation until <see cref="Orient"/> turns
/// them to a shadow direction, with the scene's tone and the shadow direction estimated from its tracks.
/// </summary>
internal sealed class SceneFeatures(IReadOnlyList<StripFeatures> strips, SceneTone tone, ShadowDirection estimate)
{
    private bool oriented;

    public IReadOnlyList<StripFeatures> Strips { get; } = strips;

    public SceneTone Tone { get; } = tone;

    /// <summary>The shadow direction read from the tracks' two sides (its strength is a feature; its direction a first guess).</summary>
    public ShadowDirection Estimate { get; } = estimate;

    /// <summary>Turns every strip's samples so that the side away from the sun comes last; once per scene.</summary>
    public void Orient(ShadowDirection shadow)
    {
        if (oriented)
        {
            throw new InvalidOperationException("the scene's features are already oriented");
        }

        oriented = true;
        Parallel.ForEach(Strips, strip => strip.Orient(shadow));
    }
}
