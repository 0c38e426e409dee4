using System.Runtime.CompilerServices;
using RailWatch.Vision.Model;
using RailWatch.Vision.Occupancy;
using RailWatch.Vision.Strips;

namespace RailWatch.Vision.Segmentation;

/// <summary>
/// Splits a track's occupancy profile into individual cars: a semi-Markov dynamic programme over the samples,
/// where a car is a run of samples whose length (car plus coupling gap) is likely under the car-length prior,
/// cars score by how car-like their samples are and gain where they start or end on a gap or a change of colour.
/// Where gaps cannot be seen the length prior alone divides long runs of cars. Cars coupled into a train need
/// less evidence each than a lone car (<see cref="CounterModel.TrainNeutralProbability"/>).
/// </summary>
internal static class CarSegmenter
{
    private const double LlrClip = 3.0;
    private const double CutWeight = 1.5;
    private const double CarCost = 0.5;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static IReadOnlyList<CarSegment> Segment(TrackProfile profile, CounterModel model)
    {
        var n = profile.Strip.Length;
        var step = profile.Strip.StepMetres;
        var (minLen, maxLen) = LengthRange(model, step);
        var prior = LengthPrior(model, step, minLen, maxLen);

        var prefix = new double[n + 1];
        for (var t = 0; t < n; t++)
        {
            double llr = 0;
            if (profile.Visible[t])
            {
                var p = Math.Clamp(profile.Probability[t], 1e-4, 1 - 1e-4);
                llr = Math.Clamp(Math.Log(p / (1 - p)), -LlrClip, LlrClip);
            }

            prefix[t + 1] = prefix[t] + llr;
        }

        // Two states: the samples so far end on empty track, or on a car. A car coupled to the one before it reads
        // its samples against the train's neutral probability instead of 0.5; each train pays once what a car of
        // mean pitch gains by that, so a lone car is judged as before and a faint train is not lost car by car.
        var trainLogit = Math.Log(model.TrainNeutralProbability / (1 - model.TrainNeutralProbability));
        var trainCost = -trainLogit * model.MeanPitchMetres / step;
        var empty = new double[n + 1];
        var car = new double[n + 1];
        var length = new int[n + 1];
        car[0] = double.NegativeInfinity;
        for (var t = 1; t <= n; t++)
        {
            empty[t] = Math.Max(empty[t - 1], car[t - 1]);
            car[t] = double.NegativeInfinity;
            var cutEnd = CutWeight * profile.CutEvidence[t];
            for (var len = minLen; len <= maxLen && len <= t; len++)
            {
                var a = t - len;
                var score = Math.Max(car[a], empty[a] - trainCost) + (prefix[t] - prefix[a]) - (len * trainLogit)
                    + prior[len] + cutEnd + (CutWeight * profile.CutEvidence[a]) - CarCost;
                if (score > car[t])
                {
                    car[t] = score;
                    length[t] = len;
                }
            }
        }

        // Walking back, which state led where is read from the scores themselves, with the comparisons used going forward.
        var cars = new List<CarSegment>();
        var inCar = car[n] > empty[n];
        for (var t = n; t > 0;)
        {
            if (!inCar)
            {
                inCar = car[t - 1] > empty[t - 1];
                t--;
                continue;
            }

            var a = t - length[t];
            var visible = 0;
            double probability = 0;
            for (var i = a; i < t; i++)
            {
                if (profile.Visible[i])
                {
                    visible++;
                    probability += profile.Probability[i];
                }
            }

            cars.Add(new CarSegment(a, t, visible / (double)(t - a), visible > 0 ? probability / visible : 0));
            inCar = car[a] > empty[a] - trainCost;
            t = a;
        }

        cars.Reverse();
        return cars;
    }

    /// <summary>Shortest and longest car pitch (car plus coupling gap) the segmenter accepts, in samples of <paramref name="step"/> metres.</summary>
    internal static (int Min, int Max) LengthRange(CounterModel model, double step)
    {
        var min = Math.Max(1, (int)Math.Floor((model.MinCarLengthMetres + model.CouplingGapMetres) / step));
        return (min, Math.Max(min, (int)Math.Ceiling((model.MaxCarLengthMetres + model.CouplingGapMetres) / step)));
    }

    /// <summary>Log density of the pitch (length plus coupling gap) relative to its peak, per length in samples.</summary>
    internal static double[] LengthPrior(CounterModel model, double step, int minLen, int maxLen)
    {
        var prior = new double[maxLen + 1];
        double peak = 0;
        var density = new double[maxLen + 1];
        var total = model.CarLengths.Sum(c => c.Weight);
        for (var len = minLen; len <= maxLen; len++)
        {
            var metres = (len * step) - model.CouplingGapMetres;
            double d = 0;
            foreach (var c in model.CarLengths)
            {
                var z = (metres - c.MeanMetres) / c.SdMetres;
                d += c.Weight / total / c.SdMetres * Math.Exp(-0.5 * z * z);
            }

            density[len] = d;
            peak = Math.Max(peak, d);
        }

        for (var len = minLen; len <= maxLen; len++)
        {
            prior[len] = Math.Max(-8, Math.Log(Math.Max(1e-12, density[len] / peak)));
        }

        return prior;
    }
}

/// <summary>One car as samples [Start, End) of a strip, with the share of them that was visible and its mean car probability.</summary>
internal sealed record CarSegment(int Start, int End, double VisibleShare, double Score)
{
    public double Centre => (Start + End) / 2.0;

    /// <summary>
    /// Where its centre lies along the strip's track (metres): samples [Start, End) reach from the start of sample
    /// Start to the end of sample End − 1, so the middle is at sample index Centre − 0.5.
    /// </summary>
    public double ArcIn(Strip strip) => strip.ArcAt(Centre - 0.5);
}
