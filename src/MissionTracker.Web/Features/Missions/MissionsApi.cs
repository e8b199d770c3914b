using MissionTracker.Web.Infrastructure.Caching;
using MissionTracker.Web.Features.Strength;
using MissionTracker.Web.Infrastructure.Api;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MissionTracker.Web.Features.Missions;

public static class MissionsApi
{
    private static readonly ResourceRoute Route = new("missions", "slug", "Mission", "Missions",
        "Missions with their lead, current status and latest observed strength; addressed by slug (`nmi`, `global-coalition`).");

    public static RouteGroupBuilder MapMissionsApi(this RouteGroupBuilder api)
    {
        var group = api.MapResource<MissionService, MissionSummaryDto, MissionDetailDto, MissionInput, MissionFilter>(Route, MissionInput.Example);
        group.MapGet("/{slug}/strength", GetMissionStrength).WithName("GetMissionStrength")
            .WithSummary("A mission's strength on a date")
            .WithDescription("The total and per-country strength from the latest observations at or before `asOf` (default today), with their sources.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .AddReadResponses()
            .CacheData(CacheTags.Missions);
        group.MapGet("/{slug}/timeline", GetMissionTimeline).WithName("GetMissionTimeline")
            .WithSummary("A mission's timeline")
            .WithDescription("Events, mission and transfer status changes, and statements about the mission, in date order; `from` and `to` narrow it.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .AddReadResponses()
            .CacheData(CacheTags.Missions);
        return api;
    }

    private static async Task<Results<Ok<MissionStrengthDto>, ProblemHttpResult>> GetMissionStrength(
        string slug, DateOnly? asOf, MissionService missions, CancellationToken cancellationToken) =>
        await missions.StrengthAsync(slug, asOf, cancellationToken) is { } strength
            ? TypedResults.Ok(strength)
            : Problems.NotFound($"No mission has the slug '{slug}'.");

    private static async Task<Results<Ok<MissionTimelineDto>, ProblemHttpResult>> GetMissionTimeline(
        string slug, DateOnly? from, DateOnly? to, MissionService missions, CancellationToken cancellationToken) =>
        await missions.TimelineAsync(slug, from, to, cancellationToken) is { } timeline
            ? TypedResults.Ok(timeline)
            : Problems.NotFound($"No mission has the slug '{slug}'.");
}
