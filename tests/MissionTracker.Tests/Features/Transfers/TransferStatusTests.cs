using System.Net;
using System.Net.Http.Json;
using MissionTracker.Tests.Infrastructure;

namespace MissionTracker.Tests.Features.Transfers;

public sealed class TransferStatusTests(MissionTrackerFactory factory) : IClassFixture<MissionTrackerFactory>
{
    private async Task<(HttpClient Client, int SourceId, int TransferId)> CreateTransferAsync()
    {
        var client = await factory.CreateKeyedClientAsync();
        var sourceId = await client.CreateSourceAsync();
        var from = await client.CreateMissionAsync();
        var to = await client.CreateMissionAsync();
        var transfer = await client.PostJsonAsync("/api/v1/transfers", new
        {
            countryCode = "ES", fromMission = from, toMission = to, personnel = new { precision = "share", description = "a major part" },
            status = "agreedInPrinciple", statusOn = "2020-02-12", sourceIds = new[] { sourceId },
        });
        Assert.Equal("AgreedInPrinciple", transfer.GetProperty("status").GetString());
        Assert.Single(transfer.GetProperty("statusHistory").EnumerateArray());
        return (client, sourceId, transfer.GetProperty("id").GetInt32());
    }

    [Fact]
    public async Task AStatusChangeIsAppendedWithItsDateAndSources()
    {
        var (client, sourceId, id) = await CreateTransferAsync();

        using var response = await client.PostAsJsonAsync($"/api/v1/transfers/{id}/status", new { status = "completed", on = "2020-06-01", note = "Moved.", sourceIds = new[] { sourceId } });

        var transfer = await response.JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Completed", transfer.GetProperty("status").GetString());
        var history = transfer.GetProperty("statusHistory").EnumerateArray().ToList();
        Assert.Equal(["AgreedInPrinciple", "Completed"], history.Select(h => h.GetProperty("status").GetString()));
        Assert.Equal("2020-06-01", history[1].GetProperty("on").GetString());
        Assert.Equal(2, transfer.GetProperty("version").GetInt64());
        var completed = await client.GetJsonAsync("/api/v1/transfers?status=Completed&country=es");
        Assert.Contains(completed.Items(), t => t.GetProperty("id").GetInt32() == id);
    }

    [Fact]
    public async Task AnImpossibleTransitionIsA409ProblemDetails()
    {
        var (client, sourceId, id) = await CreateTransferAsync();
        await (await client.PostAsJsonAsync($"/api/v1/transfers/{id}/status", new { status = "Completed", on = "2020-06-01", sourceIds = new[] { sourceId } }))
            .JsonAsync(HttpStatusCode.OK);

        using var response = await client.PostAsJsonAsync($"/api/v1/transfers/{id}/status", new { status = "Proposed", on = "2020-07-01", sourceIds = new[] { sourceId } });

        var problem = await response.ProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("Completed to Proposed", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task AStatusChangeNeedsASourceAndADateNotBeforeTheLastOne()
    {
        var (client, sourceId, id) = await CreateTransferAsync();
        using var unsourced = await client.PostAsJsonAsync($"/api/v1/transfers/{id}/status", new { status = "Approved", on = "2020-03-01" });
        Assert.NotEmpty(await unsourced.FieldErrorsAsync("sourceIds"));
        using var backdated = await client.PostAsJsonAsync($"/api/v1/transfers/{id}/status", new { status = "Approved", on = "2020-01-01", sourceIds = new[] { sourceId } });
        Assert.NotEmpty(await backdated.FieldErrorsAsync("on"));
        using var unknown = await client.PostAsJsonAsync("/api/v1/transfers/99999999/status", new { status = "Approved", on = "2020-03-01", sourceIds = new[] { sourceId } });
        await unknown.ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task ReplacingATransferCannotRewriteItsStatus()
    {
        var (client, sourceId, id) = await CreateTransferAsync();
        var current = await client.GetJsonAsync($"/api/v1/transfers/{id}");
        using var response = await client.PutAsJsonAsync($"/api/v1/transfers/{id}", new
        {
            countryCode = "ES", fromMission = current.GetProperty("fromMission").GetString(), toMission = current.GetProperty("toMission").GetString(),
            count = 200, status = "Completed", sourceIds = new[] { sourceId },
        });
        Assert.NotEmpty(await response.FieldErrorsAsync("status"));
    }
}
