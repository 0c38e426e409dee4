using RailWatch.Vision.Model;
using RailWatch.Vision.Occupancy;

namespace RailWatch.Vision.Estimation;

/// <summary>Where cars cannot be told apart: occupied length over the mean car pitch.</summary>
internal static class CoarseEstimator
{
    public static double Estimate(TrackProfile profile, CounterModel model)
    {
        double occupied = 0;
        for (var t = 0; t < profile.Strip.Length; t++)
        {
            if (profile.Visible[t])
            {
                occupied += profile.Probability[t];
            }
        }

        return occupied * profile.Strip.StepMetres / model.MeanPitchMetres;
    }
}
