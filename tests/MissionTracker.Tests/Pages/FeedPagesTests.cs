using System.Net;
using MissionTracker.Tests.Infrastructure;
using MissionTracker.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace MissionTracker.Tests.Pages;

public sealed class FeedPagesTests(FeedPagesTests.NoPollingFactory factory) : IClassFixture<FeedPagesTests.NoPollingFactory>
{
    /// <summary>The poller stays off, so the statuses shown are the ones the tests set.</summary>
    public sealed class NoPollingFactory : MissionTrackerFactory
    {
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["MissionTracker:Feeds:Enabled"] = "false" };
    }

    [Fact]
    public async Task AnEditorAddsAFeedSeesItsStatusPausesItAndDeletesIt()
    {
        var editor = await factory.SignInAsync(Roles.Editor);
        var url = $"https://feeds.example.org/{Guid.NewGuid():N}.xml";
        using var created = await editor.PostFormAsync("/feeds/create", new Dictionary<string, string>
        {
            ["Input.Url"] = url, ["Input.Title"] = "Example wire", ["Input.Outlet"] = "Example", ["Input.Enabled"] = "true",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = await factory.WithDbAsync(db => db.Feeds.Where(f => f.Url == url).Select(f => f.Id).FirstAsync());
        Assert.Equal($"/feeds#feed-{id}", created.Headers.Location!.OriginalString);

        var list = await editor.GetStringAsync("/feeds");
        Assert.Contains("Example wire", list);
        Assert.Contains(url, list);
        Assert.Contains("Not read yet", list);

        // An unticked checkbox sends only the hidden "false" the form carries.
        using (var paused = await editor.SubmitPageFormAsync($"/feeds/{id}/edit", f => f.RemoveAll(p => p.Key == "Input.Enabled" && p.Value == "true")))
        {
            Assert.Equal(HttpStatusCode.Redirect, paused.StatusCode);
        }
        Assert.False(await factory.WithDbAsync(db => db.Feeds.Where(f => f.Id == id).Select(f => f.Enabled).FirstAsync()));
        Assert.Contains("Paused", await editor.GetStringAsync("/feeds"));

        using var deleted = await editor.PostFormAsync($"/feeds/{id}/edit?handler=Delete", new Dictionary<string, string> { ["Input.Version"] = "2" }, $"/feeds/{id}/edit");
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.DoesNotContain(url, await editor.GetStringAsync("/feeds"));
    }

    [Fact]
    public async Task AFeedWithABadAddressIsRefusedNextToTheField()
    {
        var editor = await factory.SignInAsync(Roles.Editor);
        using var response = await editor.PostFormAsync("/feeds/create", new Dictionary<string, string> { ["Input.Url"] = "ftp://example.org/feed", ["Input.Title"] = "Bad feed" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Matches("data-valmsg-for=\"Input.Url\"[^>]*>Give the feed&#x27;s absolute http or https address.<", html);
        Assert.Contains("value=\"Bad feed\"", html);
    }

    [Fact]
    public async Task TheFeedsPageShowsAFailingFeedsError()
    {
        var url = $"https://feeds.example.org/{Guid.NewGuid():N}.xml";
        await factory.WithDbAsync(async db =>
        {
            db.Feeds.Add(new MissionTracker.Web.Features.Feeds.FeedSubscription
            {
                Url = url, Title = "Broken wire", Enabled = true, ConsecutiveFailures = 3, LastError = "HTTP 503 from the feed", LastPolledAt = DateTime.UtcNow,
            });
            return await db.SaveChangesAsync();
        });
        var editor = await factory.SignInAsync(Roles.Editor);
        var failing = await editor.GetStringAsync("/feeds?failing=true");
        Assert.Contains("Broken wire", failing);
        Assert.Contains("Failing (3 in a row)", failing);
        Assert.Contains("HTTP 503 from the feed", failing);
    }
}
