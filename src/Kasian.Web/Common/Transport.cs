using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Kasian.Web.Common;

/// <summary>
/// HTTPS in front of Kasian: which proxy's X-Forwarded-For and X-Forwarded-Proto are believed, HSTS, and the
/// headers every answer carries (docs/operations.md, "Security").
/// </summary>
public static class Transport
{
    public static IServiceCollection AddKasianTransport(this IServiceCollection services, KasianOptions options)
    {
        // Read now, so a mistyped address stops the start rather than the first request.
        var proxies = options.Proxies.KnownProxies.Select(p => IPAddress.TryParse(p.Trim(), out var a) ? a
            : throw new InvalidOperationException($"Kasian:Proxies:KnownProxies has '{p}', which is not an IP address.")).ToList();
        var networks = options.Proxies.KnownNetworks.Select(n => System.Net.IPNetwork.TryParse(n.Trim(), out var a) ? a
            : throw new InvalidOperationException($"Kasian:Proxies:KnownNetworks has '{n}', which is not a network in CIDR notation (10.0.0.0/24).")).ToList();
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            // Not X-Forwarded-Host: Kasian never builds a link from the request's host (Kasian:PublicBaseUrl does that).
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // ASP.NET Core believes loopback by default; Kasian believes only the proxies it is told of.
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var proxy in proxies) o.KnownProxies.Add(proxy);
            foreach (var network in networks) o.KnownIPNetworks.Add(network);
        });
        services.AddHsts(o =>
        {
            o.MaxAge = TimeSpan.FromDays(365);
            o.IncludeSubDomains = false;
        });
        return services;
    }

    public static WebApplication UseKasianTransport(this WebApplication app, KasianOptions options)
    {
        // Without a configured proxy the middleware is left out altogether: X-Forwarded-* from anyone is ignored.
        if (options.Proxies.KnownProxies.Length > 0 || options.Proxies.KnownNetworks.Length > 0) app.UseForwardedHeaders();
        // Only on HTTPS answers (the middleware's own rule); never in Development, where a browser would remember it for localhost.
        if (!app.Environment.IsDevelopment()) app.UseHsts();
        app.Use(SecurityHeaders.Add);
        return app;
    }
}
