namespace RailWatch.Synth.Tests.Plan;

public class ScenePlanTests
{
    /// <summary>Body tracks are the generator's t01, t02, … (leads, ladders and branches are named otherwise).</summary>
    private static int BodyTracks(int seed) =>
        ScenePlan.For(seed).Yard.Tracks.Count(t => t.Id.Length == 3 && t.Id[0] == 't' && char.IsDigit(t.Id[1]));

    [Test]
    public void WithLowSun_ShareOfSeeds_LowersTheSunOnThatShareAndLeavesTheRestAsPlanned()
    {
        var planned = Enumerable.Range(1, 1000).Select(s => ScenePlan.For(s).Options).ToList();
        var lowered = planned.Select(o => ScenePlan.WithLowSun(o, 0.4)).ToList();
        var changed = planned.Zip(lowered).Where(p => p.First != p.Second).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(changed.Count, Is.InRange(340, 460), "about 40% of 1000 seeds");
            Assert.That(changed.Select(p => p.Second.SunElevationDegrees), Is.All.InRange(12.0, 28.0));
            Assert.That(changed.Select(p => p.Second with { SunElevationDegrees = p.First.SunElevationDegrees }), Is.EqualTo(changed.Select(p => p.First)), "only the sun moves");
            Assert.That(planned.Select(o => ScenePlan.WithLowSun(o, 0.4)), Is.EqualTo(lowered), "the same seeds each time");
            Assert.That(planned.Select(o => ScenePlan.WithLowSun(o, 0)), Is.EqualTo(planned));
        });
    }

    [Test]
    public void For_SeedsBelowBigYards_NeverGiveMoreThanSevenBodyTracks()
    {
        var seeds = Enumerable.Range(ScenePlan.BigYardsFrom - 400, 400).Where(s => ScenePlan.For(s).Options.GsdMetres >= 3);

        Assert.That(seeds.Select(BodyTracks), Is.All.InRange(3, 7));
    }

    [Test]
    public void For_CoarseSeedsFromBigYards_HalfShowLargeNearlyEmptyYards()
    {
        var coarse = Enumerable.Range(ScenePlan.BigYardsFrom, 400).Where(s => ScenePlan.For(s).Options.GsdMetres >= 3).ToList();
        var big = coarse.Where(s => BodyTracks(s) >= 8).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(big.Count, Is.InRange(coarse.Count * 0.35, coarse.Count * 0.65), "about half the 3 m scenes");
            Assert.That(big.Select(BodyTracks), Is.All.InRange(8, 12));
            Assert.That(big.Select(s => ScenePlan.For(s).Options.Occupancy), Is.All.InRange(0.0, 0.08));
        });
    }

    [Test]
    public void For_FineSeedsFromBigYards_KeepTheUsualYards()
    {
        var fine = Enumerable.Range(ScenePlan.BigYardsFrom, 200).Where(s => ScenePlan.For(s).Options.GsdMetres < 3);

        Assert.That(fine.Select(BodyTracks), Is.All.InRange(3, 7));
    }

    [Test]
    public void For_SeedsBelowOffNadir_AreSeenFromStraightAbove()
    {
        var seeds = Enumerable.Range(ScenePlan.OffNadirFrom - 300, 300);

        Assert.That(seeds.Select(s => ScenePlan.For(s).Options.OffNadirDegrees), Is.All.Zero);
    }

    [Test]
    public void For_SeedsFromOffNadir_HalfAreSeen5To25DegreesOffNadirFromAnyAzimuth()
    {
        var seeds = Enumerable.Range(ScenePlan.OffNadirFrom, 300).ToList();
        var leaning = seeds.Where(s => ScenePlan.For(s).Options.OffNadirDegrees > 0).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(leaning.Count, Is.InRange(seeds.Count * 0.4, seeds.Count * 0.6), "about half the scenes");
            Assert.That(leaning.Select(s => ScenePlan.For(s).Options.OffNadirDegrees), Is.All.InRange(5.0, 25.0));
            Assert.That(leaning.Select(s => ScenePlan.For(s).Options.ViewAzimuthDegrees).Distinct().Count(), Is.EqualTo(leaning.Count), "azimuths drawn per seed");
            Assert.That(leaning.Select(s => ScenePlan.For(s).Options.ViewAzimuthDegrees), Is.All.InRange(0.0, 360.0));
        });
    }

    [Test]
    public void For_SeedsFromOvergrown_HalfShowOvergrownYardsAndNoneBelow()
    {
        var below = Enumerable.Range(ScenePlan.OvergrownFrom - 200, 200);
        var from = Enumerable.Range(ScenePlan.OvergrownFrom, 300).ToList();
        var overgrown = from.Count(s => ScenePlan.For(s).Options.OvergrownYard);

        Assert.Multiple(() =>
        {
            Assert.That(below.Select(s => ScenePlan.For(s).Options.OvergrownYard), Is.All.False);
            Assert.That(overgrown, Is.InRange(from.Count * 0.4, from.Count * 0.6));
        });
    }
}
