using MissionTracker.Web.Infrastructure.Api;

namespace MissionTracker.Web.Features.Feeds;

public static class FeedsApi
{
    private static readonly ResourceRoute Route = new("feeds", "id", "Feed", "Feeds",
        "RSS and Atom feeds whose new items are taken in as sources, with proposals to review. `failing=true` lists the feeds whose last read failed.");

    public static RouteGroupBuilder MapFeedsApi(this RouteGroupBuilder api)
    {
        api.MapResource<FeedService, FeedDto, FeedDto, FeedInput, FeedFilter>(Route, FeedInput.Example);
        return api;
    }
}
