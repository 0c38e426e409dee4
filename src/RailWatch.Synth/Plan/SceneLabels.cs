using RailWatch.Core.Geometry;
using RailWatch.Core.Labels;

namespace RailWatch.Synth;

/// <summary>
/// The truth of a rendered synthetic scene (<see cref="ScenePlan"/>) as the calibration label that scores a count of
/// it (<see cref="SceneLabel"/>, in RailWatch.Core so that Synth and Vision share it without referencing each other).
/// <c>railwatch calibrate</c>/<c>evaluate</c> and the vision benchmark label their scenes with it.
/// </summary>
public static class SceneLabels
{
    /// <summary>
    /// The label of <paramref name="scene"/>: its visible cars, the hidden ones at least a fifth clear (ambiguous),
    /// every car's footprint and the true geolocation error.
    /// </summary>
    public static SceneLabel For(RenderedScene scene, string name)
    {
        var truth = scene.Truth;
        var visible = truth.AllCars.Where(c => c.Visible).Select(c => new GeoPoint(c.Center[0], c.Center[1])).ToList();
        var ambiguous = truth.AllCars.Where(c => !c.Visible && c.ClearFraction >= 0.2).Select(c => new GeoPoint(c.Center[0], c.Center[1])).ToList();
        return new SceneLabel(name, truth.GsdMetres, truth.VisibleCount, visible)
        {
            AmbiguousCarCentres = ambiguous,
            Conditions = truth.OptionsSummary,
            Cars = [.. truth.Tracks.SelectMany(t => t.Cars.Select(c => new LabelledCar(
                t.Id, new GeoPoint(c.Center[0], c.Center[1]), c.LengthM, c.WidthM, c.Visible)))],
            TrueShiftMetres = (truth.GeolocationError.EastM, truth.GeolocationError.NorthM),
        };
    }
}
