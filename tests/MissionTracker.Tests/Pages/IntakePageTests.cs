using System.Net;
using MissionTracker.Tests.Infrastructure;
using MissionTracker.Web.Features.Intake;
using MissionTracker.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace MissionTracker.Tests.Pages;

public sealed class IntakePageTests(MissionTrackerFactory factory) : IClassFixture<MissionTrackerFactory>
{
    // Written for these tests.
    private static string Article(string marker) => $"""
        Denmark to lead NATO mission ({marker})

        COPENHAGEN, 6 May 2021 - Denmark will send about 285 personnel to NATO Mission Iraq, the ministry said.

        "We are proud to take on this responsibility," Danish Defence Minister Trine Bramsen said.
        """;

    [Fact]
    public async Task AnEditorPastesAnArticleAndAcceptsAQuoteFromTheReviewPage()
    {
        var client = await factory.SignInAsync(Roles.Editor);
        var marker = Guid.NewGuid().ToString("N");

        using var posted = await client.PostFormAsync("/intake", new Dictionary<string, string>
        {
            ["Input.Outlet"] = "Test Wire",
            ["Input.Text"] = Article(marker),
        });

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var review = posted.Headers.Location!.OriginalString;
        Assert.StartsWith("/review?sourceId=", review);
        var page = await client.GetStringAsync(review);
        Assert.Contains("proposals to review", page);
        Assert.Contains("Trine Bramsen", page);
        Assert.Contains("<mark>We are proud to take on this responsibility,</mark>", page);

        var quote = await factory.WithDbAsync(db => db.Proposals.SingleAsync(p => p.Source.Title.Contains(marker) && p.Kind == ProposalKind.Quote));
        using var accepted = await client.PostFormAsync($"/review?handler=Accept&id={quote.Id}", new Dictionary<string, string>
        {
            ["version"] = quote.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["SpeakerRole"] = "Danish Defence Minister",
            ["Missions"] = "nmi",
        }, review);

        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        var statement = await factory.WithDbAsync(db => db.Statements.Include(s => s.Speaker).Include(s => s.Missions)
            .SingleAsync(s => s.Id == db.Proposals.Where(p => p.Id == quote.Id).Select(p => p.StatementId).Single()));
        Assert.Equal("Trine Bramsen", statement.Speaker!.Name);
        Assert.Equal(new DateOnly(2021, 5, 6), statement.SaidOn);
        Assert.Equal("nmi", Assert.Single(statement.Missions).Slug);
    }

    [Fact]
    public async Task AnEmptyArticleIsAnErrorNextToTheField()
    {
        var client = await factory.SignInAsync(Roles.Editor);

        using var posted = await client.PostFormAsync("/intake", new Dictionary<string, string> { ["Input.Text"] = "  " });

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        var html = await posted.Content.ReadAsStringAsync();
        Assert.Contains("Paste the article", html);
        Assert.Contains("field-validation-error", html);
    }

    [Fact]
    public async Task ABadMissionOnAcceptShowsAnErrorAndKeepsTheProposal()
    {
        var client = await factory.SignInAsync(Roles.Editor);
        using var posted = await client.PostFormAsync("/intake", new Dictionary<string, string> { ["Input.Text"] = Article(Guid.NewGuid().ToString("N")) });
        var review = posted.Headers.Location!.OriginalString;
        var sourceId = int.Parse(review.Split('=')[1], System.Globalization.CultureInfo.InvariantCulture);
        var figure = await factory.WithDbAsync(db => db.Proposals.FirstAsync(p => p.SourceId == sourceId && p.Kind == ProposalKind.TroopFigure));

        using var refused = await client.PostFormAsync($"/review?handler=Accept&id={figure.Id}&sourceId={sourceId}", new Dictionary<string, string>
        {
            ["version"] = figure.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Mission"] = "no-such-mission",
        }, review);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("field-validation-error", await refused.Content.ReadAsStringAsync());
        Assert.Equal(ProposalStatus.Pending, await factory.WithDbAsync(db => db.Proposals.Where(p => p.Id == figure.Id).Select(p => p.Status).SingleAsync()));
    }

    [Fact]
    public async Task VisitorsAndViewersCannotTakeArticlesIn()
    {
        using var anonymous = await factory.CreateBrowserLikeClient().GetAsync("/intake");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Contains("/account/login", anonymous.Headers.Location!.OriginalString);

        var viewer = await factory.SignInAsync(Roles.Viewer);
        using var refused = await viewer.GetAsync("/review");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("access-denied", refused.Headers.Location!.OriginalString);
    }
}
