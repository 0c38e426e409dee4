using System.Globalization;
using RailWatch.Cli.Infrastructure;
using RailWatch.Core.Errors;
using RailWatch.Core.Yards;
using RailWatch.Geo;
using RailWatch.Vision;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RailWatch.Cli.Commands.Count;

/// <summary><c>railwatch count IMAGE --yard YARD</c>: reads the yard's window of the image and counts its railcars.</summary>
public sealed class CountCommand(CliEnvironment env) : Command<CountSettings>
{
    /// <summary>Ground read around the yard so registration can move the tracks by up to its radius.</summary>
    public const double WindowMarginMetres = 30;

    public override int Execute(CommandContext context, CountSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.Yard is null)
        {
            throw new UsageException("count: --yard YARD.geojson is required");
        }

        if (!File.Exists(settings.Image) && !settings.Image.StartsWith("/vsi", StringComparison.Ordinal))
        {
            throw new UsageException($"{settings.Image}: image not found");
        }

        var yard = YardFile.Load(settings.Yard);
        var counter = new RailcarCounter(ModelLocator.Load(env.ModelsDirectory, settings.Model));

        Core.Imaging.RasterImage image;
        using (var raster = GeoRaster.Open(settings.Image, cancellationToken: cancellationToken))
        {
            image = raster.ReadWindow(yard.Bounds, new ReadWindowOptions { MarginMetres = WindowMarginMetres }, cancellationToken);
        }

        var result = counter.Count(image, yard, new CountOptions { DebugDirectory = settings.DebugDir, ImageName = settings.Image }, cancellationToken);
        if (settings.Format == OutputFormat.Json)
        {
            env.WriteRaw(CliJson.Serialize(CountJson.From(result)));
            return ExitCodes.Ok;
        }

        static string N(int? v) => v?.ToString(CultureInfo.InvariantCulture) ?? "not observed";
        var text = new System.Text.StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"yard {result.YardId} in {result.Image} at {result.GsdMetres:0.##} m: {N(result.Total.Count)} railcars (interval {N(result.Total.Low)}–{N(result.Total.High)}), {result.ObservedFraction:P0} of the tracks observed");
        text.AppendLine(CultureInfo.InvariantCulture, $"registration shift: {result.ShiftMetres.East:0.0} m east, {result.ShiftMetres.North:0.0} m north");
        foreach (var t in result.Tracks)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {t.TrackId}: {N(t.Estimate.Count)} [{N(t.Estimate.Low)}, {N(t.Estimate.High)}], observed {t.ObservedFraction:P0}");
        }

        env.WriteRaw(text.ToString());
        return ExitCodes.Ok;
    }
}
