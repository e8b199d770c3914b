using MissionTracker.Web.Infrastructure.Api;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MissionTracker.Web.Features.Strength;

public static class StrengthObservationsApi
{
    private static readonly ResourceRoute Route = new("strength-observations", "id", "Strength observation", "Strength observations",
        "\"On this date, this country had this many personnel in this mission\", with its sources; a country of null is the mission as a whole.");

    public static RouteGroupBuilder MapStrengthObservationsApi(this RouteGroupBuilder api)
    {
        var group = api.MapResource<StrengthService, ContingentDto, ContingentDto, StrengthObservationInput, StrengthObservationFilter>(Route, StrengthObservationInput.Example);
        group.MapGet("/conflicts", ListStrengthConflicts).WithName("ListStrengthConflicts")
            .WithSummary("List conflicting strength figures")
            .WithDescription("Observations of the same mission, country and date that give different figures, none marked preferred yet; each with its sources. `mission` narrows it to one mission.")
            .AddReadResponses();
        group.MapPost("/{id:int}/prefer", PreferStrengthObservation).WithName("PreferStrengthObservation")
            .WithSummary("Mark a strength observation as preferred")
            .WithDescription("Settles a conflict: this observation becomes the contingent's strength for its date, and the group is no longer flagged.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .AddWriteResponses(null);
        return api;
    }

    private static async Task<Ok<IReadOnlyList<StrengthConflictDto>>> ListStrengthConflicts(string? mission, StrengthService strength, CancellationToken cancellationToken) =>
        TypedResults.Ok(await strength.ConflictsAsync(mission, cancellationToken));

    private static async Task<Results<Ok<ContingentDto>, ValidationProblem, ProblemHttpResult>> PreferStrengthObservation(
        int id, StrengthService strength, HttpContext http, CancellationToken cancellationToken) =>
        ResourceResults.OkOrProblem(http, await strength.PreferAsync(id, cancellationToken));
}
