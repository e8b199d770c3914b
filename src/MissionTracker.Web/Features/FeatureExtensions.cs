using MissionTracker.Web.Features.Missions;
using MissionTracker.Web.Features.Statements;
using MissionTracker.Web.Features.Strength;

namespace MissionTracker.Web.Features;

public static class FeatureExtensions
{
    /// <summary>The feature services, shared by the pages and the API.</summary>
    public static WebApplicationBuilder AddMissionTrackerFeatures(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<MissionService>();
        builder.Services.AddScoped<StrengthService>();
        builder.Services.AddScoped<StatementService>();
        return builder;
    }

    /// <summary>Every resource under <c>/api/v1</c>.</summary>
    public static WebApplication MapMissionTrackerApi(this WebApplication app)
    {
        var api = app.MapGroup("/api/v1");
        api.MapMissionsApi();
        return app;
    }
}
