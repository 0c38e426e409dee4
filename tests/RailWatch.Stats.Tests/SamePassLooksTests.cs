using RailWatch.Core.Flags;

namespace RailWatch.Stats.Tests;

public sealed class SamePassLooksTests
{
    private static readonly DateTimeOffset Pass = new(2024, 3, 1, 2, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(30);

    [Test]
    public void Collapse_LookThatSawNothingAndOneThatSawTheYard_KeepsTheObservedOne()
    {
        var clouded = new CountObservation("y", Pass, null) { ObservedFraction = 0 };
        var clear = new CountObservation("y", Pass.AddMinutes(4), 25) { ObservedFraction = 0.7 };

        var (kept, companions) = SamePassLooks.Collapse([clouded, clear], Window);

        Assert.That(kept, Is.EqualTo(new[] { clear }));
        Assert.That(companions[clear], Is.EqualTo(new[] { clouded }));
    }

    [Test]
    public void Collapse_TwoPassesHoursApartAndOtherYards_KeepsEachPassInTimeOrder()
    {
        var a1 = new CountObservation("a", Pass, 10) { ObservedFraction = 0.5 };
        var b = new CountObservation("b", Pass.AddMinutes(2), 40);
        var a2 = new CountObservation("a", Pass.AddMinutes(10), 12) { ObservedFraction = 0.9 };
        var a3 = new CountObservation("a", Pass.AddHours(3), 11);

        var (kept, companions) = SamePassLooks.Collapse([a1, b, a2, a3], Window);

        Assert.That(kept, Is.EqualTo(new[] { b, a2, a3 }));
        Assert.That(companions.Keys, Is.EquivalentTo(new[] { a2 }));
    }

    [Test]
    public void Collapse_WindowOfZero_KeepsLooksAMinuteApartButNotLooksAtTheSameTime()
    {
        var first = new CountObservation("y", Pass, 20);
        var sameTime = new CountObservation("y", Pass, 19) { ObservedFraction = 0.6 };
        var later = new CountObservation("y", Pass.AddMinutes(1), 21);

        var (kept, companions) = SamePassLooks.Collapse([first, sameTime, later], TimeSpan.Zero);

        Assert.That(kept, Is.EqualTo(new[] { first, later }));
        Assert.That(companions[first], Is.EqualTo(new[] { sameTime }));
    }
}
