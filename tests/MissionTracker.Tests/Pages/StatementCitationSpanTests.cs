using System.Net;
using MissionTracker.Tests.Infrastructure;
using MissionTracker.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace MissionTracker.Tests.Pages;

public sealed class StatementCitationSpanTests(MissionTrackerFactory factory) : IClassFixture<MissionTrackerFactory>
{
    private const string ArticleText = "NATO ministers agreed in principle to enhance NATO Mission Iraq, officials said.";

    /// <summary>A statement (through the API) citing a new source at the span [15, 63): "agreed in principle to enhance NATO Mission Iraq".</summary>
    private async Task<(int Statement, int Source)> StatementWithSpanAsync()
    {
        var api = await factory.CreateKeyedClientAsync();
        var source = await api.CreateSourceAsync("Span source", $"{ArticleText} Ref {Guid.NewGuid():N}.");
        var statement = await api.PostJsonAsync("/api/v1/statements", new
        {
            speakerName = "Span Speaker", saidOn = "2020-02-12", text = "We agreed in principle to enhance the mission.", kind = "paraphrase",
            missions = new[] { "nmi" }, citations = new[] { new { sourceId = source, spanStart = 15, spanEnd = 63 } },
        });
        return (statement.GetProperty("id").GetInt32(), source);
    }

    private Task<(int? Start, int? End)> SpanAsync(int statement, int source) => factory.WithDbAsync(db => db.Citations
        .Where(c => c.StatementId == statement && c.SourceId == source).Select(c => ValueTuple.Create(c.SpanStart, c.SpanEnd)).FirstAsync());

    [Fact]
    public async Task SavingAStatementThroughItsFormKeepsTheSpanOfItsCitation()
    {
        var (statement, source) = await StatementWithSpanAsync();
        var editor = await factory.SignInAsync(Roles.Editor);

        var page = await editor.GetStringAsync($"/statements/{statement}/edit");
        Assert.Contains("agreed in principle to enhance NATO Mission Iraq</blockquote>", page);

        using var saved = await editor.SubmitPageFormAsync($"/statements/{statement}/edit", f => f.Set("Input.Occasion", "Press conference"));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal((15, 63), await SpanAsync(statement, source));
        Assert.Equal("Press conference", await factory.WithDbAsync(db => db.Statements.Where(s => s.Id == statement).Select(s => s.Occasion).FirstAsync()));
    }

    [Fact]
    public async Task AnEditorAdjustsASpanAndABackwardSpanIsRefusedNextToItsRow()
    {
        var (statement, source) = await StatementWithSpanAsync();
        var editor = await factory.SignInAsync(Roles.Editor);

        using (var adjusted = await editor.SubmitPageFormAsync($"/statements/{statement}/edit", f => f.Set("Input.Citations[0].SpanEnd", "38")))
        {
            Assert.Equal(HttpStatusCode.Redirect, adjusted.StatusCode);
        }
        Assert.Equal((15, 38), await SpanAsync(statement, source));

        using var backward = await editor.SubmitPageFormAsync($"/statements/{statement}/edit", f => f.Set("Input.Citations[0].SpanStart", "50"));
        Assert.Equal(HttpStatusCode.OK, backward.StatusCode);
        var html = await backward.Content.ReadAsStringAsync();
        Assert.Matches("data-valmsg-for=\"Input.Citations\\[0\\]\"[^>]*>Give both spanStart and spanEnd", html);
        Assert.Contains("value=\"50\"", html);
        Assert.Equal((15, 38), await SpanAsync(statement, source));
    }
}
