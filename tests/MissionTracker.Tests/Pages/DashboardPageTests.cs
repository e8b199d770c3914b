using System.Net;
using MissionTracker.Tests.Infrastructure;

namespace MissionTracker.Tests.Pages;

public sealed class DashboardPageTests(MissionTrackerFactory factory) : IClassFixture<MissionTrackerFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private async Task<string> GetPageAsync(string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await _client.GetAsync(url);
        Assert.Equal(expected, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    [Fact]
    public async Task TheDashboardShowsCardsChartsPipelineStatementsAndEvents()
    {
        var html = await GetPageAsync("/");
        Assert.Contains("NATO Mission Iraq", html);
        Assert.Contains("11,000", html);
        Assert.Contains("id=\"strength-chart-title\"", html);
        Assert.Contains("id=\"contingents-chart-title\"", html);
        Assert.Contains("United States: 5,200", html);
        Assert.Contains("id=\"pipeline-chart-title\"", html);
        Assert.Contains("Agreed in principle", html);
        Assert.Contains("Jens Stoltenberg", html);
        Assert.Contains("Recent events", html);
    }

    [Fact]
    public async Task TheContingentsChartNamesTheMissionAndThePipelineLeavesOutAnEmptyCancelledStep()
    {
        var html = await GetPageAsync("/?mission=global-coalition&asOf=2020-02-12");
        Assert.Contains(">Contingents of Global Coalition against Daesh as of 12 Feb 2020</title>", html);
        // Like the columns under it, the chart shows "cancelled" only when a transfer was cancelled (the seed has none).
        Assert.DoesNotContain("Cancelled: 0 transfers", html);
        Assert.Contains("Completed: 0 transfers", html);
    }

    [Fact]
    public async Task ContingentsBeforeAnyObservationAreEmpty()
    {
        var html = await GetPageAsync("/?mission=global-coalition&asOf=2019-01-01");
        Assert.DoesNotContain("United States: 5,200", html);
        Assert.Contains("nothing recorded yet", html);
    }

    [Fact]
    public async Task TheMissionPageShowsHistoryContingentsTransfersAndStatements()
    {
        var html = await GetPageAsync("/missions/global-coalition");
        Assert.Contains("Strength history", html);
        Assert.Contains("United States", html);
        Assert.Contains("href=\"/countries/ES\"", html);
        Assert.Contains("Status history", html);
        Assert.Contains("<title>Global Coalition against Daesh · MissionTracker</title>", html);
    }

    [Fact]
    public async Task TheCountryPageShowsItsContingentsAndTransfers()
    {
        var html = await GetPageAsync("/countries/es");
        Assert.Contains("href=\"/countries/ES\"", html);
        Assert.Contains("a major part of the Spanish contingent", html);
        Assert.Contains("Agreed in principle", html);
    }

    [Fact]
    public async Task ThePersonPageListsEveryStatementAndRole()
    {
        var id = await factory.WithDbAsync(db => Task.FromResult(db.People.Single(p => p.Name == "Jens Stoltenberg").Id));
        var html = await GetPageAsync($"/people/{id}");
        Assert.Contains("NATO Secretary-General", html);
        Assert.Contains("Every statement by Jens Stoltenberg", html);
    }

    [Fact]
    public async Task UnknownRecordsAreFriendly404s()
    {
        var html = await GetPageAsync("/missions/nope", HttpStatusCode.NotFound);
        Assert.Contains("Page not found", html);
        Assert.DoesNotContain("Exception", html);
    }
}
