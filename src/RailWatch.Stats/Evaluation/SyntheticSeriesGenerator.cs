using System.Globalization;
using MathNet.Numerics.Distributions;
using RailWatch.Core.Flags;

namespace RailWatch.Stats.Evaluation;

/// <summary>
/// Generates labelled railcar count series for the benchmark. Per yard: a negative-binomial count around a mean
/// with a weekday pattern, an annual cycle (two harmonics) and a log-linear trend; a satellite revisit of 1–7 days
/// whose passes are lost to cloud by a two-state Markov chain; partial views (observed fraction) that thin the
/// count binomially; counter noise with a 90% interval (low, high). After a year of burn-in without events, the
/// second year gets spikes (1–3 days, ×2–4), sustained rises (7–60 days, ×1.5–3) and decreases (7–60 days,
/// ×0.3–0.7), which must not be flagged. Deterministic for a seed.
/// </summary>
public static class SyntheticSeriesGenerator
{
    private const double CloudyToCloudy = 0.65;
    private const double ClearToCloudy = 0.3;

    public static SyntheticSeries Generate(SyntheticSeriesOptions options, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var observations = new List<CountObservation>();
        var events = new List<LabelledEvent>();
        var yards = new List<SyntheticYard>(options.Yards);
        var inControl = new List<double>();
        for (var y = 0; y < options.Yards; y++)
        {
            ct.ThrowIfCancellationRequested();

            // One random stream per yard, so a yard's series does not depend on how many yards are generated.
            var rng = new Random((int)(((options.Seed * 1_000_003L) + (y * 7_919L) + 17) % int.MaxValue));
            var id = string.Create(CultureInfo.InvariantCulture, $"Y{options.Seed:D3}-{y:D5}");
            yards.Add(GenerateYard(id, options, rng, observations, events, inControl));
        }

        return new SyntheticSeries(options, observations, events) { Yards = yards, InControlMeans = inControl };
    }

    private static SyntheticYard GenerateYard(string id, SyntheticSeriesOptions o, Random rng, List<CountObservation> observations, List<LabelledEvent> events, List<double> inControl)
    {
        var baseMean = Math.Exp(Uniform(rng, Math.Log(5), Math.Log(150)));
        var size = Math.Exp(Uniform(rng, Math.Log(4), Math.Log(40)));
        var weekday = new double[7];
        for (var d = 0; d < 7; d++)
        {
            weekday[d] = Normal.Sample(rng, 0, 0.1);
        }

        var meanWeekday = weekday.Average();
        var amp1 = Uniform(rng, 0, 0.3);
        var phase1 = Uniform(rng, 0, 2 * Math.PI);
        var amp2 = Uniform(rng, 0, 0.1);
        var phase2 = Uniform(rng, 0, 2 * Math.PI);
        var trendPerDay = Normal.Sample(rng, 0, 0.15) / 365.25;
        var revisit = rng.Next(1, 8);
        var offset = rng.Next(0, revisit);
        var counterQuality = Uniform(rng, 0.03, 0.15);

        var yardEvents = PlaceEvents(id, o, rng);
        events.AddRange(yardEvents);

        var cloudy = rng.NextDouble() < 0.45;
        for (var day = offset; day < o.Days; day += revisit)
        {
            cloudy = rng.NextDouble() < (cloudy ? CloudyToCloudy : ClearToCloudy);
            if (cloudy)
            {
                continue;
            }

            var date = o.Start.AddDays(day);
            var doy = 2 * Math.PI * date.DayOfYear / 365.25;
            var logMean = Math.Log(baseMean) + (weekday[(int)date.DayOfWeek] - meanWeekday)
                + (amp1 * Math.Sin(doy + phase1)) + (amp2 * Math.Sin((2 * doy) + phase2)) + (trendPerDay * day);
            var mean = Math.Exp(logMean);
            var inControlMean = mean;
            foreach (var e in yardEvents)
            {
                if (date >= e.Start && date <= e.End)
                {
                    mean *= e.Factor;
                }
            }

            var truth = SampleNegativeBinomial(rng, mean, size);
            var fraction = rng.NextDouble() < 0.3 ? Math.Round(Uniform(rng, 0.3, 0.95), 2) : 1.0;
            var seen = fraction < 1 ? Binomial.Sample(rng, fraction, truth) : truth;
            var sd = 0.5 + (counterQuality * seen);
            var counted = Math.Max(0, (int)Math.Round(seen + Normal.Sample(rng, 0, sd)));
            var low = Math.Max(0, (int)Math.Floor(counted - (1.645 * sd)));
            var high = (int)Math.Ceiling(counted + (1.645 * sd));

            // Acquisitions near 02:00 UTC (mid-morning in the Far East), with a few minutes' jitter.
            var acquired = new DateTimeOffset(date.ToDateTime(new TimeOnly(1, 50)), TimeSpan.Zero).AddMinutes(rng.Next(0, 20));
            observations.Add(new CountObservation(id, acquired, counted) { Low = low, High = high, ObservedFraction = fraction });
            inControl.Add(inControlMean);
        }

        return new SyntheticYard(id, baseMean, size, revisit, counterQuality);
    }

    private static List<LabelledEvent> PlaceEvents(string id, SyntheticSeriesOptions o, Random rng)
    {
        var kinds = new List<EventKind>();
        kinds.AddRange(Enumerable.Repeat(EventKind.Sustained, o.RisesPerYard));
        kinds.AddRange(Enumerable.Repeat(EventKind.Spike, o.SpikesPerYard));
        if (rng.NextDouble() < o.DecreaseProbability)
        {
            kinds.Add(EventKind.Decrease);
        }

        var placed = new List<LabelledEvent>();
        foreach (var kind in kinds)
        {
            var (length, factor) = kind switch
            {
                EventKind.Spike => (rng.Next(1, 4), Uniform(rng, 2, 4)),
                EventKind.Sustained => (rng.Next(7, 61), Uniform(rng, 1.5, 3)),
                _ => (rng.Next(7, 61), Uniform(rng, 0.3, 0.7)),
            };
            for (var attempt = 0; attempt < 200; attempt++)
            {
                var start = o.Start.AddDays(rng.Next(o.BurnInDays, o.Days - length));
                var end = start.AddDays(length - 1);
                var clear = placed.TrueForAll(p =>
                    end.AddDays(o.EventSpacingDays) < p.Start || start > p.End.AddDays(o.EventSpacingDays));
                if (clear)
                {
                    placed.Add(new LabelledEvent(id, kind, start, end, Math.Round(factor, 3)));
                    break;
                }
            }
        }

        placed.Sort((a, b) => a.Start.CompareTo(b.Start));
        return placed;
    }

    private static int SampleNegativeBinomial(Random rng, double mean, double size)
    {
        var lambda = Gamma.Sample(rng, size, size / mean);
        return Poisson.Sample(rng, Math.Max(lambda, 1e-9));
    }

    private static double Uniform(Random rng, double lo, double hi) => lo + ((hi - lo) * rng.NextDouble());
}
