using MathNet.Numerics;

namespace RailWatch.Stats.Model;

/// <summary>
/// The negative binomial distribution in the (mean, size) parameterisation: Var = mean + mean²/size.
/// Tails come from the regularised incomplete beta function, so small p-values keep their precision.
/// </summary>
internal static class NegativeBinomial
{
    /// <summary>P(Y ≥ y).</summary>
    public static double UpperTail(int y, double mean, double size)
    {
        if (y <= 0)
        {
            return 1.0;
        }

        if (mean <= 0)
        {
            return 0.0;
        }

        // P(Y ≥ y) = I_{1-p}(y, size) with p = size / (size + mean).
        var q = mean / (size + mean);
        return Math.Clamp(SpecialFunctions.BetaRegularized(y, size, q), 0.0, 1.0);
    }

    /// <summary>P(Y ≤ y).</summary>
    public static double Cdf(int y, double mean, double size) => y < 0 ? 0.0 : 1.0 - UpperTail(y + 1, mean, size);

    public static double LogPmf(int y, double mean, double size)
    {
        var p = size / (size + mean);
        return SpecialFunctions.GammaLn(y + size) - SpecialFunctions.GammaLn(size) - SpecialFunctions.GammaLn(y + 1.0)
            + (size * Math.Log(p)) + (y * Math.Log(mean / (size + mean)));
    }

    /// <summary>The smallest y with P(Y ≤ y) ≥ level, found by walking the probability mass function.</summary>
    public static int Quantile(double level, double mean, double size)
    {
        if (mean <= 0)
        {
            return 0;
        }

        var p = size / (size + mean);
        var pmf = Math.Exp(size * Math.Log(p));
        var cdf = pmf;
        var y = 0;
        var limit = (int)Math.Min(int.MaxValue - 1, mean + (50 * Math.Sqrt(mean + (mean * mean / size))) + 50);
        while (cdf < level && y < limit)
        {
            // pmf(y+1) = pmf(y) · (y + size) / (y + 1) · (1 - p)
            pmf *= (y + size) / (y + 1.0) * (1 - p);
            y++;
            cdf += pmf;
            if (pmf == 0 && cdf < level)
            {
                // Underflow at the start (huge means): fall back to the beta-function CDF.
                return QuantileByBisection(level, mean, size, y, limit);
            }
        }

        return y;
    }

    /// <summary>Size that gives variance <paramref name="variance"/> at mean <paramref name="mean"/> (near-Poisson when the variance is not above the mean).</summary>
    public static double SizeFor(double mean, double variance)
    {
        var excess = variance - mean;
        return excess <= mean * mean * 1e-6 ? 1e6 : Math.Min(1e6, mean * mean / excess);
    }

    private static int QuantileByBisection(double level, double mean, double size, int lo, int hi)
    {
        while (lo < hi)
        {
            var mid = lo + ((hi - lo) / 2);
            if (Cdf(mid, mean, size) >= level)
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }

        return lo;
    }
}
