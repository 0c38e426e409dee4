namespace RailWatch.Stats.Model;

/// <summary>
/// How the counter's own uncertainty (the width of its [low, high] interval) grows with the count, learnt from the
/// yard's history as an exponentially weighted least-squares line SD = a + b · count.
/// </summary>
/// <remarks>
/// A test of "is this count above the baseline" must use the counter noise the count would have had if it were at the
/// baseline: a counter reports wider intervals for larger counts, so the interval of a surge's count overstates the
/// noise under the null and would hide the very surge being tested. Before the line is known, and for yards whose
/// counts hardly vary, the observation's own interval (or the yard's typical SD) stands in.
/// </remarks>
internal sealed class CounterNoise
{
    private const double Memory = 0.98;
    private const double MinimumWeight = 5;
    private double w;
    private double sx;
    private double sxx;
    private double sy;
    private double sxy;

    /// <summary>The counter SD to assume for a count expected to be <paramref name="mean"/>, given this observation's own SD.</summary>
    public double NullSd(double observedSd, double mean)
    {
        if (observedSd <= 0 || w < MinimumWeight)
        {
            return observedSd;
        }

        var mx = sx / w;
        var my = sy / w;
        var vx = (sxx / w) - (mx * mx);
        if (vx < 1)
        {
            return my;
        }

        var slope = Math.Max(0, ((sxy / w) - (mx * my)) / vx);
        var intercept = Math.Max(0, my - (slope * mx));
        return intercept + (slope * Math.Max(0, mean));
    }

    public void Add(int count, double observedSd)
    {
        if (observedSd <= 0)
        {
            return;
        }

        w = (w * Memory) + 1;
        sx = (sx * Memory) + count;
        sxx = (sxx * Memory) + ((double)count * count);
        sy = (sy * Memory) + observedSd;
        sxy = (sxy * Memory) + (count * observedSd);
    }
}
