using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using RailWatch.Web.Model;
using RailWatch.Web.Security;

namespace RailWatch.Web.Server;

/// <summary>The review web app on Kestrel: queue, flag pages, chip images, decisions and a small JSON API.</summary>
public sealed class ReviewServer : IAsyncDisposable
{
    private readonly WebApplication app;

    private ReviewServer(WebApplication app) => this.app = app;

    /// <summary>Builds the server; throws <see cref="Core.Errors.UsageException"/> when the binding is not allowed.</summary>
    public static ReviewServer Create(ReviewServerOptions options, IReviewData data, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(time);
        BindingPolicy.Validate(options);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            Args = [],
            EnvironmentName = Environments.Production,
            ContentRootPath = AppContext.BaseDirectory,
            ApplicationName = typeof(ReviewServer).Assembly.GetName().Name,
        });
        builder.WebHost.UseUrls([.. options.Urls]);
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.AddServerHeader = false;
            k.Limits.MaxRequestBodySize = 64 * 1024;
        });
        builder.Logging.ClearProviders();
        if (options.ConsoleLogging)
        {
            builder.Logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning);
        }

        // Keys live only as long as the process: a restart invalidates open pages' anti-forgery tokens, nothing else.
        builder.Services.AddDataProtection().UseEphemeralDataProtectionProvider();
        builder.Services.AddAntiforgery(a =>
        {
            a.HeaderName = ReviewEndpoints.CsrfHeader;
            a.Cookie.Name = "railwatch.af";
            a.Cookie.SameSite = SameSiteMode.Strict;
            a.Cookie.HttpOnly = true;
            a.Cookie.SecurePolicy = Microsoft.AspNetCore.Http.CookieSecurePolicy.SameAsRequest;
        });
        builder.Services.AddSingleton(data);
        builder.Services.AddSingleton(time);
        builder.Services.AddSingleton(options);

        var app = builder.Build();
        var gate = new AccessGate(options.Token, BindingPolicy.AllLoopback(options.Urls));
        app.Use(gate.InvokeAsync);
        app.Use(SecurityHeaders);
        ReviewEndpoints.Map(app);
        return new ReviewServer(app);
    }

    /// <summary>The addresses Kestrel listens on (with the real port when 0 was asked for); valid after start.</summary>
    public IReadOnlyList<string> Addresses =>
        app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.ToList() ?? [];

    public Task StartAsync(CancellationToken cancellationToken = default) => app.StartAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken = default) => app.StopAsync(cancellationToken);

    public ValueTask DisposeAsync() => app.DisposeAsync();

    private static Task SecurityHeaders(HttpContext context, RequestDelegate next)
    {
        var h = context.Response.Headers;
        h.ContentSecurityPolicy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
            + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
        h.XContentTypeOptions = "nosniff";
        h.XFrameOptions = "DENY";
        h["Referrer-Policy"] = "no-referrer";
        h.CacheControl = "no-store";
        return next(context);
    }
}
