using RailWatch.Cli.Configuration;

namespace RailWatch.Cli.Commands.Serve;

/// <summary>The <c>web</c> section of <c>railwatch.json</c>: <c>web.token</c> and <c>web.reviewer</c> (both optional).</summary>
internal sealed record WebConfigSection(string? Token, string? Reviewer)
{
    public const string TokenVariable = "RAILWATCH_WEB_TOKEN";

    public static WebConfigSection Read(string? configPath)
    {
        if (configPath is null)
        {
            return new WebConfigSection(null, null);
        }

        var (token, reviewer) = ConfigLoader.LoadWebSection(configPath);
        return new WebConfigSection(token, reviewer);
    }

    /// <summary>The token to require: the environment variable wins over the config file.</summary>
    public string? EffectiveToken(Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var fromEnv = environment(TokenVariable);
        return string.IsNullOrEmpty(fromEnv) ? Token : fromEnv;
    }
}
