using System.Globalization;
using System.Threading.RateLimiting;
using MissionTracker.Web.Infrastructure.Security.ApiKeys;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace MissionTracker.Web.Infrastructure.Api;

/// <summary>One fixed-window limit: <see cref="PermitLimit"/> requests per <see cref="WindowSeconds"/>.</summary>
public sealed class RateLimit
{
    public int PermitLimit { get; set; }
    public int WindowSeconds { get; set; } = 60;
}

/// <summary><c>MissionTracker:RateLimits</c>: writes per key, and expensive reads (search, export, extraction) per key or address.</summary>
public sealed class RateLimitSettings
{
    public const string Section = "MissionTracker:RateLimits";

    public RateLimit Writes { get; set; } = new() { PermitLimit = 3000 };
    public RateLimit Expensive { get; set; } = new() { PermitLimit = 600 };
}

/// <summary>Marks an endpoint as expensive whatever its query (e.g. extraction).</summary>
public sealed record ExpensiveEndpoint;

public static class RateLimits
{
    public const string Policy = "api";

    public static WebApplicationBuilder AddMissionTrackerRateLimits(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<RateLimitSettings>(builder.Configuration.GetSection(RateLimitSettings.Section));
        builder.Services.AddRateLimiter(o =>
        {
            o.AddPolicy(Policy, Partition);
            o.OnRejected = async (context, cancellationToken) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(60);
                var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
                context.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                await SecurityExtensions.WriteProblemAsync(context.HttpContext, StatusCodes.Status429TooManyRequests, "Too many requests",
                    $"The rate limit for this kind of request was reached; retry after {seconds} seconds.");
            };
        });
        return builder;
    }

    /// <summary>Expensive requests (search, export, extraction) share one window per key; writes another; ordinary reads are not limited.</summary>
    private static RateLimitPartition<string> Partition(HttpContext http)
    {
        var settings = http.RequestServices.GetRequiredService<IOptionsMonitor<RateLimitSettings>>().CurrentValue;
        var who = http.User.Identity?.IsAuthenticated == true ? http.User.Identity.Name! : http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (IsExpensive(http))
        {
            return Window("expensive:" + who, settings.Expensive);
        }
        return HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method)
            ? RateLimitPartition.GetNoLimiter("read")
            : Window("write:" + who, settings.Writes);
    }

    private static bool IsExpensive(HttpContext http)
    {
        var query = http.Request.Query;
        var errors = new ValidationErrors();
        return http.GetEndpoint()?.Metadata.GetMetadata<ExpensiveEndpoint>() is not null
            || !string.IsNullOrWhiteSpace(query["q"])
            || ExportFormats.Negotiate(http, query["format"], errors) != ExportFormat.Json;
    }

    private static RateLimitPartition<string> Window(string key, RateLimit limit) =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, limit.PermitLimit),
            Window = TimeSpan.FromSeconds(Math.Max(1, limit.WindowSeconds)),
            QueueLimit = 0,
        });
}
