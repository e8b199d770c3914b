using MissionTracker.Web.Infrastructure.Api;

namespace MissionTracker.Web.Features.Events;

public static class EventsApi
{
    private static readonly ResourceRoute Route = new("events", "id", "Event", "Events",
        "Dated happenings on the timeline (strikes, votes, decisions, deployments), each with its sources.");

    public static RouteGroupBuilder MapEventsApi(this RouteGroupBuilder api)
    {
        api.MapResource<EventService, EventDto, EventDto, EventInput, EventFilter>(Route, EventInput.Example);
        return api;
    }
}
