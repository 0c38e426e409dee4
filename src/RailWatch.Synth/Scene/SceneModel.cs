using RailWatch.Core.Geometry;
using RailWatch.Core.Yards;

namespace RailWatch.Synth;

/// <summary>Everything placed in one scene, in the local metric frame, before any pixel is drawn.</summary>
internal sealed class SceneModel
{
    private SceneModel(Yard yard, SceneOptions options, OutputGrid grid)
    {
        Yard = yard;
        Options = options;
        Grid = grid;
    }

    public Yard Yard { get; }

    public SceneOptions Options { get; }

    public OutputGrid Grid { get; }

    public LocalMetricFrame Frame => Grid.Frame;

    public required IReadOnlyList<TrackPath> Tracks { get; init; }

    public required IReadOnlyList<TrackStyle> TrackStyles { get; init; }

    public required IReadOnlyList<(double X, double Y)> YardRing { get; init; }

    public required DistanceField Distance { get; init; }

    public required GroundStyle Ground { get; init; }

    public required IReadOnlyList<Railcar> Cars { get; init; }

    public required IReadOnlyList<Solid> Solids { get; init; }

    public required IReadOnlyList<GroundPatch> Patches { get; init; }

    public required CloudField Clouds { get; init; }

    public required NodataEdge Nodata { get; init; }

    public required Sun Sun { get; init; }

    public required View View { get; init; }

    public required GeolocationError Error { get; init; }

    public required (double MinX, double MinY, double MaxX, double MaxY) Bounds { get; init; }

    public static SceneModel Build(Yard yard, SceneOptions options)
    {
        // Independent random streams: changing one option (clouds, cars) leaves the rest of the scene as it was.
        Random Stream(int k) => new((int)Noise.Hash(options.Seed, k, 0x51ED));
        var frame = new LocalMetricFrame(yard.Bounds.Center);
        var grid = OutputGrid.Covering(yard.Bounds.Expand(options.MarginMetres), options.GsdMetres, options.Crs, frame);
        var corners = new[] { (0.0, 0.0), (grid.Width, 0.0), (0.0, (double)grid.Height), (grid.Width, (double)grid.Height) }
            .Select(c => grid.PixelToLocal.Apply(c.Item1, c.Item2)).ToArray();
        var bounds = (corners.Min(c => c.X), corners.Min(c => c.Y), corners.Max(c => c.X), corners.Max(c => c.Y));
        var tracks = yard.Tracks.Select(t => new TrackPath(t.Id, t.Points.Select(frame.ToMetres).ToList())).ToList();
        var ring = yard.Polygon.Select(frame.ToMetres).ToList();
        var distance = new DistanceField(tracks, bounds.Item1, bounds.Item2, bounds.Item3, bounds.Item4, 1.0, 40);
        var sun = Sun.From(options.SunAzimuthDegrees, options.SunElevationDegrees);

        var groundRng = Stream(1);
        var ground = GroundStyle.Create(options.Season, groundRng) with { Overgrown = options.OvergrownYard };
        var styles = tracks.Select(_ => ground.TrackStyleFor(groundRng)).ToList();
        if (options.RustyTrackBeds)
        {
            // A stream of its own, so that everything else in the scene is what it is without rusty beds.
            var rustRng = Stream(8);
            styles = [.. styles.Select(style => style.Rusted(rustRng))];
        }

        var cars = CarPlacer.Place(tracks, options, Stream(2), sun);

        var solids = new List<Solid>();
        var patches = new List<GroundPatch>();
        var longest = tracks.OrderByDescending(t => t.Length).First();
        var axisVec = (X: longest.Points[^1].X - longest.Points[0].X, Y: longest.Points[^1].Y - longest.Points[0].Y);
        var axisLen = Math.Sqrt((axisVec.X * axisVec.X) + (axisVec.Y * axisVec.Y));
        var axis = axisLen < 1e-9 ? (1.0, 0.0) : (axisVec.X / axisLen, axisVec.Y / axisLen);
        if (options.Clutter)
        {
            var clutter = new ClutterPlanner(distance, Stream(3), sun, options.Season, bounds, axis);
            clutter.PlaceAll();
            solids.AddRange(clutter.Solids);
            patches.AddRange(clutter.Patches);
        }

        if (options.Catenary)
        {
            var catenary = new ClutterPlanner(distance, Stream(4), sun, options.Season, bounds, axis);
            catenary.PlaceCatenary(longest);
            solids.AddRange(catenary.Solids);
        }

        solids.AddRange(cars);
        var clouds = CloudField.Create(options.CloudCover, ring, sun, Stream(5), bounds);
        var nodata = NodataEdge.Create(options.NodataEdgeFraction, grid.Width, grid.Height, Stream(6));
        var angle = Stream(7).NextDouble() * 2 * Math.PI;
        var error = new GeolocationError(
            Math.Round(options.GeolocationErrorMetres * Math.Cos(angle), 3),
            Math.Round(options.GeolocationErrorMetres * Math.Sin(angle), 3));
        return new SceneModel(yard, options, grid)
        {
            Tracks = tracks,
            TrackStyles = styles,
            YardRing = ring,
            Distance = distance,
            Ground = ground,
            Cars = cars,
            Solids = solids,
            Patches = patches,
            Clouds = clouds,
            Nodata = nodata,
            Sun = sun,
            View = View.From(options.ViewAzimuthDegrees, options.OffNadirDegrees),
            Error = error,
            Bounds = bounds,
        };
    }
}
