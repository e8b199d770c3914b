using MissionTracker.Web.Infrastructure.Api;

namespace MissionTracker.Web.Features.Strength;

public static class StrengthObservationsApi
{
    private static readonly ResourceRoute Route = new("strength-observations", "id", "Strength observation", "Strength observations",
        "\"On this date, this country had this many personnel in this mission\", with its sources; a country of null is the mission as a whole.");

    public static RouteGroupBuilder MapStrengthObservationsApi(this RouteGroupBuilder api)
    {
        api.MapResource<StrengthService, ContingentDto, ContingentDto, StrengthObservationInput, StrengthObservationFilter>(Route, StrengthObservationInput.Example);
        return api;
    }
}
