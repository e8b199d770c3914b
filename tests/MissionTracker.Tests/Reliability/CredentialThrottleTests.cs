using System.Net;
using MissionTracker.Tests.Infrastructure;
using MissionTracker.Web.Infrastructure.Security;

namespace MissionTracker.Tests.Reliability;

public sealed class ThrottledFactory : MissionTrackerFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["MissionTracker:RateLimits:FailedCredentials"] = "3" };
}

public sealed class CredentialThrottleTests(ThrottledFactory factory) : IClassFixture<ThrottledFactory>
{
    [Fact]
    public async Task GuessingKeysOrPasswordsFromOneAddressIsStoppedForAMinute()
    {
        var client = factory.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/missions");
            request.Headers.Add("X-Api-Key", $"mt_guess{i}");
            using var wrong = await client.SendAsync(request);
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }

        using var blocked = new HttpRequestMessage(HttpMethod.Get, "/api/v1/missions");
        blocked.Headers.Add("X-Api-Key", "mt_guess-again");
        using var refused = await client.SendAsync(blocked);
        var problem = await refused.ProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.Contains("wrong API keys", problem.GetProperty("title").GetString() + problem.GetProperty("detail").GetString());
        Assert.NotNull(refused.Headers.RetryAfter);

        // The sign-in page counts the same failures from the same address.
        var (email, password) = await factory.CreateUserAsync(Roles.Editor);
        using var signIn = await factory.CreateBrowserLikeClient().PostFormAsync("/account/login",
            new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = password });
        Assert.Equal(HttpStatusCode.TooManyRequests, signIn.StatusCode);
        Assert.Contains("Too many failed sign-ins", await signIn.Content.ReadAsStringAsync());
    }
}
