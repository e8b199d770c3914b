using MissionTracker.Tests.Infrastructure;

namespace MissionTracker.Tests.Operations;

public sealed class SecurityHeaderTests(MissionTrackerFactory factory) : IClassFixture<MissionTrackerFactory>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/api/v1/missions")]
    [InlineData("/api/v1/missions/no-such-mission")]
    [InlineData("/css/site.css")]
    [InlineData("/no-such-page")]
    public async Task EveryResponseCarriesTheSecurityHeaders(string path)
    {
        using var response = await factory.CreateClient().GetAsync(path);

        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }
}
