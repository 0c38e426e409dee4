namespace RailWatch.Vision.Registration;

/// <summary>Of which taps a shift must see a share (<see cref="TrackTaps"/>) to be scored.</summary>
internal enum TapShare
{
    /// <summary>Of all taps: a shift that slides the taps under cloud or off the image cannot win on a handful.</summary>
    OfAll,

    /// <summary>
    /// Of those visible at the nominal position: where a cloud hides so much of the yard that no shift sees a share
    /// of all taps (development seeds 341, 372 and 380, 15–26% of the track in view), the part in view still
    /// registers the scene.
    /// </summary>
    OfSeenAtNominal,
}
