using RailWatch.Vision.Model;
using RailWatch.Vision.Occupancy;

namespace RailWatch.Vision.Estimation;

/// <summary>
/// How much of a track the counter could see but not decide: visible samples weighted by 4p(1 − p) (1 where the
/// occupancy forest said one half, 0 where it was sure), in mean car pitches — the number of cars the count could be
/// wrong by if every undecided stretch went the other way.
/// </summary>
internal static class Unsureness
{
    public static double Cars(TrackProfile profile, CounterModel model)
    {
        double unsure = 0;
        for (var t = 0; t < profile.Strip.Length; t++)
        {
            if (profile.Visible[t])
            {
                var p = profile.Probability[t];
                unsure += 4 * p * (1 - p);
            }
        }

        return unsure * profile.Strip.StepMetres / model.MeanPitchMetres;
    }
}
