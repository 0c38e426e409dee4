using RailWatch.Core.Counting;

namespace RailWatch.Core.Tests.Counting;

public sealed class CountEstimateTests
{
    [Test]
    public void NotObserved_IsNotZeroCars()
    {
        Assert.Multiple(() =>
        {
            Assert.That(CountEstimate.NotObserved.IsObserved, Is.False);
            Assert.That(CountEstimate.NotObserved.Count, Is.Null);
            Assert.That(CountEstimate.NotObserved.Contains(0), Is.False);
        });
    }

    [TestCase(10, true)]
    [TestCase(12, true)]
    [TestCase(13, false)]
    [TestCase(9, false)]
    public void Contains_ChecksTheInterval(int truth, bool expected) =>
        Assert.That(new CountEstimate(11, 10, 12).Contains(truth), Is.EqualTo(expected));
}
