using RailWatch.Stats.Testing;

namespace RailWatch.Stats.Tests.Testing;

public sealed class BenjaminiHochbergTests
{
    // Worked by hand: sorted p 0.005, 0.01, 0.03, 0.04, 0.20 (m = 5); m·p/rank = 0.025, 0.025, 0.05, 0.05, 0.20;
    // the running minimum from the top leaves them unchanged; back in input order:
    private static readonly double[] P = [0.01, 0.04, 0.03, 0.005, 0.20];

    [Test]
    public void Adjust_HandWorkedExample_GivesStepUpQValues()
    {
        Assert.That(BenjaminiHochberg.Adjust(P), Is.EqualTo(new[] { 0.025, 0.05, 0.05, 0.025, 0.20 }).Within(1e-12));
    }

    [Test]
    public void Reject_AtFivePercent_RejectsAllButLargest()
    {
        Assert.That(BenjaminiHochberg.Reject(P, 0.05), Is.EqualTo(new[] { true, true, true, true, false }));
    }

    [Test]
    public void Reject_AtFourPercent_RejectsOnlyTheTwoSmallest()
    {
        Assert.That(BenjaminiHochberg.Reject(P, 0.04), Is.EqualTo(new[] { true, false, false, true, false }));
    }

    [Test]
    public void Adjust_StepUp_LetsALargerPValueCarryASmallerOne()
    {
        // 0.04 alone would need 0.04·2/1 = 0.08, but the step-up takes the minimum with rank 2: 0.045·2/2.
        Assert.That(BenjaminiHochberg.Adjust([0.04, 0.045]), Is.EqualTo(new[] { 0.045, 0.045 }).Within(1e-12));
    }

    [Test]
    public void Adjust_PValueOutsideUnitInterval_Throws()
    {
        Assert.That(() => BenjaminiHochberg.Adjust([0.1, 1.5]), Throws.TypeOf<ArgumentOutOfRangeException>());
    }
}
