namespace RailWatch.Stats.Model;

/// <summary>
/// How the counter's own uncertainty (the width of its [low, high] interval) grows with the count, learnt from the
/// yard's history as an exponentially weighted least-squares line SD = a + b · count, where count is what the baseline
/// expected when the look was taken. A yard has one such line per source of counts (<c>CountObservation.Source</c>).
/// </summary>
/// <remarks>
/// A test of "is this count above the baseline" must use the counter noise the count would have had if it were at the
/// baseline: a counter reports wider intervals for larger counts, so the interval of a surge's count overstates the
/// noise under the null and would hide the very surge being tested. Before the line is known, and for yards whose
/// counts hardly vary, the observation's own interval (or the yard's typical SD) stands in.
/// <para>
/// The line is fitted against the expected count, not the reported one. The two barely differ for a counter whose
/// error is noise. They do differ for a source that overcounts within its wide intervals, such as a 3 m sensor on a
/// nearly empty yard. Against the reported count, its high counts and wide intervals would read as intervals that
/// grow with the count, and at the expected count its looks would then be taken as sure ones.
/// </para>
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

    /// <summary>Learns from one look whose interval has SD <paramref name="observedSd"/>, taken when the baseline expected <paramref name="expected"/>.</summary>
    public void Add(double expected, double observedSd)
    {
        if (observedSd <= 0)
        {
            return;
        }

        w = (w * Memory) + 1;
        sx = (sx * Memory) + expected;
        sxx = (sxx * Memory) + (expected * expected);
        sy = (sy * Memory) + observedSd;
        sxy = (sxy * Memory) + (expected * observedSd);
    }
}
