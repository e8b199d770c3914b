using System.Net;
using MissionTracker.Tests.Infrastructure;

namespace MissionTracker.Tests.Features.Strength;

public sealed class StrengthConflictTests(MissionTrackerFactory factory) : IClassFixture<MissionTrackerFactory>
{
    [Fact]
    public async Task TwoSourcesWithDifferentFiguresAreAConflictUntilOneIsPreferred()
    {
        var client = await factory.CreateKeyedClientAsync();
        var mission = await client.CreateMissionAsync();
        var first = await client.CreateSourceAsync("Outlet A says 500");
        var second = await client.CreateSourceAsync("Outlet B says 550");
        async Task<int> ObserveAsync(int count, int source) =>
            (await client.PostJsonAsync("/api/v1/strength-observations", new { mission, countryCode = "ES", observedOn = "2021-03-01", count, sourceIds = new[] { source } }))
            .GetProperty("observationId").GetInt32();
        var older = await ObserveAsync(500, first);
        await ObserveAsync(550, second);

        var conflicts = await client.GetJsonAsync($"/api/v1/strength-observations/conflicts?mission={mission}");
        var conflict = Assert.Single(conflicts.EnumerateArray());
        Assert.Equal("ES", conflict.GetProperty("countryCode").GetString());
        var observations = conflict.GetProperty("observations").EnumerateArray().ToList();
        Assert.Equal(new[] { 500, 550 }, observations.Select(o => o.GetProperty("count").GetInt32()).Order());
        Assert.All(observations, o => Assert.Single(o.GetProperty("sourceIds").EnumerateArray()));
        // Before an analyst decides, the most recently recorded figure stands.
        var strength = await client.GetJsonAsync($"/api/v1/missions/{mission}/strength?asOf=2021-03-01");
        Assert.Equal(550, strength.GetProperty("byCountry")[0].GetProperty("count").GetInt32());

        using var prefer = await client.PostAsync($"/api/v1/strength-observations/{older}/prefer", null);
        Assert.Equal(HttpStatusCode.OK, prefer.StatusCode);

        Assert.Empty((await client.GetJsonAsync($"/api/v1/strength-observations/conflicts?mission={mission}")).EnumerateArray());
        strength = await client.GetJsonAsync($"/api/v1/missions/{mission}/strength?asOf=2021-03-01");
        Assert.Equal(500, strength.GetProperty("byCountry")[0].GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task AWholeMissionDisagreementIsListedWithoutTheCountriesObservedThatDay()
    {
        var client = await factory.CreateKeyedClientAsync();
        var mission = await client.CreateMissionAsync();
        var source = await client.CreateSourceAsync("Figures of the day");
        async Task ObserveAsync(string? countryCode, int count) =>
            await client.PostJsonAsync("/api/v1/strength-observations", new { mission, countryCode, observedOn = "2021-04-01", count, sourceIds = new[] { source } });
        await ObserveAsync(null, 1000);
        await ObserveAsync(null, 1200);
        await ObserveAsync("ES", 300);
        await ObserveAsync("IT", 200);
        await ObserveAsync("IT", 200); // the same figure twice is no disagreement

        var conflict = Assert.Single((await client.GetJsonAsync($"/api/v1/strength-observations/conflicts?mission={mission}")).EnumerateArray());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, conflict.GetProperty("countryCode").ValueKind);
        Assert.Equal(new[] { 1000, 1200 }, conflict.GetProperty("observations").EnumerateArray().Select(o => o.GetProperty("count").GetInt32()).Order());
    }

    [Fact]
    public async Task PreferringNeedsAWriteKeyAndAnExistingObservation()
    {
        using var anonymous = await factory.CreateClient().PostAsync("/api/v1/strength-observations/1/prefer", null);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);

        var client = await factory.CreateKeyedClientAsync();
        using var missing = await client.PostAsync("/api/v1/strength-observations/999999/prefer", null);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
    }
}

public sealed class StrengthConflictDashboardTests(MissionTrackerFactory factory) : IClassFixture<MissionTrackerFactory>
{
    [Fact]
    public async Task TheDashboardFlagsSourcesThatDisagree()
    {
        var client = await factory.CreateKeyedClientAsync();
        var mission = await client.CreateMissionAsync();
        foreach (var count in new[] { 120, 180 })
        {
            var source = await client.CreateSourceAsync($"Outlet says {count}");
            await client.PostJsonAsync("/api/v1/strength-observations", new { mission, countryCode = "DK", observedOn = "2021-05-06", count, sourceIds = new[] { source } });
        }

        var html = await factory.CreateClient().GetStringAsync("/");

        Assert.Contains("Sources disagree", html);
        Assert.Contains($"/missions/{mission}", html);
        Assert.Contains("180 (observation", html);
    }
}
