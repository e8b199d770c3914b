using MissionTracker.Tests.Infrastructure;
using MissionTracker.Web.Features.Feeds;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MissionTracker.Tests.Features.Feeds;

/// <summary>The poller against feeds served by a real local HTTP server: a good one, one that is down, one that is malformed.</summary>
public sealed class FeedPollerTests : IClassFixture<MissionTrackerFactory>, IAsyncLifetime
{
    private readonly MissionTrackerFactory _factory;
    private WebApplication? _feedServer;
    private string _base = "";
    private int _goodFeedHits;

    public FeedPollerTests(MissionTrackerFactory factory) => _factory = factory;

    private static string Rss(string baseUrl, string marker) => $$"""
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
          <channel>
            <title>Test Defence Wire</title>
            <link>{{baseUrl}}</link>
            <description>Test feed</description>
            <item>
              <title>Coalition to hand training to NATO mission {{marker}}</title>
              <link>{{baseUrl}}/articles/{{marker}}-1</link>
              <pubDate>Wed, 12 Feb 2020 10:00:00 GMT</pubDate>
              <content:encoded><![CDATA[<p>BAGHDAD, 12 February 2020 - About 5,200 US soldiers remain in Iraq, officials said on Wednesday, as the coalition prepares to hand training duties to the NATO mission. The handover was discussed at length by ministers who met in Brussels, and the details of which units would move, and when, were left to military planners.</p><p>"We will move step by step," a coalition spokesman said.</p>]]></content:encoded>
            </item>
            <item>
              <title>Teaser only {{marker}}</title>
              <link>{{baseUrl}}/articles/{{marker}}-2</link>
              <description>Short teaser.</description>
            </item>
          </channel>
        </rss>
        """;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _feedServer = builder.Build();
        _feedServer.MapGet("/good.xml", (HttpContext c) =>
        {
            Interlocked.Increment(ref _goodFeedHits);
            return Results.Text(Rss(_base, c.Request.Query["m"].ToString()), "application/rss+xml");
        });
        _feedServer.MapGet("/articles/{id}", (string id) => Results.Text(
            $"<html><body><nav>Menu</nav><article><h1>Full page {id}</h1><p>ERBIL, 3 March 2020 - Several hundred trainers will move to the NATO mission, the ministry said. Ministers said the move would take months and would depend on the approval of the Iraqi government.</p><p>The coalition keeps its other tasks, officials said.</p></article></body></html>",
            "text/html"));
        _feedServer.MapGet("/down.xml", () => Results.StatusCode(503));
        _feedServer.MapGet("/malformed.xml", () => Results.Text("<rss><channel><item><title>Broken", "application/rss+xml"));
        await _feedServer.StartAsync();
        _base = _feedServer.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
    }

    public async Task DisposeAsync()
    {
        if (_feedServer is not null)
        {
            await _feedServer.DisposeAsync();
        }
    }

    private async Task<int> AddFeedAsync(string url) => await _factory.WithDbAsync(async db =>
    {
        var feed = new FeedSubscription { Url = url, NextPollAt = DateTime.UtcNow.AddMinutes(-1) };
        db.Add(feed);
        await db.SaveChangesAsync();
        return feed.Id;
    });

    private async Task<FeedSubscription> FeedAsync(int id) =>
        await _factory.WithDbAsync(db => db.Set<FeedSubscription>().AsNoTracking().SingleAsync(f => f.Id == id));

    private Task<int> PollAsync() => _factory.Services.GetRequiredService<FeedPoller>().PollDueFeedsAsync(default);

    [Fact]
    public async Task ItemsOfAFeedBecomeSourcesOnceEvenWhenReadAgain()
    {
        var marker = Guid.NewGuid().ToString("N");
        var id = await AddFeedAsync($"{_base}/good.xml?m={marker}");

        await PollAsync();
        var feed = await FeedAsync(id);
        Assert.Null(feed.LastError);
        Assert.Equal(2, feed.ItemsTakenIn);
        var sources = await _factory.WithDbAsync(db => db.Sources.Where(s => s.Url!.Contains(marker)).OrderBy(s => s.Url).ToListAsync());
        Assert.Equal(2, sources.Count);
        Assert.Equal("Test Defence Wire", sources[0].Outlet);
        Assert.Equal(new DateOnly(2020, 2, 12), sources[0].PublishedOn);
        Assert.Contains("5,200 US soldiers", sources[0].Text);
        // The teaser-only item was completed from its linked page, without the page's navigation.
        Assert.Contains("Several hundred trainers", sources[1].Text);
        Assert.DoesNotContain("Menu", sources[1].Text);

        await _factory.WithDbAsync(db => db.Set<FeedSubscription>().Where(f => f.Id == id)
            .ExecuteUpdateAsync(u => u.SetProperty(f => f.NextPollAt, DateTime.UtcNow.AddMinutes(-1))));
        await PollAsync();
        Assert.Equal(2, await _factory.WithDbAsync(db => db.Sources.CountAsync(s => s.Url!.Contains(marker))));
        Assert.True(_goodFeedHits >= 2);
    }

    [Fact]
    public async Task AFeedThatIsDownIsRecordedAndRetriedLater()
    {
        var id = await AddFeedAsync($"{_base}/down.xml?m={Guid.NewGuid():N}");

        await PollAsync();

        var feed = await FeedAsync(id);
        Assert.Equal(1, feed.ConsecutiveFailures);
        Assert.Contains("503", feed.LastError);
        Assert.True(feed.NextPollAt > DateTime.UtcNow);
    }

    [Fact]
    public async Task AMalformedFeedIsRecordedAndDoesNotStopOtherFeeds()
    {
        var bad = await AddFeedAsync($"{_base}/malformed.xml?m={Guid.NewGuid():N}");
        var marker = Guid.NewGuid().ToString("N");
        var good = await AddFeedAsync($"{_base}/good.xml?m={marker}");

        await PollAsync();

        var error = (await FeedAsync(bad)).LastError;
        Assert.True(error?.StartsWith("Not a valid feed", StringComparison.Ordinal), error);
        Assert.Null((await FeedAsync(good)).LastError);
        Assert.Equal(2, await _factory.WithDbAsync(db => db.Sources.CountAsync(s => s.Url!.Contains(marker))));
    }

    [Fact]
    public async Task AnUnreachableFeedIsRecorded()
    {
        var id = await AddFeedAsync($"http://127.0.0.1:9/feed.xml?m={Guid.NewGuid():N}");

        await PollAsync();

        Assert.Equal(1, (await FeedAsync(id)).ConsecutiveFailures);
    }
}
