using System.Linq.Expressions;
using MissionTracker.Web.Infrastructure.Api;

namespace MissionTracker.Web.Features.Feeds;

/// <summary>A feed subscription with how its polling is going.</summary>
public sealed record FeedDto(
    int Id,
    string Url,
    string? Title,
    string? Outlet,
    bool Enabled,
    DateTime? LastPolledAt,
    DateTime? LastSucceededAt,
    DateTime NextPollAt,
    int ConsecutiveFailures,
    string? LastError,
    int ItemsTakenIn,
    DateTime CreatedAt,
    DateTime UpdatedAt,
    long Version) : IVersioned
{
    public static readonly Expression<Func<FeedSubscription, FeedDto>> Projection = f => new FeedDto(
        f.Id, f.Url, f.Title, f.Outlet, f.Enabled, f.LastPolledAt, f.LastSucceededAt, f.NextPollAt, f.ConsecutiveFailures,
        f.LastError, f.ItemsTakenIn, f.CreatedAt, f.UpdatedAt, f.Version);
}

/// <summary>An RSS or Atom feed to read; <c>outlet</c> is recorded on the sources it brings in (default: the feed's own title).</summary>
public sealed record FeedInput(string? Url, string? Title, string? Outlet, bool? Enabled)
{
    public static readonly FeedInput Example = new("https://www.nato.int/cps/rss/en/natohq/rssFeed.xsl/rssFeed.xml", "NATO news", "NATO", true);
}

public sealed class FeedFilter : ListFilter
{
    /// <summary>Only feeds whose last read failed.</summary>
    public bool? Failing { get; set; }
}
