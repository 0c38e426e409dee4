using RailWatch.Vision.Model;
using RailWatch.Vision.Occupancy;

namespace RailWatch.Vision.Estimation;

/// <summary>
/// A track's visible samples summed two ways, in mean car pitches: weighted by the car probability p (the occupied
/// length, which is the count where cars cannot be told apart) and by 4p(1 − p) (the length the counter could see
/// but not decide — 1 where the occupancy forest said one half, 0 where it was sure — which is what a scene's
/// interval widens with).
/// </summary>
internal readonly record struct TrackMass(double OccupiedCars, double UnsureCars)
{
    public static TrackMass Of(TrackProfile profile, CounterModel model)
    {
        double occupied = 0, unsure = 0;
        for (var t = 0; t < profile.Strip.Length; t++)
        {
            if (profile.Visible[t])
            {
                var p = profile.Probability[t];
                occupied += p;
                unsure += 4 * p * (1 - p);
            }
        }

        return new TrackMass(
            occupied * profile.Strip.StepMetres / model.MeanPitchMetres,
            unsure * profile.Strip.StepMetres / model.MeanPitchMetres);
    }
}
