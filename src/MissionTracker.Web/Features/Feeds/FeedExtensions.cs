using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace MissionTracker.Web.Features.Feeds;

public static class FeedExtensions
{
    public static WebApplicationBuilder AddMissionTrackerFeeds(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<FeedOptions>(builder.Configuration.GetSection("MissionTracker:Feeds"));
        builder.Services.AddHttpClient<FeedReader>(http => http.DefaultRequestHeaders.UserAgent.ParseAdd("MissionTracker/1.0 (+feed reader)"));
        builder.Services.AddScoped<FeedService>();
        builder.Services.AddSingleton<FeedPoller>();
        builder.Services.AddHostedService(services => services.GetRequiredService<FeedPoller>());
        builder.Services.AddHealthChecks().AddCheck<FeedPollerHealthCheck>("feeds");
        return builder;
    }
}

/// <summary>Healthy while the poller runs (or is switched off on purpose); degraded when it has stopped.</summary>
internal sealed class FeedPollerHealthCheck(FeedPoller poller, Microsoft.Extensions.Options.IOptions<FeedOptions> options) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(!options.Value.Enabled
            ? HealthCheckResult.Healthy("Feed polling is switched off.")
            : poller.Running
                ? HealthCheckResult.Healthy(poller.LastRoundAt is { } last ? $"Last round at {last:u}." : "Waiting for the first round.")
                : HealthCheckResult.Degraded("The feed poller is not running."));
}
