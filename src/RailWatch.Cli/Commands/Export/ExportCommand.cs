using System.Globalization;
using System.Text;
using RailWatch.Cli.Infrastructure;
using RailWatch.Export;
using RailWatch.Store;
using RailWatch.Web.Export;
using RailWatch.Web.Model;
using RailWatch.Web.Storage;
using Spectre.Console.Cli;

namespace RailWatch.Cli.Commands.Export;

/// <summary>
/// <c>railwatch export --what observations|flags --format csv|geojson|parquet [--since DATE] [--out FILE]</c>:
/// the stored counts or flags for other tools; columns are listed in docs/web.md and never change order.
/// </summary>
public sealed class ExportCommand(CliEnvironment env) : AsyncCommand<ExportSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, ExportSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        using var store = RailWatchStore.Open(settings.ResolveExistingStore());
        var data = new StoreReviewData(store);
        FlagStatus? status = settings.Status is null ? null : FlagStatusNames.TryParse(settings.Status, out var s) ? s : null;
        var table = settings.What == "flags"
            ? ExportTables.Flags(data, settings.SinceTime, status)
            : ExportTables.Observations(data, settings.SinceTime);

        if (settings.Out is null)
        {
            if (settings.Format == "csv")
            {
                var text = new StringWriter(CultureInfo.InvariantCulture);
                CsvExport.Write(table, text);
                env.WriteRaw(text.ToString());
            }
            else
            {
                using var buffer = new MemoryStream();
                GeoJsonExport.Write(table, buffer);
                env.WriteRaw(Encoding.UTF8.GetString(buffer.ToArray()) + "\n");
            }

            return 0;
        }

        var target = Path.GetFullPath(settings.Out);
        var folder = Path.GetDirectoryName(target)!;
        if (!Directory.Exists(folder))
        {
            throw new Core.Errors.UsageException($"--out {settings.Out}: folder {folder} does not exist");
        }

        var temp = Path.Combine(folder, "." + Path.GetFileName(target) + ".tmp-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        try
        {
            await using (var file = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None))
            {
                switch (settings.Format)
                {
                    case "csv":
                        await using (var writer = new StreamWriter(file, new UTF8Encoding(false), leaveOpen: true))
                        {
                            CsvExport.Write(table, writer);
                        }

                        break;
                    case "geojson":
                        GeoJsonExport.Write(table, file);
                        break;
                    default:
                        await GeoParquetExport.WriteAsync(table, file, cancellationToken).ConfigureAwait(false);
                        break;
                }
            }

            File.Move(temp, target, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }

        env.Error.WriteLine($"railwatch: wrote {table.Rows.Count} {table.Name} to {target}");
        return 0;
    }
}
