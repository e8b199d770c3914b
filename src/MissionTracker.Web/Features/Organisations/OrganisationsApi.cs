using MissionTracker.Web.Infrastructure.Api;

namespace MissionTracker.Web.Features.Organisations;

public static class OrganisationsApi
{
    private static readonly ResourceRoute Route = new("organisations", "id", "Organisation", "Organisations",
        "Alliances, coalitions, governments and armed forces. Names are unique.");

    public static RouteGroupBuilder MapOrganisationsApi(this RouteGroupBuilder api)
    {
        api.MapResource<OrganisationService, OrganisationDto, OrganisationDto, OrganisationInput, OrganisationFilter>(Route, OrganisationInput.Example);
        return api;
    }
}
