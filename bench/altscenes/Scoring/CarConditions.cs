using RailWatch.AltScenes.Bench.Rendering;
using RailWatch.AltScenes.Bench.Scenes;
using RailWatch.AltScenes.Bench.Truth;

namespace RailWatch.AltScenes.Bench.Scoring;

internal enum RoofTone
{
    Darker,
    Similar,
    Brighter,
}

internal enum TrackFill
{
    UnderThirty,
    ThirtyToSeventy,
    OverSeventy,
}

/// <summary>A visible true car: its type, its top's tone against its track bed, how full its track is, and whether it was found.</summary>
internal sealed record CarOutcome(CarType Type, RoofTone Tone, TrackFill Fill, bool Found);

internal static class CarConditions
{
    private const double SimilarTone = 0.08;

    public static IReadOnlyList<CarOutcome> Of(Scene scene, SceneTruth truth, CarMatch match)
    {
        // Tone compares mean(R, G, B, N) of the car's top (TopAlbedo) with that of its track's bed as TrackBedShader
        // paints it (gravel × bed tint, under the look's share of bed snow), both before noise, grime and light.
        var bed = Mean(Rgbn.Lerp(scene.Layout.Surface.Gravel * scene.Layout.Surface.BedTint, SnowLayer.Colour, (float)scene.Look.Snow.Bed));
        var curve = scene.Layout.Curve;
        var fills = scene.Layout.Tracks.ToDictionary(
            t => t.Id, t => scene.Cars.Where(c => c.TrackId == t.Id).Sum(c => c.Length) / t.Length(curve));
        return [.. truth.Cars.Where(t => t.Visible).Select(t =>
        {
            var car = scene.Cars[t.Index];
            var difference = Mean(TopAlbedo(car)) - bed;
            var tone = difference <= -SimilarTone ? RoofTone.Darker : difference >= SimilarTone ? RoofTone.Brighter : RoofTone.Similar;
            var fill = fills[car.TrackId] switch
            {
                < 0.3 => TrackFill.UnderThirty,
                <= 0.7 => TrackFill.ThirtyToSeventy,
                _ => TrackFill.OverSeventy,
            };
            return new CarOutcome(car.Type, tone, fill, match.FoundTruth.Contains(t.Index));
        })];
    }

    /// <summary>
    /// What CarSurface paints on most of the car's top: a boxcar's or covered hopper's roof, a tank's body, an open
    /// car's load (rim and ribs left out), a flatcar's containers and deck weighted by area; snow where it lies.
    /// </summary>
    private static Rgbn TopAlbedo(Railcar car) => car.Type switch
    {
        CarType.Boxcar => car.SnowOnRoof ? SnowLayer.Colour : car.Roof,
        CarType.Hopper when car.Covered => car.SnowOnRoof ? SnowLayer.Colour : car.Roof,
        // Snow lies on the middle 60 % of a tank's width.
        CarType.Tank => car.SnowOnRoof ? Rgbn.Lerp(car.Body, SnowLayer.Colour, 0.6f) : car.Body,
        CarType.Hopper or CarType.Gondola => car.SnowOnRoof ? SnowLayer.Colour : CarSurface.LoadAlbedo(car.Load),
        _ => FlatTop(car),
    };

    private static Rgbn FlatTop(Railcar car)
    {
        var deckArea = car.Length * car.Width * 0.95;
        var sum = default(Rgbn);
        foreach (var box in car.Containers)
        {
            var area = box.Length * 2 * CarSurface.ContainerHalfWidth;
            sum += (car.SnowOnRoof ? SnowLayer.Colour : box.Colour) * (float)area;
            deckArea -= area;
        }

        var deck = car.SnowOnRoof ? Rgbn.Lerp(car.Body, SnowLayer.Colour, 0.7f) : car.Body;
        return (sum + (deck * (float)deckArea)) * (float)(1 / (car.Length * car.Width * 0.95));
    }

    private static double Mean(Rgbn c) => (c.R + c.G + c.B + c.N) / 4.0;
}
