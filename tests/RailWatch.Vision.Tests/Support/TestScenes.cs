namespace RailWatch.Vision.Tests.Support;

/// <summary>Test scenes that more than one fixture draws.</summary>
internal static class TestScenes
{
    /// <summary>0.4 m per pixel, two 120 m tracks, a cut of four cars on each (from 12 m and from 32 m).</summary>
    public static readonly TestScene TwoShortTrains = new()
    {
        Gsd = 0.4,
        TrackCount = 2,
        WidthMetres = 160,
        HeightMetres = 40,
        Cars = k => Trains.Cut(12 + (k * 20), 4, 15, 13),
    };
}
