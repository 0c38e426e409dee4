using RailWatch.Core.Geometry;
using RailWatch.Core.Yards;
using RailWatch.Vision.Strips;

namespace RailWatch.Vision.Tests.Strips;

public class CloudShadowLiftTests
{
    private const int Samples = 800;
    private const double StepMetres = 0.5;
    private const float Ground = 0.6f;
    private const float CarRoof = 0.2f;
    private const float ShadowFactor = 0.55f;

    /// <summary>The stretch (in samples) a cloud's shadow covers in these tests: 100 m of the 400 m track.</summary>
    private const int ShadowFrom = 300;
    private const int ShadowTo = 500;

    private static readonly LocalMetricFrame Frame = new(new GeoPoint(130.6, 42.42));
    private static readonly double[] Offsets = [-5, -4, -3, -2, -1, 0, 1, 2, 3, 4, 5];

    /// <summary>A straight 400 m track, all visible, ground at <see cref="Ground"/> and a dark car every 20 m.</summary>
    private static Strip TrackWithCars(bool colour = false)
    {
        var track = new Track("t1", [Frame.ToGeo(0, 0), Frame.ToGeo(400, 0)]);
        var strip = new Strip(new TrackPath(track, Frame), StepMetres, Offsets, Samples, colour);
        Array.Fill(strip.Visible, true);
        for (var t = 0; t < Samples; t++)
        {
            var car = t % 40 < 28;
            for (var v = 0; v < Offsets.Length; v++)
            {
                var i = strip.Index(t, v);
                strip.Luma[i] = car && Math.Abs(Offsets[v]) <= 1.5 ? CarRoof : Ground;
                if (colour)
                {
                    strip.ChromaA![i] = 0.1f;
                    strip.ChromaB![i] = -0.05f;
                }
            }
        }

        return strip;
    }

    private static void Darken(Strip strip, int from, int to, float factor)
    {
        for (var t = from; t < to; t++)
        {
            for (var v = 0; v < Offsets.Length; v++)
            {
                var i = strip.Index(t, v);
                strip.Luma[i] *= factor;
                if (strip.ChromaA is not null)
                {
                    strip.ChromaA[i] *= factor;
                    strip.ChromaB![i] *= factor;
                }
            }
        }
    }

    [Test]
    public void Apply_CloudShadowOverPartOfTheTrack_BringsCarsAndGroundBackToTheSunlitLook()
    {
        var sunlit = TrackWithCars(colour: true);
        var shadowed = TrackWithCars(colour: true);
        Darken(shadowed, ShadowFrom, ShadowTo, ShadowFactor);

        var gain = CloudShadowLift.Apply([shadowed]);

        Assert.That(gain, Is.EqualTo(1 / ShadowFactor).Within(0.01));

        // Inside the shadow, away from its edges (the running median needs 13 m to switch over).
        for (var t = ShadowFrom + 30; t < ShadowTo - 30; t++)
        {
            for (var v = 0; v < Offsets.Length; v++)
            {
                var i = shadowed.Index(t, v);
                Assert.That(shadowed.Luma[i], Is.EqualTo(sunlit.Luma[i]).Within(0.01), $"sample {t}, offset {Offsets[v]} m");
                Assert.That(shadowed.ChromaA![i], Is.EqualTo(sunlit.ChromaA![i]).Within(0.01));
            }
        }
    }

    [Test]
    public void Apply_SunlitStretches_AreLeftAsTheyAre()
    {
        var sunlit = TrackWithCars();
        var shadowed = TrackWithCars();
        Darken(shadowed, ShadowFrom, ShadowTo, ShadowFactor);

        CloudShadowLift.Apply([shadowed]);

        for (var t = 0; t < ShadowFrom - 30; t++)
        {
            var i = shadowed.Index(t, 0);
            Assert.That(shadowed.Luma[i], Is.EqualTo(sunlit.Luma[i]), $"sample {t}");
        }
    }

    [Test]
    public void Apply_GroundVaryingByLessThanAFifth_ChangesNothing()
    {
        var strip = TrackWithCars();
        Darken(strip, ShadowFrom, ShadowTo, 0.9f);
        var before = (float[])strip.Luma.Clone();

        var gain = CloudShadowLift.Apply([strip]);

        Assert.That(gain, Is.EqualTo(1.0));
        Assert.That(strip.Luma, Is.EqualTo(before));
    }

    [Test]
    public void Apply_TrackWithNothingVisibleBesideIt_IsLeftAlone()
    {
        var strip = TrackWithCars();
        Array.Fill(strip.Visible, false);
        var before = (float[])strip.Luma.Clone();

        var gain = CloudShadowLift.Apply([strip]);

        Assert.That(gain, Is.EqualTo(1.0));
        Assert.That(strip.Luma, Is.EqualTo(before));
    }
}
