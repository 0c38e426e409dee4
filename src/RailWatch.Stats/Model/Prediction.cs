namespace RailWatch.Stats.Model;

/// <summary>The baseline's predictive distribution for one observation (negative binomial, already scaled by the observed fraction).</summary>
/// <remarks>
/// <see cref="Mean"/> is what increases are tested against; it exceeds the filtered mean by e^<see cref="HoldOffset"/>
/// while the yard is below a recent higher level (a decline the test does not yet take as the new normal).
/// </remarks>
internal readonly record struct Prediction(double Mean, double Size, double LogMean, double LogVariance, double CounterVariance, double HoldOffset)
{
    public double Variance => Mean + (Mean * Mean / Size);

    /// <summary>The filtered mean (without the decline hold), which the model's update and robust weights use.</summary>
    public double FitMean => Mean * Math.Exp(-HoldOffset);

    public double FitVariance => FitMean + (FitMean * FitMean / Size);
}
