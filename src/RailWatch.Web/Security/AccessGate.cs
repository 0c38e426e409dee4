using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace RailWatch.Web.Security;

/// <summary>
/// The first middleware: refuses Host headers that are not loopback names while serving loopback only (DNS
/// rebinding), and, when a token is configured, every request that does not carry it as
/// <c>Authorization: Bearer TOKEN</c> or the session cookie that <c>?token=TOKEN</c> sets once.
/// </summary>
internal sealed class AccessGate(string? token, bool loopbackOnly)
{
    public const string CookieName = "railwatch.token";

    private readonly byte[]? tokenHash = string.IsNullOrEmpty(token) ? null : SHA256.HashData(Encoding.UTF8.GetBytes(token));

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        if (loopbackOnly && !IsLoopbackHost(context.Request.Host.Host))
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            await context.Response.WriteAsync("bad Host header: this server answers only to localhost\n").ConfigureAwait(false);
            return;
        }

        if (tokenHash is null)
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        var request = context.Request;
        var auth = request.Headers.Authorization.ToString();
        if ((auth.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) && Matches(auth[7..].Trim()))
            || (request.Cookies.TryGetValue(CookieName, out var cookie) && Matches(cookie)))
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        if (HttpMethods.IsGet(request.Method) && request.Query.TryGetValue("token", out var q) && Matches(q.ToString()))
        {
            // Trade the token in the URL for a cookie and drop it from the address bar and history.
            context.Response.Cookies.Append(CookieName, q.ToString(), new CookieOptions
            {
                HttpOnly = true,
                SameSite = SameSiteMode.Strict,
                Secure = request.IsHttps,
                Path = "/",
            });
            var rest = request.Query.Where(kv => kv.Key != "token")
                .Select(kv => Uri.EscapeDataString(kv.Key) + "=" + Uri.EscapeDataString(kv.Value.ToString()));
            var query = string.Join('&', rest);
            context.Response.Redirect(request.PathBase + request.Path + (query.Length > 0 ? "?" + query : string.Empty));
            return;
        }

        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        context.Response.Headers.WWWAuthenticate = "Bearer realm=\"railwatch\"";
        await context.Response.WriteAsync("authentication required: send 'Authorization: Bearer TOKEN' or open /?token=TOKEN once\n").ConfigureAwait(false);
    }

    private bool Matches(string candidate) =>
        CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(candidate)), tokenHash);

    private static bool IsLoopbackHost(string host) =>
        string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));
}
