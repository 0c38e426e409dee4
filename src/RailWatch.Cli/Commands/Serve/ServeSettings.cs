using System.ComponentModel;
using RailWatch.Cli.Commands.Listing;
using RailWatch.Web.Server;
using Spectre.Console.Cli;

namespace RailWatch.Cli.Commands.Serve;

public sealed class ServeSettings : StoreSettings
{
    [CommandOption("--urls <URLS>")]
    [Description("Where to listen, ';'-separated (default http://127.0.0.1:5080). A non-loopback address needs web.token or RAILWATCH_WEB_TOKEN.")]
    public string Urls { get; init; } = ReviewServerOptions.DefaultUrl;
}
