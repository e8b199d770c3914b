using System.Net;
using System.Net.Http.Json;
using MissionTracker.Tests.Infrastructure;

namespace MissionTracker.Tests.Features.Strength;

public sealed class AsOfTests(MissionTrackerFactory factory) : IClassFixture<MissionTrackerFactory>
{
    [Fact]
    public async Task StrengthAsOfADateUsesTheLatestObservationAtOrBeforeIt()
    {
        var client = await factory.CreateKeyedClientAsync();
        var sourceId = await client.CreateSourceAsync();
        var mission = await client.CreateMissionAsync();
        await client.PostJsonAsync("/api/v1/strength-observations", new { mission, observedOn = "2021-03-01", count = 300, sourceIds = new[] { sourceId } });
        var spain = await client.PostJsonAsync("/api/v1/strength-observations",
            new { mission, countryCode = "es", observedOn = "2021-03-01", count = 100, role = "trainers", sourceIds = new[] { sourceId } });
        await client.PostJsonAsync("/api/v1/strength-observations", new { mission, countryCode = "ES", observedOn = "2021-06-01", count = 150, sourceIds = new[] { sourceId } });

        var before = await client.GetJsonAsync($"/api/v1/missions/{mission}/strength?asOf=2021-02-28");
        Assert.Equal(mission, before.GetProperty("mission").GetString());
        Assert.Equal("2021-02-28", before.GetProperty("asOf").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, before.GetProperty("total").ValueKind);
        Assert.Empty(before.GetProperty("byCountry").EnumerateArray());

        var on = await client.GetJsonAsync($"/api/v1/missions/{mission}/strength?asOf=2021-03-01");
        Assert.Equal(300, on.GetProperty("total").GetInt32());
        var es = Assert.Single(on.GetProperty("byCountry").EnumerateArray());
        Assert.Equal("ES", es.GetProperty("countryCode").GetString());
        Assert.Equal(100, es.GetProperty("count").GetInt32());
        Assert.Equal("2021-03-01", es.GetProperty("observedOn").GetString());
        Assert.Equal([sourceId], es.GetProperty("sourceIds").EnumerateArray().Select(s => s.GetInt32()));
        Assert.Equal(spain.GetProperty("observationId").GetInt32(), es.GetProperty("observationId").GetInt32());

        var justBeforeChange = await client.GetJsonAsync($"/api/v1/missions/{mission}/strength?asOf=2021-05-31");
        Assert.Equal(100, Assert.Single(justBeforeChange.GetProperty("byCountry").EnumerateArray()).GetProperty("count").GetInt32());
        var after = await client.GetJsonAsync($"/api/v1/missions/{mission}/strength?asOf=2021-06-01");
        Assert.Equal(150, Assert.Single(after.GetProperty("byCountry").EnumerateArray()).GetProperty("count").GetInt32());
        Assert.Equal(300, after.GetProperty("total").GetInt32());

        var contingents = await client.GetJsonAsync("/api/v1/countries/es/contingents?asOf=2021-04-01");
        var here = Assert.Single(contingents.GetProperty("contingents").EnumerateArray(), c => c.GetProperty("mission").GetString() == mission);
        Assert.Equal(100, here.GetProperty("count").GetInt32());
        var earlier = await client.GetJsonAsync("/api/v1/countries/ES/contingents?asOf=2021-02-01");
        Assert.DoesNotContain(earlier.GetProperty("contingents").EnumerateArray(), c => c.GetProperty("mission").GetString() == mission);
    }

    [Fact]
    public async Task DeletedObservationsGiveWayToTheOnesBeforeThemAndAPreferredOneWinsItsDate()
    {
        var client = await factory.CreateKeyedClientAsync();
        var sourceId = await client.CreateSourceAsync();
        var mission = await client.CreateMissionAsync();
        async Task<int> ObserveAsync(string? country, string on, int count) =>
            (await client.PostJsonAsync("/api/v1/strength-observations", new { mission, countryCode = country, observedOn = on, count, sourceIds = new[] { sourceId } }))
                .GetProperty("observationId").GetInt32();
        await ObserveAsync("ES", "2021-03-01", 100);
        var latest = await ObserveAsync("ES", "2021-06-01", 150);
        var onlyOne = await ObserveAsync("GB", "2021-03-01", 40);
        var preferred = await ObserveAsync("IT", "2021-03-01", 70);
        await ObserveAsync("IT", "2021-03-01", 75);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync($"/api/v1/strength-observations/{preferred}/prefer", null)).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/v1/strength-observations/{latest}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/v1/strength-observations/{onlyOne}")).StatusCode);

        var strength = await client.GetJsonAsync($"/api/v1/missions/{mission}/strength?asOf=2021-12-31");
        Assert.Equal([("ES", 100), ("IT", 70)], strength.GetProperty("byCountry").EnumerateArray()
            .Select(c => (c.GetProperty("countryCode").GetString(), c.GetProperty("count").GetInt32())).Order());
    }

    [Fact]
    public async Task UnknownMissionsAndCountriesAre404()
    {
        var client = factory.CreateClient();
        await (await client.GetAsync("/api/v1/missions/no-such/strength?asOf=2020-01-01")).ProblemAsync(System.Net.HttpStatusCode.NotFound);
        await (await client.GetAsync("/api/v1/countries/QQ/contingents")).ProblemAsync(System.Net.HttpStatusCode.NotFound);
        await (await client.GetAsync("/api/v1/missions/no-such/timeline")).ProblemAsync(System.Net.HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task AnObservationNeedsASourceAndAKnownMission()
    {
        var client = await factory.CreateKeyedClientAsync();
        using var response = await client.PostAsJsonAsync("/api/v1/strength-observations", new { mission = "no-such", observedOn = "2021-03-01", count = 1 });
        var problem = await response.ProblemAsync(System.Net.HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("sourceIds", out _));
        Assert.True(problem.GetProperty("errors").TryGetProperty("mission", out _));
    }
}
