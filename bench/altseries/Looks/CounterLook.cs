using RailWatch.AltSeries.Bench.Yards;

namespace RailWatch.AltSeries.Bench.Looks;

/// <summary>One pass over the yard as the counter reports it: a count and its interval, or nothing where cloud hid the yard.</summary>
internal readonly record struct Look(double Time, int? Count, int? Low, int? High, double? ObservedFraction);

/// <summary>
/// What the counter makes of a pass. Cloud hides part of the yard; since cars stand in cuts on tracks, a cut is
/// seen mostly whole or mostly not (each cut's visible share is drawn around the visible fraction), unlike cars
/// thinned one by one. The counter errs by a log-normal factor and a car or so, and now and then grossly: a cloud
/// shadow or a row of containers read as cars, or haze that hides a third to a half of them. Its interval claims
/// an error 0.7–1.1 times the true one, and a gross error lies outside it. One reported fraction in ten is off by
/// a few points (the cloud mask's own error).
/// </summary>
internal static class CounterLook
{
    private const double AdditiveSd = 0.7;
    private const double Z90 = 1.645;

    public static Look? Take(YardTraits yard, YardTraffic traffic, int day, bool cloudy, AltSeriesFaults faults, Random rng)
    {
        var time = day + 0.44 + (0.04 * (rng.NextDouble() - 0.5));
        double fraction;
        if (cloudy)
        {
            if (rng.NextDouble() < 0.7)
            {
                return rng.NextDouble() < 0.5 ? new Look(time, null, null, null, null) : null;
            }

            fraction = TraitDraw.Uniform(rng, 0.05, 0.5);
        }
        else
        {
            fraction = rng.NextDouble() < 0.25 ? TraitDraw.Uniform(rng, 0.4, 0.95) : 1;
        }

        var visible = 0;
        foreach (var cut in traffic.At(time))
        {
            if (fraction >= 1)
            {
                visible += cut.Size;
                continue;
            }

            var cutShare = Beta(rng, 2 * fraction, 2 * (1 - fraction));
            visible += Binomial(rng, cut.Size, faults.CutClouds ? cutShare : fraction);
        }

        var counted = (visible * Math.Exp(yard.CounterError * TraitDraw.Normal(rng))) + (AdditiveSd * TraitDraw.Normal(rng));
        var fault = rng.NextDouble();
        if (fault < 0.015)
        {
            var factor = TraitDraw.Uniform(rng, 1.3, 1.8);
            var cars = TraitDraw.Uniform(rng, 2, 8);
            counted = faults.GrossErrors ? (counted * factor) + cars : counted;
        }
        else if (fault < 0.03)
        {
            var factor = TraitDraw.Uniform(rng, 0.4, 0.7);
            counted = faults.GrossErrors ? counted * factor : counted;
        }

        var count = Math.Max(0, (int)Math.Round(counted));
        var confidence = TraitDraw.Uniform(rng, 0.7, 1.1);
        var claimed = yard.CounterError * (faults.OverconfidentIntervals ? confidence : 1);
        var sd = Math.Sqrt((AdditiveSd * AdditiveSd) + (claimed * count * claimed * count));
        var misread = rng.NextDouble() < 0.1 ? Math.Clamp(fraction + (0.08 * TraitDraw.Normal(rng)), 0.05, 1) : fraction;
        var reported = faults.FractionErrors ? misread : fraction;
        return new Look(
            time,
            count,
            Math.Max(0, (int)Math.Floor(count - (Z90 * sd))),
            (int)Math.Ceiling(count + (Z90 * sd)),
            Math.Round(reported, 3));
    }

    private static int Binomial(Random rng, int n, double p)
    {
        var k = 0;
        for (var i = 0; i < n; i++)
        {
            k += rng.NextDouble() < p ? 1 : 0;
        }

        return k;
    }

    private static double Beta(Random rng, double a, double b)
    {
        var x = GammaAnyShape(rng, a);
        var y = GammaAnyShape(rng, b);
        return x / (x + y);
    }

    private static double GammaAnyShape(Random rng, double shape) => shape >= 1
        ? TraitDraw.Gamma(rng, shape)
        : TraitDraw.Gamma(rng, shape + 1) * Math.Pow(1 - rng.NextDouble(), 1 / shape);
}
