using MissionTracker.Web.Infrastructure.Api;

namespace MissionTracker.Web.Features.People;

public static class PeopleApi
{
    private static readonly ResourceRoute Route = new("people", "id", "Person", "People",
        "People who are quoted, with the offices they held. `q` searches names.");

    public static RouteGroupBuilder MapPeopleApi(this RouteGroupBuilder api)
    {
        api.MapResource<PersonService, PersonDto, PersonDto, PersonInput, PersonFilter>(Route, PersonInput.Example);
        return api;
    }
}
