using RailWatch.Core.Imaging;
using RailWatch.Core.Yards;
using RailWatch.Geo;

namespace RailWatch.Synth;

/// <summary>Renders georeferenced scenes of a yard with known railcars, and their truth.</summary>
public static class SceneRenderer
{
    /// <summary>
    /// Renders one product of <paramref name="yard"/>. The same yard and options give identical pixels and truth.
    /// </summary>
    public static RenderedScene Render(Yard yard, SceneOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(yard);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var model = SceneModel.Build(yard, options);
        var grid = model.Grid;
        var bands = SensorModel.BandCount(options.Sensor);
        var planes = new float[bands][];
        for (var b = 0; b < bands; b++)
        {
            planes[b] = new float[grid.Width * grid.Height];
        }

        var valid = new bool[grid.Width * grid.Height];
        var cloudMask = new bool[grid.Width * grid.Height];
        var renderer = new TileRenderer(model, planes, valid, cloudMask);
        var tilesX = (grid.Width + TileRenderer.TileSize - 1) / TileRenderer.TileSize;
        var tilesY = (grid.Height + TileRenderer.TileSize - 1) / TileRenderer.TileSize;
        Parallel.For(
            0,
            tilesX * tilesY,
            new ParallelOptions { MaxDegreeOfParallelism = 2, CancellationToken = cancellationToken },
            t =>
            {
                var x0 = t % tilesX * TileRenderer.TileSize;
                var y0 = t / tilesX * TileRenderer.TileSize;
                renderer.Render(x0, y0, Math.Min(TileRenderer.TileSize, grid.Width - x0), Math.Min(TileRenderer.TileSize, grid.Height - y0));
            });

        var anyNodata = Array.IndexOf(valid, false) >= 0;
        var image = new RasterImage(
            grid.Width,
            grid.Height,
            planes,
            SensorModel.Roles(options.Sensor),
            FileGeoreference(model),
            anyNodata ? valid : null,
            SensorModel.WhiteLevel(options.Sensor));
        var truth = TruthBuilder.Build(model, valid).WithCloudMask(cloudMask);
        return new RenderedScene(image, truth);
    }

    /// <summary>The georeference written to the file: the true grid shifted by the geolocation error.</summary>
    private static GridGeoreference FileGeoreference(SceneModel model)
    {
        var grid = model.Grid;
        var (ux, uy) = grid.Projection.UnitsPerMetre(grid.Frame.Origin);
        var transform = GeoTransform.NorthUp(
            grid.OriginX + (model.Error.EastM * ux),
            grid.OriginY + (model.Error.NorthM * uy),
            grid.PixelWidth,
            grid.PixelHeight);
        return GridGeoreference.Create(grid.Projection.Crs, transform, grid.Width, grid.Height);
    }
}
