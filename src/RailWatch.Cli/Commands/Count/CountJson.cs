using RailWatch.Core.Counting;

namespace RailWatch.Cli.Commands.Count;

/// <summary>The JSON shape of a count (snake_case through CliJson; nulls kept).</summary>
internal sealed record CountJson(
    string Yard,
    string Image,
    double GsdM,
    double[] ShiftM,
    double ObservedFraction,
    CountJson.Estimate Total,
    IReadOnlyList<CountJson.TrackJson> Tracks,
    IReadOnlyList<CountJson.CarJson> Cars,
    string Algorithm,
    string ModelVersion)
{
    public static CountJson From(YardCount c) => new(
        c.YardId,
        c.Image,
        c.GsdMetres,
        [c.ShiftMetres.East, c.ShiftMetres.North],
        c.ObservedFraction,
        new Estimate(c.Total.Count, c.Total.Low, c.Total.High),
        c.Tracks.Select(t => new TrackJson(t.TrackId, t.Estimate.Count, t.Estimate.Low, t.Estimate.High, t.ObservedFraction)).ToList(),
        c.Cars.Select(x => new CarJson(x.TrackId, [Math.Round(x.Center.Lon, 7), Math.Round(x.Center.Lat, 7)], x.LengthMetres, x.Score)).ToList(),
        c.Algorithm,
        c.ModelVersion);

    internal sealed record Estimate(int? Count, int? Low, int? High);

    internal sealed record TrackJson(string Id, int? Count, int? Low, int? High, double ObservedFraction);

    internal sealed record CarJson(string Track, double[] Center, double LengthM, double Score);
}
