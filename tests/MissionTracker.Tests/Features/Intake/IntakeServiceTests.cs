using MissionTracker.Tests.Infrastructure;
using MissionTracker.Web.Features.Intake;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MissionTracker.Tests.Features.Intake;

public sealed class IntakeServiceTests(MissionTrackerFactory factory) : IClassFixture<MissionTrackerFactory>
{
    // Written for these tests: one quote with a named speaker, one figure, one transfer.
    private static string Article(string marker) => $"""
        Ministers back larger training mission ({marker})

        BRUSSELS, 12 February 2020 - NATO defence ministers agreed to expand the 500-strong NATO Mission Iraq.

        "We are ready to move a major part of our contingent to the NATO mission," Spanish Defence Minister Margarita Robles said.
        """;

    private async Task<T> WithIntakeAsync<T>(Func<IntakeService, Task<T>> work)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<IntakeService>());
    }

    [Fact]
    public async Task AnArticleBecomesASourceWithProposalsThatPointIntoItsText()
    {
        var text = Article(Guid.NewGuid().ToString("N"));
        var result = await WithIntakeAsync(i => i.IngestOrFailAsync(new ArticleSubmission(text, Outlet: "Test Wire", Url: $"https://example.com/{Guid.NewGuid():N}"), default));

        Assert.Null(result.DuplicateOf);
        var (source, proposals) = await factory.WithDbAsync(async db => (
            await db.Sources.SingleAsync(s => s.Id == result.SourceId),
            await db.Set<Proposal>().Where(p => p.SourceId == result.SourceId).ToListAsync()));
        Assert.Equal(result.Proposals, proposals.Count);
        Assert.StartsWith("Ministers back larger training mission", source.Title);
        Assert.NotNull(source.Text);
        Assert.NotNull(source.ContentHash);
        Assert.All(proposals, p => Assert.Equal(ProposalStatus.Pending, p.Status));
        Assert.All(proposals, p => Assert.InRange(p.SpanEnd, p.SpanStart, source.Text!.Length));
        var figure = Assert.Single(proposals, p => p.Kind == ProposalKind.TroopFigure && p.Count == 500);
        Assert.Contains("500", source.Text![figure.SpanStart..figure.SpanEnd]);
    }

    [Fact]
    public async Task TheSameUrlTwiceIsStoredOnce()
    {
        var url = $"https://www.example.com/{Guid.NewGuid():N}/";
        var first = await WithIntakeAsync(i => i.IngestOrFailAsync(new ArticleSubmission(Article("first copy"), Url: url), default));
        var second = await WithIntakeAsync(i => i.IngestOrFailAsync(new ArticleSubmission(Article("edited copy"), Url: url.Replace("https://www.", "http://")), default));

        Assert.Equal(first.SourceId, second.DuplicateOf);
        Assert.Equal(0, second.Proposals);
    }

    [Fact]
    public async Task TheSameTextWithOtherSpacingIsStoredOnce()
    {
        var marker = Guid.NewGuid().ToString("N");
        var first = await WithIntakeAsync(i => i.IngestOrFailAsync(new ArticleSubmission(Article(marker)), default));
        var second = await WithIntakeAsync(i => i.IngestOrFailAsync(new ArticleSubmission("  " + Article(marker).Replace("\n\n", "\r\n\r\n  ")), default));

        Assert.Equal(first.SourceId, second.DuplicateOf);
        Assert.Equal(1, await factory.WithDbAsync(db => db.Sources.CountAsync(s => s.Title.Contains(marker))));
    }

    [Fact]
    public async Task TheSameArticleSentConcurrentlyIsStoredOnce()
    {
        var marker = Guid.NewGuid().ToString("N");
        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ =>
            WithIntakeAsync(i => i.IngestOrFailAsync(new ArticleSubmission(Article(marker)), default))));

        Assert.Single(results.Select(r => r.SourceId).Distinct());
        Assert.Equal(1, await factory.WithDbAsync(db => db.Sources.CountAsync(s => s.Title.Contains(marker))));
    }
}
