using MissionTracker.Tests.Infrastructure;
using MissionTracker.Web.Data;
using MissionTracker.Web.Features.People;
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
    public async Task TheTimelineListsEventsAndFiltersByKind()
    {
        var html = await _client.GetStringAsync("/timeline?kind=Strike");
        Assert.Contains("Soleimani", html);
        Assert.DoesNotContain("Munich Security Conference", html);
    }
}
