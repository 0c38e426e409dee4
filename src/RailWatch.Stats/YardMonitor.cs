using System.Globalization;
using RailWatch.Core.Flags;
using RailWatch.Stats.Model;

namespace RailWatch.Stats;

/// <summary>
/// The streaming state of one yard: its baseline and its CUSUM. Feed it the yard's observations in time order,
/// each as <see cref="Assess"/> (what the baseline predicts, before seeing the count) then <see cref="Commit"/>
/// (decide, then fold the count in). The state after a replay depends only on the observations replayed, so a
/// nightly job can rebuild it from the store each night. Not thread-safe; one instance per yard.
/// </summary>
public sealed class YardMonitor
{
    /// <summary>Weight of an observation during a run of excess that the CUSUM is accumulating but has not yet flagged.</summary>
    private const double SuspectWeight = 0.25;

    private readonly DetectorOptions options;
    private readonly DynamicNbModel model;
    /// <summary>How the counter's interval grows with the count, per <see cref="CountObservation.Source"/> ("" for none).</summary>
    private readonly Dictionary<string, CounterNoise> counterNoise = new(StringComparer.Ordinal);
    private readonly double counterZ;
    private DateTimeOffset? lastAcquired;
    private double meanGapDays = double.NaN;
    private long sequence;
    private long assessed = -1;

    // CUSUM for a rise to CusumShift × baseline, and the sums of the current run of excess.
    private double cusum;
    private double runAnchor;
    private int runCount;
    private double runCounts;
    private double runExpected;
    private double runVariance;
    private DateTimeOffset runStart;

    public YardMonitor(string yardId, DetectorOptions options)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(yardId);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        YardId = yardId;
        this.options = options;
        model = new DynamicNbModel(options);
        counterZ = MathNet.Numerics.Distributions.Normal.InvCDF(0, 1, 0.5 + (options.CounterIntervalCoverage / 2));
    }

    public string YardId { get; }

    /// <summary>Observations with a count folded in so far.</summary>
    public int Observations => model.Started ? model.Observations : 0;

    /// <summary>The CUSUM statistic now, and the threshold it is compared with.</summary>
    public double Cusum => cusum;

    public double CusumThreshold => Math.Max(2.0, Math.Log(ObservationsPerYear / options.CusumFalseAlarmsPerYear));

    /// <summary>The per-observation level of the spike test (before cold start makes it stricter).</summary>
    public double SpikeAlpha => Math.Min(options.MaxSpikeAlpha, options.SpikeFalseAlarmsPerYear / ObservationsPerYear);

    /// <summary>The yard's recent sampling rate (exponentially weighted mean gap); weekly until known.</summary>
    private double ObservationsPerYear => double.IsNaN(meanGapDays) ? 365.2425 / 7 : 365.2425 / Math.Max(meanGapDays, 0.25);

    /// <summary>What the baseline predicts for <paramref name="observation"/>; does not change the state.</summary>
    public ObservationAssessment Assess(CountObservation observation)
    {
        ArgumentNullException.ThrowIfNull(observation);
        if (observation.YardId != YardId)
        {
            throw new ArgumentException($"observation of yard '{observation.YardId}' given to the monitor of '{YardId}'", nameof(observation));
        }

        if (lastAcquired is { } last && observation.Acquired <= last)
        {
            throw new ArgumentException(
                $"observations of yard '{YardId}' must come in strictly increasing time: {observation.Acquired:O} after {last:O}", nameof(observation));
        }

        if (observation.Count < 0)
        {
            throw new ArgumentException($"count {observation.Count} is negative", nameof(observation));
        }

        var seq = ++sequence;
        assessed = seq;
        var observed = observation.Count is not null && observation.ObservedFraction > 0;
        if (!observed || !model.Started)
        {
            return new ObservationAssessment
            {
                Observation = observation, Observed = observed, Expected = double.NaN, SpikePValue = 1, SpikeLevel = SpikeAlpha,
                Testable = false, ColdStart = true, History = Observations, Sequence = seq,
            };
        }

        var count = observation.Count!.Value;
        var fraction = Math.Min(1.0, observation.ObservedFraction);
        var prediction = model.Predict(Day(observation.Acquired), observation.Acquired.UtcDateTime.DayOfWeek, fraction, NoiseOf(observation), CounterSd(observation));
        var coldStart = model.Observations < options.ColdStartObservations
            || Day(observation.Acquired) - model.FirstDay < options.ColdStartDays;
        var level = coldStart ? SpikeAlpha * options.ColdStartAlphaFactor : SpikeAlpha;
        var testable = model.Observations >= options.MinimumObservations - 1 && count >= prediction.Mean + options.MinimumExcess;
        // The exact tail only where it can matter: below the minimum excess nothing is tested, and within half a standard
        // deviation of the mean the p-value exceeds any level and any Benjamini–Hochberg threshold (both at most 0.1),
        // so 1 stands in for it without changing a decision. Band() computes it exactly for drawing.
        var p = testable && count - prediction.Mean > 0.5 * Math.Sqrt(prediction.Variance)
            ? NegativeBinomial.UpperTail(count, prediction.Mean, prediction.Size)
            : 1.0;
        return new ObservationAssessment
        {
            Observation = observation, Observed = true, Expected = prediction.Mean, SpikePValue = p, SpikeLevel = level,
            Testable = testable, ColdStart = coldStart, History = model.Observations, Sequence = seq, Prediction = prediction,
        };
    }

    /// <summary>
    /// Decides the observation last assessed and folds it into the baseline. <paramref name="spikeAccepted"/> is the
    /// spike test's verdict after the multiple-testing step across yards (true only where the assessment was testable
    /// and its p-value within its level). Returns the flag, or null.
    /// </summary>
    public Flag? Commit(ObservationAssessment assessment, bool spikeAccepted)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        if (assessment.Sequence != assessed)
        {
            throw new InvalidOperationException("Commit must follow the Assess of the same observation");
        }

        if (spikeAccepted && !(assessment.Testable && assessment.SpikePValue <= assessment.SpikeLevel))
        {
            throw new ArgumentException("a spike can be accepted only where the assessment allows it", nameof(spikeAccepted));
        }

        assessed = -1;
        var observation = assessment.Observation;
        lastAcquired = observation.Acquired;
        if (!assessment.Observed)
        {
            return null;
        }

        var count = observation.Count!.Value;
        var day = Day(observation.Acquired);
        if (!model.Started)
        {
            model.Start(day, count, Math.Min(1.0, observation.ObservedFraction));
            NoiseOf(observation).Add(count, CounterSd(observation));
            return null;
        }

        var gap = day - model.LastDay;
        meanGapDays = double.IsNaN(meanGapDays) ? gap : (0.9 * meanGapDays) + (0.1 * gap);
        var prediction = assessment.Prediction;
        var flag = assessment.ColdStart || model.Observations < options.MinimumObservations - 1 ? null : StepCusum(assessment);
        if (flag is null && spikeAccepted)
        {
            flag = SpikeFlag(assessment);
        }

        var z = (count - prediction.FitMean) / Math.Sqrt(prediction.FitVariance);
        var weight = HuberWeight(z, prediction);
        if (flag is not null)
        {
            weight *= options.FlaggedWeight;
        }
        else if (z > 0 && cusum > CusumThreshold / 2)
        {
            weight *= SuspectWeight;
        }

        model.Update(day, prediction, count, weight, flagged: flag is not null);
        NoiseOf(observation).Add(prediction.Mean, CounterSd(observation));
        return flag;
    }

    /// <summary>The baseline band at an assessed observation (quantiles of the predictive at the spike level).</summary>
    public BaselinePoint Band(ObservationAssessment assessment, bool flagged)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        var o = assessment.Observation;
        if (double.IsNaN(assessment.Expected))
        {
            return new BaselinePoint(o.YardId, o.Acquired, o.Count, o.ObservedFraction, double.NaN, double.NaN, double.NaN, 1, true, flagged);
        }

        var p = assessment.Prediction;
        return new BaselinePoint(
            o.YardId, o.Acquired, o.Count, o.ObservedFraction, p.Mean,
            NegativeBinomial.Quantile(assessment.SpikeLevel, p.Mean, p.Size),
            NegativeBinomial.Quantile(1 - assessment.SpikeLevel, p.Mean, p.Size),
            o.Count > p.Mean ? NegativeBinomial.UpperTail(o.Count.Value, p.Mean, p.Size) : 1.0, assessment.ColdStart, flagged);
    }

    /// <summary>
    /// Huber weight with bounds moved by the predictive's skewness (Cornish–Fisher): a right-skewed negative binomial
    /// has a longer upper tail, and symmetric bounds would down-weight its high in-control counts more than its low
    /// ones, biasing the level (and so the test) low at overdispersed yards.
    /// </summary>
    private double HuberWeight(double z, Prediction prediction)
    {
        var h = options.HuberBound;
        var mean = prediction.FitMean;
        var sd = Math.Sqrt(prediction.FitVariance);
        var skew = mean > 0 && sd > 0 ? ((2 * prediction.FitVariance) - mean) / (mean * sd) : 0; // NB: (2σ² − μ)/(μσ)
        var shift = Math.Clamp(skew, 0, 2) * ((h * h) - 1) / 6;
        var bound = z >= 0 ? h + shift : Math.Max(0.5, h - shift);
        return Math.Abs(z) <= bound ? 1.0 : bound / Math.Abs(z);
    }

    internal static double Day(DateTimeOffset t) => t.UtcTicks / (double)TimeSpan.TicksPerDay;

    /// <summary>
    /// The counter-noise line of the observation's source. A yard seen by a 3 m sensor among 0.5 m ones gets wide
    /// intervals that also overcount an empty yard: one line over both would take the coarse looks' width for growth with
    /// the count, test them as if they were as sure as the fine ones and let their bias teach the baseline.
    /// </summary>
    private CounterNoise NoiseOf(CountObservation o)
    {
        var key = o.Source ?? string.Empty;
        if (!counterNoise.TryGetValue(key, out var noise))
        {
            noise = new CounterNoise();
            counterNoise.Add(key, noise);
        }

        return noise;
    }

    private double CounterSd(CountObservation o) =>
        o.Low is not { } low || o.High is not { } high || high <= low ? 0 : (high - low) / (2 * counterZ);

    private Flag? StepCusum(ObservationAssessment a)
    {
        var p = a.Prediction;
        var count = a.Observation.Count!.Value;
        var h = CusumThreshold;
        var r = p.Size;

        // Tested against the baseline as it stood when the current run of excess began: the level the filter has
        // learnt since then is (possibly) the rise itself, and must not be subtracted from it.
        var mean = runCount > 0 ? p.Mean * Math.Exp(-Math.Max(0, model.LevelLog - runAnchor)) : p.Mean;
        var k = options.CusumShift;
        var llr = (count * Math.Log(k)) - ((count + r) * Math.Log((r + (k * mean)) / (r + mean)));

        // One observation may bring at most half the threshold: a sustained alarm needs at least two.
        cusum = Math.Max(0, cusum + Math.Min(llr, h / 2));
        if (cusum == 0)
        {
            runCount = 0;
            runCounts = runExpected = runVariance = 0;
            return null;
        }

        if (runCount == 0)
        {
            runStart = a.Observation.Acquired;
            runAnchor = model.LevelLog;
        }

        runCount++;
        runCounts += count;
        runExpected += mean;
        runVariance += mean + (mean * mean / r);
        if (cusum < h || runCount < 2 || runCounts - runExpected < 2 * options.MinimumExcess || count <= mean)
        {
            return null;
        }

        var pRun = NegativeBinomial.UpperTail((int)Math.Round(runCounts), runExpected, NegativeBinomial.SizeFor(runExpected, runVariance));
        var reason = string.Create(
            CultureInfo.InvariantCulture,
            $"Counts have stayed above this yard's baseline for {runCount} observations since {runStart:yyyy-MM-dd}: {runCounts:0} cars counted against about {runExpected:0} expected (p = {pRun:G2}), a sustained rise of about ×{runCounts / Math.Max(runExpected, 0.5):0.0}.{Partial(a)}");
        var flag = new Flag(
            YardId, a.Observation.Acquired, count, mean, NegativeBinomial.Quantile(1 - a.SpikeLevel, mean, r),
            pRun, FlagKind.Sustained, "nb-cusum", reason);
        cusum = 0;
        runCount = 0;
        runCounts = runExpected = runVariance = 0;
        return flag;
    }

    private Flag SpikeFlag(ObservationAssessment a)
    {
        var p = a.Prediction;
        var count = a.Observation.Count!.Value;
        var upper = NegativeBinomial.Quantile(1 - a.SpikeLevel, p.Mean, p.Size);
        var cold = a.ColdStart
            ? string.Create(CultureInfo.InvariantCulture, $" The yard has only {a.History} earlier observations, so its baseline is provisional.")
            : string.Empty;
        var reason = string.Create(
            CultureInfo.InvariantCulture,
            $"{count} cars counted against about {p.Mean:0} expected from this yard's own history (flag limit {upper}); a count this high has probability {a.SpikePValue:G2} under the baseline.{Partial(a)}{cold}");
        return new Flag(
            YardId, a.Observation.Acquired, count, p.Mean, upper, a.SpikePValue, FlagKind.Spike,
            a.ColdStart ? "nb-predictive (cold start)" : "nb-predictive", reason);
    }

    /// <summary>
    /// The sentence on a partly seen yard, said only where the share visible rounds below 100% ("only 100% of the yard
    /// was visible" of a 99.6% scene would read as an error).
    /// </summary>
    private static string Partial(ObservationAssessment a) => Math.Round(a.Observation.ObservedFraction * 100) < 100
        ? string.Create(CultureInfo.InvariantCulture, $" Only {a.Observation.ObservedFraction * 100:0}% of the yard was visible; the expectation is scaled to that part.")
        : string.Empty;
}
