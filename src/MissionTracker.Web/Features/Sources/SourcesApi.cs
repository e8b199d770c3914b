using MissionTracker.Web.Infrastructure.Api;

namespace MissionTracker.Web.Features.Sources;

public static class SourcesApi
{
    private static readonly ResourceRoute Route = new("sources", "id", "Source", "Sources",
        "News articles and documents that facts cite. `q` searches titles and texts. A source still cited cannot be deleted.");

    public static RouteGroupBuilder MapSourcesApi(this RouteGroupBuilder api)
    {
        api.MapResource<SourceService, SourceDto, SourceDto, SourceInput, SourceFilter>(Route, SourceInput.Example);
        return api;
    }
}
