namespace RailWatch.Web.Server;

/// <summary>How the review server listens and who may use it.</summary>
public sealed record ReviewServerOptions
{
    public const string DefaultUrl = "http://127.0.0.1:5080";

    /// <summary>Kestrel URLs (<c>http://host:port</c>); port 0 picks a free port.</summary>
    public IReadOnlyList<string> Urls { get; init; } = [DefaultUrl];

    /// <summary>
    /// Shared secret required on every request when set; mandatory when any URL is not a loopback address.
    /// </summary>
    public string? Token { get; init; }

    /// <summary>The reviewer name the decision dialog starts with (config <c>web.reviewer</c>).</summary>
    public string? Reviewer { get; init; }

    /// <summary>Write warnings and errors of the web host to the console.</summary>
    public bool ConsoleLogging { get; init; }
}
