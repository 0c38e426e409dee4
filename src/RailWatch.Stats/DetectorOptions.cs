namespace RailWatch.Stats;

/// <summary>Settings of <see cref="IncreaseDetector"/>. The defaults are the ones tuned on training seeds (docs/stats.md).</summary>
public sealed record DetectorOptions
{
    /// <summary>
    /// Target rate of spike false alarms per yard-year. With the yard's own observations per year it sets the
    /// per-observation level of the one-sided spike test: α = rate / observations per year (at most <see cref="MaxSpikeAlpha"/>).
    /// </summary>
    public double SpikeFalseAlarmsPerYear { get; init; } = 0.8;

    /// <summary>Largest per-observation level of the spike test, for yards seen rarely.</summary>
    public double MaxSpikeAlpha { get; init; } = 0.02;

    /// <summary>
    /// Days over which the level that increases are tested against forgets a decline: after a drop the baseline
    /// learns the lower level, but a return to the earlier level is not a rise beyond the yard's history.
    /// </summary>
    public double DeclineMemoryDays { get; init; } = 240;

    /// <summary>False discovery rate of the Benjamini–Hochberg step across the yards observed on one night.</summary>
    public double FalseDiscoveryRate { get; init; } = 0.1;

    /// <summary>Rate of increase the CUSUM is tuned to detect (its alternative is this multiple of the baseline).</summary>
    public double CusumShift { get; init; } = 2.0;

    /// <summary>
    /// Nominal rate of CUSUM false alarms per yard-year; with the yard's own observations per year it sets the
    /// threshold h = max(2, ln(ARL0)), since a likelihood-ratio CUSUM has an in-control run length of at least e^h
    /// observations. That is a lower bound, far from tight here (the per-observation cap, the two-observation and
    /// excess conditions all lengthen the run): at the default 6 the measured rate is about 0.1–0.15 per yard-year.
    /// </summary>
    public double CusumFalseAlarmsPerYear { get; init; } = 6;

    /// <summary>
    /// Minutes within which a yard's observations on one night are looks at the same pass (overlapping scenes of one
    /// strip, or two satellites minutes apart): one of them is tested and learnt from, the others are not
    /// independent evidence. 0 keeps apart every two looks that are not at the very same time.
    /// </summary>
    public double SamePassMinutes { get; init; } = 30;

    /// <summary>Smallest increase, in cars over the expected count of the observation, worth an analyst's time.</summary>
    public double MinimumExcess { get; init; } = 3.0;

    /// <summary>Observations before which a yard is in cold start (stricter spike test, no CUSUM, labelled).</summary>
    public int ColdStartObservations { get; init; } = 12;

    /// <summary>Days of history before which a yard is in cold start.</summary>
    public double ColdStartDays { get; init; } = 45;

    /// <summary>Observations a yard needs before anything is flagged at all.</summary>
    public int MinimumObservations { get; init; } = 4;

    /// <summary>Factor on the spike level during cold start (stricter).</summary>
    public double ColdStartAlphaFactor { get; init; } = 0.1;

    /// <summary>Weight with which a flagged observation teaches the baseline (0: not at all, 1: fully).</summary>
    public double FlaggedWeight { get; init; } = 0.05;

    /// <summary>
    /// Huber bound, in predictive standard deviations, beyond which an observation is down-weighted; moved up (above
    /// the mean) and down (below) by the predictive's skewness, so a right-skewed yard's in-control counts are not
    /// down-weighted more often above than below.
    /// </summary>
    public double HuberBound { get; init; } = 2.0;

    /// <summary>Random-walk variance of the log level per day.</summary>
    public double LevelVariancePerDay { get; init; } = 2e-5;

    /// <summary>Random-walk variance of the log trend (per day) per day.</summary>
    public double TrendVariancePerDay { get; init; } = 1e-9;

    /// <summary>Random-walk variance of the annual Fourier coefficients per day.</summary>
    public double SeasonVariancePerDay { get; init; } = 2e-6;

    /// <summary>Prior variance of each annual Fourier coefficient (log scale) at a yard's start.</summary>
    public double SeasonPriorVariance { get; init; } = 0.02;

    /// <summary>Prior variance of each weekday effect (log scale) at a yard's start.</summary>
    public double WeekdayPriorVariance { get; init; } = 0.02;

    /// <summary>Random-walk variance of the weekday effects per day.</summary>
    public double WeekdayVariancePerDay { get; init; } = 2e-6;

    /// <summary>Central coverage of the counter's [low, high] interval, used to turn its width into a standard deviation.</summary>
    public double CounterIntervalCoverage { get; init; } = 0.9;

    internal void Validate()
    {
        static void Check(bool ok, string what)
        {
            if (!ok)
            {
                throw new ArgumentOutOfRangeException(nameof(DetectorOptions), what);
            }
        }

        Check(SpikeFalseAlarmsPerYear > 0, "SpikeFalseAlarmsPerYear must be positive");
        Check(MaxSpikeAlpha is > 0 and <= 0.1, "MaxSpikeAlpha must be in (0, 0.1]");
        Check(DeclineMemoryDays >= 0, "DeclineMemoryDays must not be negative");
        Check(FalseDiscoveryRate is > 0 and <= 0.1, "FalseDiscoveryRate must be in (0, 0.1]");
        Check(CusumShift > 1, "CusumShift must exceed 1");
        Check(CusumFalseAlarmsPerYear > 0, "CusumFalseAlarmsPerYear must be positive");
        Check(FlaggedWeight is >= 0 and <= 1, "FlaggedWeight must be in [0, 1]");
        Check(HuberBound > 0, "HuberBound must be positive");
        Check(CounterIntervalCoverage is > 0 and < 1, "CounterIntervalCoverage must be in (0, 1)");
        Check(MinimumObservations >= 2, "MinimumObservations must be at least 2");
        Check(SamePassMinutes is >= 0 and < 720, "SamePassMinutes must be in [0, 720)");
    }
}
