using System.Text.RegularExpressions;

namespace RailWatch.Ingest.Http;

/// <summary>
/// Removes secrets from text meant for logs and error messages: the literal values of a source's API keys (plain and
/// URL-encoded) and the values of query parameters that carry credentials (SAS signatures, tokens, keys).
/// </summary>
internal sealed partial class SecretRedactor
{
    public const string Mask = "***";

    private readonly string[] secrets;

    public SecretRedactor(IEnumerable<string?> secrets) =>
        this.secrets = secrets.Where(s => !string.IsNullOrEmpty(s))
            .SelectMany(s => new[] { s!, Uri.EscapeDataString(s!) })
            .Distinct(StringComparer.Ordinal)
            .OrderByDescending(s => s.Length)
            .ToArray();

    public static SecretRedactor None { get; } = new([]);

    public string Redact(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? "";
        }

        foreach (var secret in secrets)
        {
            text = text.Replace(secret, Mask, StringComparison.Ordinal);
        }

        return CredentialParameter().Replace(text, m => m.Groups[1].Value + Mask);
    }

    public string Redact(Uri? uri) => Redact(uri?.ToString());

    [GeneratedRegex(@"([?&](?:sig|se|skoid|sktid|token|key|api_key|apikey|api-key|access_token|signature|x-amz-signature|x-amz-credential|x-amz-security-token|code)=)[^&\s""']*", RegexOptions.IgnoreCase)]
    private static partial Regex CredentialParameter();
}
