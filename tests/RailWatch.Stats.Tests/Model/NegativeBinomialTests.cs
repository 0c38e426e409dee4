using MathNet.Numerics;
using RailWatch.Stats.Model;

namespace RailWatch.Stats.Tests.Model;

public sealed class NegativeBinomialTests
{
    [TestCase(1, 3.0, 1.0)]
    [TestCase(5, 3.0, 1.0)]
    [TestCase(12, 3.0, 1.0)]
    [TestCase(40, 10.0, 1.0)]
    public void UpperTail_SizeOne_MatchesGeometricClosedForm(int y, double mean, double size)
    {
        // With size 1 the NB is geometric on {0, 1, ...}: P(Y ≥ y) = (mean / (1 + mean))^y exactly.
        var expected = Math.Pow(mean / (1 + mean), y);

        Assert.That(NegativeBinomial.UpperTail(y, mean, size), Is.EqualTo(expected).Within(1e-10).Percent);
    }

    [TestCase(0, 20.0, 5.0)]
    [TestCase(25, 20.0, 5.0)]
    [TestCase(70, 20.0, 5.0)]
    [TestCase(70, 20.0, 50.0)]
    [TestCase(3, 0.7, 2.5)]
    public void UpperTail_MatchesMathNetDistribution(int y, double mean, double size)
    {
        // Reference: MathNet's NegativeBinomial(r, p) with p = r / (r + mean), P(Y ≥ y) = 1 − CDF(y − 1).
        var p = size / (size + mean);
        var expected = y == 0 ? 1.0 : 1 - MathNet.Numerics.Distributions.NegativeBinomial.CDF(size, p, y - 1);

        Assert.That(NegativeBinomial.UpperTail(y, mean, size), Is.EqualTo(expected).Within(1e-9));
    }

    [Test]
    public void UpperTail_FarTail_KeepsRelativePrecisionOfDirectSum()
    {
        // Far in the tail 1 − CDF cancels; compare with a direct sum of the pmf (to 1e-8 relative).
        const double mean = 20, size = 8;
        var direct = 0.0;
        for (var k = 200; k < 5000; k++)
        {
            direct += Math.Exp(NegativeBinomial.LogPmf(k, mean, size));
        }

        var tail = NegativeBinomial.UpperTail(200, mean, size);

        Assert.That(direct, Is.LessThan(1e-15));
        Assert.That(tail, Is.EqualTo(direct).Within(1e-8).Percent);
    }

    [Test]
    public void LogPmf_MatchesMathNet()
    {
        var p = 6.0 / (6.0 + 15.0);

        Assert.That(NegativeBinomial.LogPmf(11, 15, 6), Is.EqualTo(MathNet.Numerics.Distributions.NegativeBinomial.PMFLn(6, p, 11)).Within(1e-10));
    }

    [TestCase(0.5)]
    [TestCase(0.99)]
    [TestCase(0.999)]
    public void Quantile_IsSmallestCountReachingLevel(double level)
    {
        const double mean = 35, size = 4;
        var q = NegativeBinomial.Quantile(level, mean, size);

        Assert.That(NegativeBinomial.Cdf(q, mean, size), Is.GreaterThanOrEqualTo(level));
        Assert.That(NegativeBinomial.Cdf(q - 1, mean, size), Is.LessThan(level));
    }

    [Test]
    public void SizeFor_RecoversSizeFromVariance()
    {
        Assert.That(NegativeBinomial.SizeFor(20, 20 + (400 / 7.0)), Is.EqualTo(7).Within(1e-9));
        Assert.That(Precision.AlmostEqual(NegativeBinomial.SizeFor(20, 20), 1e6, 1e-9), Is.True);
    }
}
