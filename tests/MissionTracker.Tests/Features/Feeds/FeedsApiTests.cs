using System.Net;
using MissionTracker.Tests.Infrastructure;

namespace MissionTracker.Tests.Features.Feeds;

public sealed class FeedsApiTests(MissionTrackerFactory factory) : IClassFixture<MissionTrackerFactory>
{
    [Fact]
    public async Task AScriptSubscribesToAFeedWhichIsDueAtOnce()
    {
        var client = await factory.CreateKeyedClientAsync();
        var url = $"https://feeds.example.org/{Guid.NewGuid():N}.xml";

        var feed = await client.PostJsonAsync("/api/v1/feeds", new { url, outlet = "Example Wire" });

        Assert.Equal(url, feed.GetProperty("url").GetString());
        Assert.True(feed.GetProperty("enabled").GetBoolean());
        Assert.True(feed.GetProperty("nextPollAt").GetDateTime() <= DateTime.UtcNow.AddSeconds(5));
        var list = await client.GetJsonAsync("/api/v1/feeds?pageSize=200");
        Assert.Contains(list.GetProperty("items").EnumerateArray(), f => f.GetProperty("url").GetString() == url);
    }

    [Fact]
    public async Task AFeedNeedsAnHttpAddressAndAWriteKey()
    {
        var client = await factory.CreateKeyedClientAsync();
        var problem = await (await client.PostAsync("/api/v1/feeds", JsonContent("{\"url\": \"file:///etc/passwd\"}"))).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("url", out _));

        await (await factory.CreateClient().PostAsync("/api/v1/feeds", JsonContent("{\"url\": \"https://example.org/feed\"}"))).ProblemAsync(HttpStatusCode.Unauthorized);
    }

    private static StringContent JsonContent(string json) => new(json, System.Text.Encoding.UTF8, "application/json");
}
