using System.ComponentModel;
using RailWatch.Cli.Configuration;
using RailWatch.Core.Errors;
using Spectre.Console.Cli;

namespace RailWatch.Cli.Commands.Listing;

/// <summary>Options of every command that reads the store: <c>--store PATH</c>, or the store named by <c>--config</c>.</summary>
public class StoreSettings : CommandSettings
{
    [CommandOption("--store <PATH>")]
    [Description("The SQLite store; overrides the config's store.path.")]
    public string? Store { get; init; }

    [CommandOption("-c|--config <PATH>")]
    [Description("The configuration file whose store.path to read.")]
    public string? Config { get; init; }

    /// <summary>The store file to read; it must exist (reading commands never create one).</summary>
    public string ResolveExistingStore()
    {
        var path = Store ?? (Config is not null ? ConfigLoader.Load(Config).StorePath : null)
            ?? throw new UsageException("give the store with --store PATH or --config railwatch.json");
        return File.Exists(path) ? path : throw new UsageException($"{path}: store not found");
    }
}
