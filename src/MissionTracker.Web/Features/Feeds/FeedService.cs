using System.Linq.Expressions;
using MissionTracker.Web.Data;
using MissionTracker.Web.Infrastructure.Api;

namespace MissionTracker.Web.Features.Feeds;

/// <summary>Feed subscriptions: which feeds the poller reads. A new or re-enabled feed is read at the next round.</summary>
public sealed class FeedService(MissionTrackerDbContext db, TimeProvider clock) : ResourceService<FeedSubscription, FeedDto, FeedInput, FeedFilter>(db)
{
    private static readonly SortOptions<FeedSubscription> Sorts = new SortOptions<FeedSubscription>("id")
        .Add("id", f => f.Id)
        .Add("url", f => f.Url)
        .Add("updatedAt", f => f.UpdatedAt);

    protected override string Noun => "feed";

    protected override Expression<Func<FeedSubscription, FeedDto>> Projection => FeedDto.Projection;

    protected override SortOptions<FeedSubscription> SortsFor(FeedFilter filter) => Sorts;

    protected override IQueryable<FeedSubscription> Filter(FeedFilter filter, ValidationErrors errors) =>
        filter.Failing == true ? Db.Feeds.Where(f => f.ConsecutiveFailures > 0) : Db.Feeds;

    protected override Task ApplyAsync(FeedSubscription feed, FeedInput input, ValidationErrors errors, CancellationToken cancellationToken)
    {
        var url = errors.Required("url", input.Url, FieldLengths.Url);
        if (url.Length > 0 && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
        {
            errors.Add("url", "Give the feed's absolute http or https address.");
        }
        var enabled = input.Enabled ?? true;
        if (feed.Id == 0 || url != feed.Url || (enabled && !feed.Enabled))
        {
            feed.NextPollAt = clock.GetUtcNow().UtcDateTime;
            feed.ConsecutiveFailures = 0;
            feed.LastError = null;
        }
        feed.Url = url;
        feed.Title = errors.Optional("title", input.Title, FieldLengths.Title);
        feed.Outlet = errors.Optional("outlet", input.Outlet, FieldLengths.Name);
        feed.Enabled = enabled;
        return Task.CompletedTask;
    }
}
