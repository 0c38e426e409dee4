using Spectre.Console.Cli;

namespace RailWatch.Cli.Commands;

/// <summary>Every command of the <c>railwatch</c> program, one line each.</summary>
internal static class CommandTable
{
    public static void Register(IConfigurator config)
    {
        ArgumentNullException.ThrowIfNull(config);
        config.AddCommand<Demo.DemoCommand>("demo").WithDescription("Run the nightly job over the bundled sample into a fresh store and show the flags.");
        config.AddCommand<Run.RunCommand>("run").WithDescription("The nightly job: ingest new imagery for every yard, count, store and flag.");
        config.AddCommand<Listing.YardsCommand>("yards").WithDescription("Each yard with its last observation.");
        config.AddCommand<Listing.ObservationsCommand>("observations").WithDescription("Stored counts per scene and track (csv or json).");
        config.AddCommand<Listing.FlagsCommand>("flags").WithDescription("Stored flags with their review status (csv or json).");
        config.AddCommand<Serve.ServeCommand>("serve").WithDescription("Serve the flag review pages (loopback by default; elsewhere only with a token).");
        config.AddCommand<Export.ExportCommand>("export").WithDescription("Export observations or flags as csv, geojson or GeoParquet.");
        config.AddCommand<Info.InfoCommand>("info").WithDescription("Describe an image as GDAL reads it (driver, CRS, GSD, bands, footprint) and how much of a yard it covers.");
        config.AddCommand<Detect.DetectCommand>("detect").WithDescription("Flag anomalous increases in a count series CSV (yard,acquired,count[[,low,high,observed_fraction,source]]).");
        config.AddCommand<Synth.SynthCommand>("synth").WithDescription("Render synthetic scenes of a yard with known railcars (GeoTIFF + truth JSON), or a whole series with a surge.");
        config.AddCommand<Report.ReportCommand>("report").WithDescription("Write a static HTML report (charts, accepted flags) that prints to PDF.");
        config.AddCommand<Count.CountCommand>("count").WithDescription("Count the railcars on a yard's tracks in one image (registration, per-track counts with intervals, cars).");
        config.AddCommand<Calibrate.CalibrateCommand>("calibrate").WithDescription("Regenerate the railcar counter model from labelled synthetic scenes.");
        config.AddCommand<Calibrate.EvaluateCommand>("evaluate").WithDescription("Measure the railcar counter on held-out synthetic scenes or on labelled scenes (a table per resolution band, or JSON).");
    }
}
