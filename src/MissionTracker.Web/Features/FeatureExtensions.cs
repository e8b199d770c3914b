using MissionTracker.Web.Features.Countries;
using MissionTracker.Web.Features.Events;
using MissionTracker.Web.Features.Extraction;
using MissionTracker.Web.Features.Feeds;
using MissionTracker.Web.Features.History;
using MissionTracker.Web.Features.Intake;
using MissionTracker.Web.Features.Missions;
using MissionTracker.Web.Features.Organisations;
using MissionTracker.Web.Features.People;
using MissionTracker.Web.Features.Sources;
using MissionTracker.Web.Features.Statements;
using MissionTracker.Web.Features.Strength;
using MissionTracker.Web.Features.Transfers;
using MissionTracker.Web.Infrastructure.Api;

namespace MissionTracker.Web.Features;

public static class FeatureExtensions
{
    /// <summary>The feature services, shared by the pages and the API.</summary>
    public static WebApplicationBuilder AddMissionTrackerFeatures(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<MissionService>();
        builder.Services.AddScoped<StrengthService>();
        builder.Services.AddScoped<StatementService>();
        builder.Services.AddScoped<ExtractionService>();
        builder.Services.AddSingleton<ExtractorCache>();
        builder.Services.AddScoped<IntakeService>();
        builder.Services.AddScoped<ProposalService>();
        builder.AddMissionTrackerFeeds();
        builder.Services.AddScoped<CountryService>();
        builder.Services.AddScoped<OrganisationService>();
        builder.Services.AddScoped<PersonService>();
        builder.Services.AddScoped<SourceService>();
        builder.Services.AddScoped<EventService>();
        builder.Services.AddScoped<TransferService>();
        builder.Services.AddScoped<HistoryService>();
        return builder;
    }

    /// <summary>Every resource under <c>/api/v1</c>.</summary>
    public static WebApplication MapMissionTrackerApi(this WebApplication app)
    {
        var api = app.MapGroup("/api/v1").RequireRateLimiting(RateLimits.Policy);
        api.MapMissionsApi();
        api.MapExtractionApi();
        api.MapProposalsApi();
        api.MapFeedsApi();
        api.MapCountriesApi();
        api.MapOrganisationsApi();
        api.MapPeopleApi();
        api.MapStrengthObservationsApi();
        api.MapTransfersApi();
        api.MapStatementsApi();
        api.MapSourcesApi();
        api.MapEventsApi();
        return app;
    }
}
