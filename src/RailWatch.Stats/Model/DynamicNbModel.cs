namespace RailWatch.Stats.Model;

/// <summary>
/// A dynamic negative-binomial regression for one yard's counts, filtered online.
/// log E[count] = log(observed fraction) + level + annual Fourier terms + weekday effects; the level carries a
/// local linear trend. The state is Gaussian (mean, covariance) and evolves as a random walk whose variance grows
/// with the days elapsed, which is how irregular sampling and gaps of weeks are handled. Each observation updates
/// the state by one Fisher-scoring (extended Kalman) step on the negative-binomial likelihood, with a weight that
/// lets outliers and flagged observations teach the baseline little. Cost per observation: O(P²), P = 12.
/// </summary>
internal sealed class DynamicNbModel
{
    public const int P = 12;
    private const int Level = 0;
    private const int Trend = 1;
    private const int Season = 2;
    private const int Weekday = 6;
    private const double PriorInverseSize = 0.1;
    private const double PriorDispersionWeight = 10;
    private const double DispersionMemory = 1.0 - (1.0 / 150);
    private const double MinInverseSize = 0.002;
    private const double MaxInverseSize = 3.0;
    private const double DispersionClip = 6.0;
    private const double FlaggedDispersionClip = 3.0;

    private readonly DetectorOptions options;
    private readonly double[] m = new double[P];
    private readonly double[] c = new double[P * P];
    private readonly double[] pm = new double[P];
    private readonly double[] pc = new double[P * P];
    private readonly double[] x = new double[P];
    private readonly double[] cx = new double[P];
    private double lastDay;
    private double dispersionNum;
    private double peakLevel;
    private double testLevel;
    private double dispersionDen;
    private double dispersionCount;

    public DynamicNbModel(DetectorOptions options) => this.options = options;

    public bool Started { get; private set; }

    public int Observations { get; private set; }

    public double FirstDay { get; private set; }

    public double LastDay => lastDay;

    /// <summary>The filtered log level after the last update.</summary>
    public double LevelLog => m[Level];

    public double InverseSize => Math.Clamp(dispersionNum / dispersionDen, MinInverseSize, MaxInverseSize);

    /// <summary>
    /// The dispersion the predictive uses: the estimate raised by one standard error of it (a moment estimate from
    /// about <see cref="dispersionCount"/> squared residuals of a negative binomial, whose excess kurtosis is about 6/r).
    /// A plug-in estimate understates the predictive's tail where it matters most, at overdispersed yards with
    /// little history; this is a cheap stand-in for integrating over the estimate's uncertainty.
    /// </summary>
    private double PredictiveInverseSize
    {
        get
        {
            var a = InverseSize;
            return a * (1 + Math.Sqrt((2 + (6 * a)) / dispersionCount));
        }
    }

    /// <summary>Starts the state at the first observation's count scaled to the whole yard.</summary>
    public void Start(double day, int count, double fraction)
    {
        Array.Clear(m);
        Array.Clear(c);
        m[Level] = Math.Log((count + 0.5) / fraction);
        c[(Level * P) + Level] = 0.25;
        c[(Trend * P) + Trend] = 1e-6;
        for (var i = Season; i < Weekday; i++)
        {
            c[(i * P) + i] = i < Season + 2 ? options.SeasonPriorVariance : options.SeasonPriorVariance / 4;
        }

        for (var i = Weekday; i < P; i++)
        {
            c[(i * P) + i] = options.WeekdayPriorVariance;
        }

        var level = Math.Max(1.0, (count + 0.5) / fraction);
        dispersionDen = PriorDispersionWeight * level * level;
        dispersionNum = PriorInverseSize * dispersionDen;
        dispersionCount = PriorDispersionWeight;
        peakLevel = m[Level];
        lastDay = day;
        FirstDay = day;
        Observations = 1;
        Started = true;
    }

    /// <summary>The predictive distribution at <paramref name="day"/>; keeps the predicted state for <see cref="Update"/>.</summary>
    /// <remarks>The counter's variance is taken at the predicted count, from <paramref name="counter"/> and the observation's own SD.</remarks>
    public Prediction Predict(double day, DayOfWeek weekday, double fraction, CounterNoise counter, double observedCounterSd)
    {
        var dt = Math.Max(0.0, day - lastDay);
        Array.Copy(m, pm, P);
        Array.Copy(c, pc, P * P);

        // Transition: level += trend · dt (F = I + dt·e_level e_trendᵀ), then the random-walk variance.
        pm[Level] += pm[Trend] * dt;
        if (dt > 0)
        {
            for (var j = 0; j < P; j++)
            {
                pc[(Level * P) + j] += dt * pc[(Trend * P) + j];
            }

            for (var i = 0; i < P; i++)
            {
                pc[(i * P) + Level] += dt * pc[(i * P) + Trend];
            }

            pc[(Level * P) + Level] += options.LevelVariancePerDay * dt;
            pc[(Trend * P) + Trend] += options.TrendVariancePerDay * dt;
            for (var i = Season; i < Weekday; i++)
            {
                pc[(i * P) + i] += options.SeasonVariancePerDay * dt;
            }

            for (var i = Weekday; i < P; i++)
            {
                pc[(i * P) + i] += options.WeekdayVariancePerDay * dt;
            }
        }

        // The level increases are tested against: the current level, or a recent higher one decaying towards it.
        var decay = options.DeclineMemoryDays > 0 ? Math.Exp(-dt / options.DeclineMemoryDays) : 0;
        testLevel = pm[Level] + (Math.Max(0, peakLevel - pm[Level]) * decay);

        Design(day, weekday);
        var eta = testLevel - pm[Level];
        for (var i = 0; i < P; i++)
        {
            eta += x[i] * pm[i];
        }

        var v = 0.0;
        for (var i = 0; i < P; i++)
        {
            var s = 0.0;
            for (var j = 0; j < P; j++)
            {
                s += pc[(i * P) + j] * x[j];
            }

            cx[i] = s;
            v += x[i] * s;
        }

        v = Math.Max(v, 0.0);

        // Log-normal mixture of NB(exp(η), r): mean e^{η+v/2}, 1/size' = (1 + 1/r)e^v − 1; then the counter's own variance.
        var logMean = eta + Math.Log(fraction);
        var mean = Math.Exp(logMean + (v / 2));
        var inverseSize = ((1 + PredictiveInverseSize) * Math.Exp(v)) - 1;
        var counterSd = counter.NullSd(observedCounterSd, mean);
        var counterVariance = counterSd * counterSd;
        var variance = mean + (mean * mean * inverseSize) + counterVariance;
        return new Prediction(mean, NegativeBinomial.SizeFor(mean, variance), logMean, v, counterVariance, testLevel - pm[Level]);
    }

    /// <summary>Folds the observation into the state predicted by the last <see cref="Predict"/>, with weight in [0, 1].</summary>
    /// <remarks>
    /// Every observation teaches the dispersion; a flagged one with its residual clipped at 3 predictive SDs. Leaving
    /// flagged counts out altogether would cut off the upper tail of an overdispersed yard's in-control counts, so its
    /// dispersion would be underestimated and it would be flagged more and more (a self-reinforcing bias); keeping them
    /// unclipped would let surges inflate it.
    /// </remarks>
    public void Update(double day, Prediction prediction, int count, double weight, bool flagged)
    {
        // Quasi-likelihood score and information on η at the plug-in mean (NB variance plus the counter's),
        // about the filtered level (not the decline-held test level).
        var mu0 = Math.Exp(prediction.LogMean - prediction.HoldOffset);
        var varY = mu0 + (mu0 * mu0 * InverseSize) + prediction.CounterVariance;
        var score = weight * mu0 * (count - mu0) / varY;
        var info = weight * mu0 * mu0 / varY;

        var v = prediction.LogVariance;
        var gain = 1.0 / (1.0 + (info * v));
        for (var i = 0; i < P; i++)
        {
            m[i] = pm[i] + (cx[i] * score * gain);
        }

        var k = info * gain;
        for (var i = 0; i < P; i++)
        {
            var ci = cx[i] * k;
            for (var j = 0; j < P; j++)
            {
                c[(i * P) + j] = pc[(i * P) + j] - (ci * cx[j]);
            }
        }

        {
            // Moment estimate of 1/size from the predictive residual, clipped so one outlier cannot inflate it.
            var mean = prediction.FitMean;
            var sd = Math.Sqrt(prediction.FitVariance);
            var clip = flagged ? FlaggedDispersionClip : DispersionClip;
            var r = Math.Clamp(count - mean, -clip * sd, clip * sd);
            var ev = Math.Exp(v);
            var num = (r * r) - mean - prediction.CounterVariance - (mean * mean * (ev - 1));
            // Weighted by how much of the residual's variance is the yard's own: a look whose counter interval dwarfs the
            // negative binomial's (a coarse sensor's) says little about the dispersion, and an overcount inside its interval
            // would otherwise be read as a sign that the yard varies less than it does.
            var own = mean + (mean * mean * InverseSize);
            var share = own / (own + prediction.CounterVariance);
            share *= share;

            dispersionNum = (dispersionNum * DispersionMemory) + (share * num);
            dispersionDen = (dispersionDen * DispersionMemory) + (share * mean * mean * ev);
            dispersionCount = (dispersionCount * DispersionMemory) + share;
        }

        // No decline hold while the level is still being learnt (cold start): an early outlier must not be held.
        peakLevel = Observations >= options.ColdStartObservations ? Math.Max(testLevel, m[Level]) : m[Level];
        lastDay = Math.Max(lastDay, day);
        Observations++;
    }

    private void Design(double day, DayOfWeek weekday)
    {
        Array.Clear(x);
        x[Level] = 1;
        var phase = 2 * Math.PI * day / 365.2425;
        var (sin, cos) = Math.SinCos(phase);
        x[Season] = sin;
        x[Season + 1] = cos;
        x[Season + 2] = 2 * sin * cos;
        x[Season + 3] = (cos * cos) - (sin * sin);

        // Effect coding: Monday..Saturday each have a coefficient, Sunday is minus their sum.
        if (weekday == DayOfWeek.Sunday)
        {
            for (var i = Weekday; i < P; i++)
            {
                x[i] = -1;
            }
        }
        else
        {
            x[Weekday + (int)weekday - 1] = 1;
        }
    }
}
