using RailWatch.Vision.Calibration;

namespace RailWatch.Vision.Tests.Calibration;

public sealed class HardExamplesTests
{
    [Test]
    public void Select_TakesTheWorstMistakesOfEachClassWithinItsLimit()
    {
        float[] targets = [0, 0, 0, 0, 1, 1, 1];
        float[] predicted = [0.9f, 0.1f, 0.6f, 0.3f, 0.2f, 0.95f, 0.7f];

        var chosen = HardExamples.Select(predicted, targets, cls => cls == 0 ? 2 : 5);

        Assert.That(chosen, Is.EqualTo(new[] { 0, 2, 4, 6 }));
    }

    [Test]
    public void Select_IgnoresSamplesWithinTheMarginOfTheirTarget()
    {
        float[] targets = [0, 1];
        float[] predicted = [HardExamples.Margin - 0.01f, 1 - HardExamples.Margin + 0.01f];

        Assert.That(HardExamples.Select(predicted, targets, _ => 10), Is.Empty);
    }

    [Test]
    public void Select_BreaksTiesByPoolOrder()
    {
        float[] targets = [0, 0, 0];
        float[] predicted = [0.8f, 0.8f, 0.8f];

        Assert.That(HardExamples.Select(predicted, targets, _ => 2), Is.EqualTo(new[] { 0, 1 }));
    }

    [Test]
    public void Select_MismatchedLengths_Throws() =>
        Assert.That(() => HardExamples.Select([0.5f], [0, 1], _ => 1), Throws.ArgumentException);
}
