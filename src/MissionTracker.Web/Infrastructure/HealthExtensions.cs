using System.Text.Json;
using MissionTracker.Web.Data;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace MissionTracker.Web.Infrastructure;

public static class HealthExtensions
{
    public static WebApplicationBuilder AddMissionTrackerHealth(this WebApplicationBuilder builder)
    {
        builder.Services.AddHealthChecks().AddDbContextCheck<MissionTrackerDbContext>("database");
        // On SIGTERM Kestrel stops accepting, lets the requests in flight finish and the background services stop, up to this long.
        var shutdown = builder.Configuration.GetValue("MissionTracker:ShutdownTimeoutSeconds", 30);
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(shutdown));
        return builder;
    }

    /// <summary><c>GET /health</c>: overall status and one entry per check, as JSON; 503 when unhealthy.</summary>
    public static WebApplication MapMissionTrackerHealth(this WebApplication app)
    {
        app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = WriteAsync }).AllowAnonymous().WithMetadata(new Microsoft.AspNetCore.Routing.ExcludeFromDescriptionAttribute());
        return app;
    }

    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        context.Response.Headers.CacheControl = "no-store";
        return JsonSerializer.SerializeAsync(context.Response.Body, new
        {
            status = report.Status.ToString(),
            durationMs = report.TotalDuration.TotalMilliseconds,
            checks = report.Entries.ToDictionary(e => e.Key, e => new
            {
                status = e.Value.Status.ToString(),
                description = e.Value.Description,
                durationMs = e.Value.Duration.TotalMilliseconds,
            }),
        }, JsonSerializerOptions.Web, context.RequestAborted);
    }
}
