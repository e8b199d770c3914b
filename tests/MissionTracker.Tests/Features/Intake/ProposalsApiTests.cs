using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MissionTracker.Tests.Infrastructure;
using MissionTracker.Web.Features.Intake;
using MissionTracker.Web.Infrastructure.Security.ApiKeys;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MissionTracker.Tests.Features.Intake;

public sealed class ProposalsApiTests(MissionTrackerFactory factory) : IClassFixture<MissionTrackerFactory>
{
    // Written for these tests.
    private static string Article(string marker) => $"""
        Spain backs NATO role in Iraq ({marker})

        MADRID, 12 February 2020 - Spain is ready to move a major part of its contingent from the coalition to the NATO mission.

        "We support moving a major part of the Spanish contingent to the NATO mission," Spanish Defence Minister Margarita Robles said on Wednesday.

        The NATO Mission Iraq has about 500 personnel, officials said.
        """;

    private Task<HttpClient> ClientWithKeyAsync(ApiKeyScope scope) => factory.CreateKeyedClientAsync(scope);

    private async Task<int> IngestAsync(string marker)
    {
        await using var services = factory.Services.CreateAsyncScope();
        var result = await services.ServiceProvider.GetRequiredService<IntakeService>().IngestOrFailAsync(new ArticleSubmission(Article(marker), Outlet: "Test Wire"), default);
        return result.SourceId;
    }

    private static Task<JsonElement> JsonAsync(HttpResponseMessage response, HttpStatusCode expected) => response.JsonAsync(expected);

    private async Task<List<JsonElement>> PendingAsync(HttpClient client, int sourceId) =>
        [.. (await JsonAsync(await client.GetAsync($"/api/v1/proposals?sourceId={sourceId}"), HttpStatusCode.OK)).GetProperty("items").EnumerateArray()];

    [Fact]
    public async Task AcceptingAQuoteCreatesASourcedStatementWithItsSpan()
    {
        var sourceId = await IngestAsync(Guid.NewGuid().ToString("N"));
        var client = await ClientWithKeyAsync(ApiKeyScope.Write);
        var quote = (await PendingAsync(client, sourceId)).Single(p => p.GetProperty("kind").GetString() == "Quote");
        Assert.Equal("Margarita Robles", quote.GetProperty("speakerName").GetString());

        var accepted = await JsonAsync(await client.PostAsJsonAsync($"/api/v1/proposals/{quote.GetProperty("id").GetInt32()}/accept", new { missions = new[] { "nmi" } }), HttpStatusCode.OK);

        Assert.Equal("Accepted", accepted.GetProperty("status").GetString());
        Assert.StartsWith("api-key:", accepted.GetProperty("reviewedBy").GetString());
        var statementId = accepted.GetProperty("statementId").GetInt32();
        var statement = await JsonAsync(await client.GetAsync($"/api/v1/statements/{statementId}"), HttpStatusCode.OK);
        Assert.Equal("Margarita Robles", statement.GetProperty("speakerName").GetString());
        Assert.Equal("Direct", statement.GetProperty("kind").GetString());
        Assert.Equal("2020-02-12", statement.GetProperty("saidOn").GetString());
        Assert.Contains(sourceId, statement.GetProperty("sourceIds").EnumerateArray().Select(s => s.GetInt32()));
        var citation = await factory.WithDbAsync(db => db.Citations.SingleAsync(c => c.StatementId == statementId));
        var text = await factory.WithDbAsync(db => db.Sources.Where(s => s.Id == sourceId).Select(s => s.Text).SingleAsync());
        Assert.Equal(quote.GetProperty("text").GetString(), text![citation.SpanStart!.Value..citation.SpanEnd!.Value]);
        Assert.DoesNotContain(await PendingAsync(client, sourceId), p => p.GetProperty("id").GetInt32() == quote.GetProperty("id").GetInt32());
    }

    [Fact]
    public async Task AcceptingAFigureWithItsMissionCorrectedRecordsAnObservation()
    {
        var sourceId = await IngestAsync(Guid.NewGuid().ToString("N"));
        var client = await ClientWithKeyAsync(ApiKeyScope.Write);
        var figure = (await PendingAsync(client, sourceId)).First(p => p.GetProperty("kind").GetString() == "TroopFigure" && p.GetProperty("count").GetInt32() == 500);

        var accepted = await JsonAsync(await client.PostAsJsonAsync($"/api/v1/proposals/{figure.GetProperty("id").GetInt32()}/accept", new { mission = "nmi" }), HttpStatusCode.OK);

        var observationId = accepted.GetProperty("strengthObservationId").GetInt32();
        var observation = await JsonAsync(await client.GetAsync($"/api/v1/strength-observations/{observationId}"), HttpStatusCode.OK);
        Assert.Equal(500, observation.GetProperty("count").GetInt32());
        Assert.Equal("nmi", observation.GetProperty("mission").GetString());
    }

    [Fact]
    public async Task AnInvalidAcceptanceIsAFieldErrorAndLeavesTheProposalPending()
    {
        var sourceId = await IngestAsync(Guid.NewGuid().ToString("N"));
        var client = await ClientWithKeyAsync(ApiKeyScope.Write);
        var figure = (await PendingAsync(client, sourceId)).First(p => p.GetProperty("kind").GetString() == "TroopFigure");
        var id = figure.GetProperty("id").GetInt32();

        var problem = await JsonAsync(await client.PostAsJsonAsync($"/api/v1/proposals/{id}/accept", new { mission = "no-such-mission" }), HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty("mission", out _));
        Assert.Equal("Pending", (await JsonAsync(await client.GetAsync($"/api/v1/proposals/{id}"), HttpStatusCode.OK)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task TheSameQuoteFromASecondOutletMergesIntoOneStatementWithTwoSources()
    {
        var client = await ClientWithKeyAsync(ApiKeyScope.Write);
        var first = await IngestAsync(Guid.NewGuid().ToString("N"));
        var second = await IngestAsync(Guid.NewGuid().ToString("N"));
        var quote1 = (await PendingAsync(client, first)).Single(p => p.GetProperty("kind").GetString() == "Quote");
        var quote2 = (await PendingAsync(client, second)).Single(p => p.GetProperty("kind").GetString() == "Quote");
        var statementId = (await JsonAsync(await client.PostAsync($"/api/v1/proposals/{quote1.GetProperty("id").GetInt32()}/accept", null), HttpStatusCode.OK))
            .GetProperty("statementId").GetInt32();

        var merged = await JsonAsync(await client.PostAsJsonAsync($"/api/v1/proposals/{quote2.GetProperty("id").GetInt32()}/merge", new { statementId }), HttpStatusCode.OK);

        Assert.Equal("Merged", merged.GetProperty("status").GetString());
        var statement = await JsonAsync(await client.GetAsync($"/api/v1/statements/{statementId}"), HttpStatusCode.OK);
        Assert.Equal(new[] { first, second }, statement.GetProperty("sourceIds").EnumerateArray().Select(s => s.GetInt32()).Order());
    }

    [Fact]
    public async Task AReviewedProposalCannotBeReviewedAgain()
    {
        var sourceId = await IngestAsync(Guid.NewGuid().ToString("N"));
        var client = await ClientWithKeyAsync(ApiKeyScope.Write);
        var id = (await PendingAsync(client, sourceId)).First().GetProperty("id").GetInt32();

        var rejected = await JsonAsync(await client.PostAsJsonAsync($"/api/v1/proposals/{id}/reject", new { note = "Duplicate" }), HttpStatusCode.OK);
        Assert.Equal("Rejected", rejected.GetProperty("status").GetString());

        var problem = await JsonAsync(await client.PostAsync($"/api/v1/proposals/{id}/accept", null), HttpStatusCode.Conflict);
        Assert.Contains("rejected", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task ReviewingNeedsAWriteKey()
    {
        var sourceId = await IngestAsync(Guid.NewGuid().ToString("N"));
        var anonymous = factory.CreateClient();
        var id = (await PendingAsync(anonymous, sourceId)).First().GetProperty("id").GetInt32();

        await JsonAsync(await anonymous.PostAsync($"/api/v1/proposals/{id}/reject", null), HttpStatusCode.Unauthorized);
        await JsonAsync(await (await ClientWithKeyAsync(ApiKeyScope.Read)).PostAsync($"/api/v1/proposals/{id}/reject", null), HttpStatusCode.Forbidden);
        await JsonAsync(await anonymous.GetAsync("/api/v1/proposals/999999"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task PostingASourceWithItsTextQueuesProposalsAndASecondCopyIsRefused()
    {
        var client = await ClientWithKeyAsync(ApiKeyScope.Write);
        var text = Article(Guid.NewGuid().ToString("N"));
        var url = $"https://example.org/news/{Guid.NewGuid():N}";

        var source = await JsonAsync(await client.PostAsJsonAsync("/api/v1/sources", new { title = "Spain backs NATO role", outlet = "Test Wire", url, text }), HttpStatusCode.Created);

        var id = source.GetProperty("id").GetInt32();
        Assert.Equal("2020-02-12", source.GetProperty("publishedOn").GetString());
        var kinds = (await PendingAsync(client, id)).Select(p => p.GetProperty("kind").GetString()).ToList();
        Assert.Contains("Quote", kinds);
        Assert.Contains("TroopFigure", kinds);

        var sameText = await JsonAsync(await client.PostAsJsonAsync("/api/v1/sources", new { title = "Copy", url = $"https://mirror.example/{Guid.NewGuid():N}", text = "  " + text.Replace("\n\n", "\n\n\n") }), HttpStatusCode.Conflict);
        Assert.Contains($"source {id}", sameText.GetProperty("detail").GetString());
        var sameUrl = await JsonAsync(await client.PostAsJsonAsync("/api/v1/sources", new { title = "Same link", url = url.Replace("https://", "http://www.") + "/" }), HttpStatusCode.Conflict);
        Assert.Contains($"source {id}", sameUrl.GetProperty("detail").GetString());
    }
}
