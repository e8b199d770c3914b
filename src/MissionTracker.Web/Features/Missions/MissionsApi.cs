using Microsoft.AspNetCore.Http.HttpResults;

namespace MissionTracker.Web.Features.Missions;

public static class MissionsApi
{
    public static RouteGroupBuilder MapMissionsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/missions").WithTags("Missions");
        group.MapGet("/", ListMissions).WithName("ListMissions")
            .WithSummary("List missions")
            .WithDescription("Every mission with its lead, current status and latest observed strength.");
        group.MapGet("/{slug}", GetMission).WithName("GetMission")
            .WithSummary("Get a mission by slug")
            .WithDescription("The mission with its status history, its strength today (whole mission and per country) and its latest statements.");
        return api;
    }

    private static async Task<Ok<MissionList>> ListMissions(MissionService missions, CancellationToken cancellationToken) =>
        TypedResults.Ok(new MissionList(await missions.ListAsync(cancellationToken), null));

    private static async Task<Results<Ok<MissionDetailDto>, ProblemHttpResult>> GetMission(string slug, MissionService missions, CancellationToken cancellationToken)
    {
        var mission = await missions.GetAsync(slug, cancellationToken);
        return mission is null
            ? TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Mission not found", detail: $"No mission has the slug '{slug}'.")
            : TypedResults.Ok(mission);
    }
}

/// <summary>The list envelope every list endpoint answers with.</summary>
public sealed record MissionList(IReadOnlyList<MissionSummaryDto> Items, string? NextCursor);
