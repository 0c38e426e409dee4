using RailWatch.Core.Geometry;
using RailWatch.Core.Yards;
using RailWatch.Vision.Estimation;
using RailWatch.Vision.Occupancy;
using RailWatch.Vision.Strips;

namespace RailWatch.Vision.Tests.Estimation;

public class EmptyTrackLookTests
{
    private const int Samples = 400;
    private const float Ballast = 0.55f;
    private static readonly LocalMetricFrame Frame = new(new GeoPoint(130.6, 42.42));

    /// <summary>A 200 m track of light ballast with a little grain, every sample seen and called empty.</summary>
    private static TrackProfile EmptyTrack(string id, double north)
    {
        var track = new Track(id, [Frame.ToGeo(0, north), Frame.ToGeo(200, north)]);
        var profile = new TrackProfile(new Strip(new TrackPath(track, Frame), 0.5, [-1, -0.5, 0, 0.5, 1], Samples, hasColour: false));
        var strip = profile.Strip;
        for (var t = 0; t < Samples; t++)
        {
            for (var v = 0; v < strip.Width; v++)
            {
                strip.Luma[strip.Index(t, v)] = Ballast + (0.01f * (((t * 7) + (v * 3)) % 5 - 2));
                strip.Visible[strip.Index(t, v)] = true;
            }

            profile.Visible[t] = true;
            profile.Probability[t] = 0.05f;
        }

        return profile;
    }

    /// <summary>Samples [from, to) of the track darkened to a train's tone, still called empty.</summary>
    private static void DarkTrainReadAsEmpty(TrackProfile profile, int from, int to)
    {
        var strip = profile.Strip;
        for (var t = from; t < to; t++)
        {
            for (var v = 0; v < strip.Width; v++)
            {
                strip.Luma[strip.Index(t, v)] = 0.15f;
            }
        }
    }

    [Test]
    public void Inconsistency_EmptyTracksOfOneBallast_IsZero()
    {
        TrackProfile[] profiles = [EmptyTrack("t1", 0), EmptyTrack("t2", 5)];

        Assert.That(EmptyTrackLook.Inconsistency(profiles), Is.EqualTo(0));
    }

    [Test]
    public void Inconsistency_DarkTrainCalledEmpty_IsAboutItsShareOfTheEmptyTrack()
    {
        TrackProfile[] profiles = [EmptyTrack("t1", 0), EmptyTrack("t2", 5)];
        DarkTrainReadAsEmpty(profiles[1], 100, 300);

        // 200 of the 800 samples called empty look like no ballast, and the ballast within 2 m of either end of the
        // train is averaged with it: a few samples more.
        Assert.That(EmptyTrackLook.Inconsistency(profiles), Is.InRange(0.25, 0.26));
    }

    [Test]
    public void Inconsistency_DarkTrainFoundAsCars_IsZero()
    {
        TrackProfile[] profiles = [EmptyTrack("t1", 0), EmptyTrack("t2", 5)];
        DarkTrainReadAsEmpty(profiles[1], 100, 300);
        for (var t = 100; t < 300; t++)
        {
            profiles[1].Probability[t] = 0.9f;
        }

        Assert.That(EmptyTrackLook.Inconsistency(profiles), Is.EqualTo(0));
    }

    [Test]
    public void Inconsistency_HiddenSamples_AreLeftOut()
    {
        TrackProfile[] profiles = [EmptyTrack("t1", 0), EmptyTrack("t2", 5)];
        DarkTrainReadAsEmpty(profiles[1], 100, 300);
        for (var t = 100; t < 300; t++)
        {
            profiles[1].Visible[t] = false;
        }

        Assert.That(EmptyTrackLook.Inconsistency(profiles), Is.EqualTo(0));
    }
}
