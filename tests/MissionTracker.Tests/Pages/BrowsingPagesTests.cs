using MissionTracker.Tests.Infrastructure;
using MissionTracker.Web.Data;
using System.Text.RegularExpressions;
using MissionTracker.Web.Features.Missions;
using MissionTracker.Web.Features.People;
using MissionTracker.Web.Features.Transfers;
using MissionTracker.Web.Pages.Transfers;
using Microsoft.EntityFrameworkCore;
using MissionTracker.Web.Features.Sources;
using MissionTracker.Web.Features.Statements;

namespace MissionTracker.Tests.Pages;

public sealed class BrowsingPagesTests(MissionTrackerFactory factory) : IClassFixture<MissionTrackerFactory>
{
    private readonly HttpClient _client = factory.CreateBrowserLikeClient();

    [Fact]
    public async Task ASourceShowsItsTextWithTheSupportingSpanMarkedAndLinked()
    {
        const string text = "Intro <b>not bold</b>. Spain will move its trainers to NATO. The end.";
        var (sourceId, statementId) = await factory.WithDbAsync(async db =>
        {
            var source = new Source { Title = "Span test", Text = text };
            var start = text.IndexOf("Spain", StringComparison.Ordinal);
            var statement = new Statement
            {
                Speaker = new Person { Name = "Span Speaker" }, SaidOn = new DateOnly(2020, 2, 12), Kind = StatementKind.Paraphrase,
                Text = "Spain will move its trainers.", Citations = [new Citation { Source = source, SpanStart = start, SpanEnd = start + "Spain will move its trainers".Length }],
            };
            db.Statements.Add(statement);
            await db.SaveChangesAsync();
            return (source.Id, statement.Id);
        });

        var html = await _client.GetStringAsync($"/sources/{sourceId}");

        Assert.Contains("Intro &lt;b&gt;not bold&lt;/b&gt;.", html);
        Assert.Matches($"<mark id=\"span-\\d+\"><a href=\"/statements/{statementId}\" title=\"Statement by Span Speaker\">Spain will move its trainers</a></mark> to NATO", html);
        Assert.Contains("Facts this source supports (1)", html);
    }

    [Fact]
    public async Task TheSourcesListFindsByWords()
    {
        var html = await _client.GetStringAsync("/sources?q=NATO");
        Assert.Contains("/sources/1", html);
    }

    [Fact]
    public async Task TheTransfersBoardGroupsByStatusAndFilters()
    {
        var html = await _client.GetStringAsync("/transfers");
        Assert.Contains("Agreed in principle", html);
        Assert.Contains("a major part of the Spanish contingent", html);
        var filtered = await _client.GetStringAsync("/transfers?country=GB");
        Assert.DoesNotContain("a major part of the Spanish contingent", filtered);
        var invalid = await _client.GetStringAsync("/transfers?status=Teleported");
        Assert.Contains("status:", invalid);
    }

    [Fact]
    public async Task ABusyStageOfTheBoardShowsItsFirstTransfersAndLinksToAllOfThem()
    {
        var slug = "board-" + Guid.NewGuid().ToString("N")[..8];
        await factory.WithDbAsync(async db =>
        {
            var country = await db.Countries.OrderBy(c => c.Id).FirstAsync();
            var mission = new Mission { Slug = slug, Name = $"Board {slug}", Kind = MissionKind.TrainingAdvisory };
            db.Missions.Add(mission);
            db.TroopTransfers.AddRange(Enumerable.Range(1, IndexModel.PerStage + 5).Select(i => new TroopTransfer
            {
                CountryId = country.Id, ToMission = mission, Status = TransferStatus.Proposed, Notes = $"Board transfer {i}",
            }));
            return await db.SaveChangesAsync();
        });

        var board = await _client.GetStringAsync($"/transfers?mission={slug}");

        Assert.Equal(IndexModel.PerStage, Regex.Count(board, "<article class=\"card\""));
        Assert.Contains($"<span class=\"count\">{IndexModel.PerStage + 5}</span>", board);
        var link = Regex.Match(board, "<a href=\"([^\"]+)\">All 30 proposed transfers</a>");
        Assert.True(link.Success, "no link to the whole stage");
        Assert.Equal($"/transfers?status=Proposed&amp;mission={slug}", link.Groups[1].Value);

        var stage = await _client.GetStringAsync(System.Net.WebUtility.HtmlDecode(link.Groups[1].Value));
        Assert.Equal(IndexModel.PerStage + 5, Regex.Count(stage, "<article class=\"card\""));
        Assert.DoesNotContain("All 30", stage);
    }

    [Fact]
    public async Task TheTimelineListsEventsAndFiltersByKind()
    {
        var html = await _client.GetStringAsync("/timeline?kind=Strike");
        Assert.Contains("Soleimani", html);
        Assert.DoesNotContain("Munich Security Conference", html);
    }
}
