using RailWatch.Vision.Model;
using RailWatch.Vision.Occupancy;

namespace RailWatch.Vision.Estimation;

/// <summary>
/// The cars on each track of a coarse scene by the coarse track regressor: the share of the track it predicts under
/// cars, times the track's visible length, in mean car pitches. Unlike the sum of the car probabilities it has learnt
/// how often a track that reads a fifth full is empty (the probabilities are trained on balanced samples, and most
/// of a nearly empty yard's kilometres are ambiguous at 3 m) and what a full neighbour does to an empty track.
/// </summary>
internal static class CoarseTrackShares
{
    public static double[] Cars(IReadOnlyList<TrackProfile> profiles, double gsd, double registrationConfidence, SampleForest regressor, CounterModel model)
    {
        var (rows, visibleMetres) = TrackFeatures.Of(profiles, gsd, registrationConfidence);
        var shares = regressor.Predict(rows);
        return [.. visibleMetres.Select((metres, k) => shares[k] * metres / model.MeanPitchMetres)];
    }
}
