using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace MissionTracker.Web.Infrastructure;

public static class ReverseProxyExtensions
{
    /// <summary>
    /// Behind a TLS-terminating proxy (<c>MissionTracker:ReverseProxy:KnownProxies</c>, a list of addresses; loopback is
    /// always trusted), <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> give the client's address (for rate limits and
    /// logs) and the original scheme (HTTPS, for Secure cookies and HSTS). Headers from anyone else are ignored.
    /// </summary>
    public static WebApplicationBuilder AddMissionTrackerReverseProxy(this WebApplicationBuilder builder)
    {
        var proxies = builder.Configuration.GetSection("MissionTracker:ReverseProxy:KnownProxies").Get<string[]>() ?? [];
        builder.Services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.ForwardLimit = 1;
            foreach (var proxy in proxies)
            {
                if (IPAddress.TryParse(proxy, out var address))
                {
                    o.KnownProxies.Add(address);
                }
            }
        });
        return builder;
    }
}
