using System.Net;
using System.Text.Json;
using MissionTracker.Tests.Infrastructure;

namespace MissionTracker.Tests.Features.Missions;

public sealed class FoundationEndpointTests(MissionTrackerFactory factory) : IClassFixture<MissionTrackerFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private async Task<JsonElement> GetJsonAsync(string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await _client.GetAsync(url);
        Assert.Equal(expected, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    [Fact]
    public async Task HealthReportsTheDatabase()
    {
        var health = await GetJsonAsync("/health");
        Assert.Equal("Healthy", health.GetProperty("status").GetString());
        Assert.Equal("Healthy", health.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
    }

    [Fact]
    public async Task MissionsListTheSeededMissionsWithTheirStrength()
    {
        var body = await GetJsonAsync("/api/v1/missions");
        var items = body.GetProperty("items").EnumerateArray().ToList();
        var nmi = items.Single(m => m.GetProperty("slug").GetString() == "nmi");
        Assert.Equal("TrainingAdvisory", nmi.GetProperty("kind").GetString());
        Assert.Equal(500, nmi.GetProperty("strength").GetProperty("total").GetInt32());
        var coalition = items.Single(m => m.GetProperty("slug").GetString() == "global-coalition");
        Assert.Equal(11000, coalition.GetProperty("strength").GetProperty("total").GetInt32());
        var us = coalition.GetProperty("strength").GetProperty("byCountry").EnumerateArray().Single();
        Assert.Equal("US", us.GetProperty("countryCode").GetString());
        Assert.Equal(5200, us.GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task AMissionComesBackWithStrengthStatusAndStatements()
    {
        var nmi = await GetJsonAsync("/api/v1/missions/nmi");
        Assert.Equal("NATO Mission Iraq", nmi.GetProperty("name").GetString());
        Assert.Equal(500, nmi.GetProperty("strength").GetProperty("total").GetInt32());
        Assert.Equal("2020-02-12", nmi.GetProperty("strength").GetProperty("totalObservedOn").GetString());
        Assert.NotEmpty(nmi.GetProperty("statusHistory").EnumerateArray());
        var speakers = nmi.GetProperty("latestStatements").EnumerateArray().Select(s => s.GetProperty("speakerName").GetString()).ToList();
        Assert.Contains("Jens Stoltenberg", speakers);
        Assert.Contains("Margarita Robles", speakers);
        Assert.EndsWith("Z", nmi.GetProperty("createdAt").GetString());
    }

    [Fact]
    public async Task AnUnknownMissionIsAProblemDetails404()
    {
        using var response = await _client.GetAsync("/api/v1/missions/no-such-mission");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(404, problem.GetProperty("status").GetInt32());
        Assert.Contains("no-such-mission", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task AnUnknownApiPathIsAProblemDetails()
    {
        using var response = await _client.GetAsync("/api/v1/nothing-here");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task TheDashboardListsTheMissionsWithTheirStrength()
    {
        var html = await _client.GetStringAsync("/");
        Assert.Contains("NATO Mission Iraq", html);
        Assert.Contains("Global Coalition against Daesh", html);
        Assert.Contains("500", html);
        Assert.Contains("11,000", html);
        Assert.Contains("Jens Stoltenberg", html);
    }

    [Fact]
    public async Task AnUnknownPageIsAFriendly404()
    {
        using var response = await _client.GetAsync("/no-such-page");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Page not found", html);
    }

    [Fact]
    public async Task TheOpenApiDocumentDescribesTheMissionsEndpoints()
    {
        var doc = await GetJsonAsync("/swagger/v1/swagger.json");
        Assert.StartsWith("3.", doc.GetProperty("openapi").GetString());
        var paths = doc.GetProperty("paths");
        Assert.Equal("ListMissions", paths.GetProperty("/api/v1/missions").GetProperty("get").GetProperty("operationId").GetString());
        Assert.Equal("GetMission", paths.GetProperty("/api/v1/missions/{slug}").GetProperty("get").GetProperty("operationId").GetString());
        using var ui = await _client.GetAsync("/swagger/index.html");
        Assert.Equal(HttpStatusCode.OK, ui.StatusCode);
    }
}
